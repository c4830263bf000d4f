import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { FileRecord, SkippedFile } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import type { PassageIndexSnapshot } from '../search/passage-index.js';
import type { AnswererSnapshots } from './engine.js';
import { CorruptSnapshotError, sha256, unpackFilesAndExtractions } from './snapshot-parts.js';
import { moveAside } from './snapshot-files.js';
import { decodeParts, DeferredPart, type HashOffThread } from './snapshot-read-parts.js';
import type { PartName } from './snapshot-parts.js';
import { codeVersion } from './code-version.js';
import type { SavedExtractions } from './saved-extractions.js';

export { codeVersion } from './code-version.js';

/** Bump when a stored shape changes. Code changes are caught by `codeVersion` without a bump. */
export const SNAPSHOT_VERSION = 16;

/** A whole build on disk: what a warm start loads instead of reading and extracting again. */
export interface EngineSnapshot {
  version: number;
  /** Fingerprint of the code that made it: extraction and tables change with the code. */
  codeVersion: string;
  corpusDir: string;
  /** Live passages in `passages`: what a start tells before the passage index is restored. */
  passageCount: number;
  files: FileRecord[];
  skipped: SkippedFile[];
  extractions: ArticleExtraction[];
  /** A snapshot read from disk: its extractions before they are unpacked (`extractions` unpacks them all). */
  savedExtractions?: SavedExtractions;
  people: PeopleDirectory;
  passages: PassageIndexSnapshot;
  answerers: AnswererSnapshots;
}

export type SnapshotRead =
  | {
      snapshot: EngineSnapshot;
      /** Names this very write (a hash of its header): what a delta written after it refers to. */
      id: string;
    }
  | {
      snapshot: null;
      reason: string;
      /** The snapshot file, when one was there and could not be used. */
      path?: string;
      /** Where a damaged or odd snapshot was moved, so the next write can take its place. */
      movedTo?: string;
    };

/** The snapshot file for a corpus folder in a cache folder. */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  // One snapshot a corpus folder, so two corpora sharing a cache folder do not evict each other.
  const name = path
    .resolve(corpusDir)
    .replace(/[^\w.-]+/g, '_')
    .slice(-120);
  return path.join(cacheDir, `snapshot-${name}.v8`);
}

/** A snapshot's id: its header lists every part's hash, so the id changes with any byte. */
export function snapshotId(header: Uint8Array): string {
  return sha256(header).slice(0, 32);
}

// Far above a real snapshot (350,000 articles make about 2.5 GB), far below a disk's worth.
const MAX_SNAPSHOT_BYTES = 32 * 1024 ** 3;

// Checked as they are read, but deserialised only when the start's restore reaches them
// (restore-tables.ts): over Reuters they are 58 of the 88 MB.
const DEFERRED_PARTS: ReadonlySet<PartName> = new Set(['passages', 'answerers']);

// Non-blocking and not following a link: a pipe, a device or a link put where the snapshot
// belongs is refused at once instead of blocking the start or reading without end.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The snapshot for this corpus folder, or why there is none usable (then the caller builds cold). */
export async function readSnapshot(
  cacheDir: string,
  corpusDir: string,
  hashOffThread?: HashOffThread,
): Promise<SnapshotRead> {
  const target = snapshotPath(cacheDir, corpusDir);
  let parts: Record<string, unknown>;
  let id: string;
  try {
    const read = await readRegularFile(target, hashOffThread);
    parts = read.values;
    id = snapshotId(read.header);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshot: null, reason: 'no snapshot yet' };
    if (error instanceof CorruptSnapshotError || (error as NodeJS.ErrnoException).code === 'ELOOP')
      return unusable(
        target,
        error instanceof CorruptSnapshotError ? error.message : 'a symbolic link, not a snapshot',
      );
    return { snapshot: null, reason: `unreadable: ${(error as Error).message}`, path: target };
  }
  const meta = parts.meta as Pick<EngineSnapshot, 'version' | 'codeVersion' | 'corpusDir' | 'passageCount'> | null;
  if (meta?.version !== SNAPSHOT_VERSION)
    return {
      snapshot: null,
      reason: `snapshot version ${String(meta?.version)} is not ${SNAPSHOT_VERSION}`,
      path: target,
    };
  if (meta.codeVersion !== (await codeVersion()))
    return { snapshot: null, reason: 'snapshot made by other code', path: target };
  if (path.resolve(meta.corpusDir) !== path.resolve(corpusDir))
    return { snapshot: null, reason: 'snapshot of another corpus folder', path: target };
  if (!Number.isSafeInteger(meta.passageCount) || meta.passageCount < 0)
    return unusable(target, 'the header part gives no passage count');
  let unpacked: ReturnType<typeof unpackFilesAndExtractions>;
  try {
    unpacked = unpackFilesAndExtractions(parts.files, parts.extractions, parts.people);
  } catch (error) {
    if (error instanceof CorruptSnapshotError) return unusable(target, error.message);
    throw error;
  }
  const { passages, answerers } = parts;
  const saved = unpacked.extractions;
  return {
    id,
    snapshot: {
      ...meta,
      files: unpacked.files,
      skipped: parts.skipped as EngineSnapshot['skipped'],
      // Unpacked after the start, by the restore (restore-tables.ts), or when first read here.
      get extractions() {
        return saved.list();
      },
      savedExtractions: saved,
      people: unpacked.people!,
      // Deserialised when first read: a CorruptSnapshotError then, should the bytes that
      // matched their checksum still not be a part.
      get passages() {
        return valueOf(passages) as EngineSnapshot['passages'];
      },
      get answerers() {
        return valueOf(answerers) as EngineSnapshot['answerers'];
      },
    },
  };
}

function valueOf(part: unknown): unknown {
  return part instanceof DeferredPart ? part.value() : part;
}

/** A damaged or odd snapshot: moved aside, so the next write can take its place. */
async function unusable(target: string, reason: string): Promise<SnapshotRead> {
  return {
    snapshot: null,
    reason: `unusable snapshot moved aside (${reason})`,
    path: target,
    ...(await moveAside(target)),
  };
}

/** A regular file's parts, within the size limit; anything else is a CorruptSnapshotError. */
async function readRegularFile(
  target: string,
  hashOffThread: HashOffThread | undefined,
): Promise<Awaited<ReturnType<typeof decodeParts>>> {
  const handle = await open(target, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CorruptSnapshotError('not a regular file');
    if (info.size > MAX_SNAPSHOT_BYTES)
      throw new CorruptSnapshotError(`larger than ${MAX_SNAPSHOT_BYTES / 1024 ** 3} GB`);
    return await decodeParts(handle, info.size, hashOffThread, DEFERRED_PARTS);
  } finally {
    await handle.close();
  }
}
