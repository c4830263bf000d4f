import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DefaultDeserializer, serialize } from 'node:v8';
import type { FileRecord, SkippedFile } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import type { PassageIndexSnapshot } from '../search/passage-index.js';
import type { AnswererSnapshots } from './engine.js';

/** Bump when a stored shape changes. Code changes are caught by `codeVersion` without a bump. */
export const SNAPSHOT_VERSION = 5;

/** A whole build on disk: what a warm start loads instead of reading and extracting again. */
export interface EngineSnapshot {
  version: number;
  /** Fingerprint of the code that made it: extraction and tables change with the code. */
  codeVersion: string;
  corpusDir: string;
  files: FileRecord[];
  skipped: SkippedFile[];
  extractions: ArticleExtraction[];
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

/**
 * On disk: a magic line, a header line naming each part with its length and sha256, then the
 * parts, each serialised on its own. Every byte is covered by the header's checks or a part's
 * hash, so a damaged file is recognised before anything is built from it.
 */
const MAGIC = 'briefbot-snapshot\n';
const PART_NAMES = ['meta', 'files', 'skipped', 'extractions', 'people', 'passages', 'answerers'] as const;
type PartName = (typeof PART_NAMES)[number];
// Far above a real snapshot (Reuters-21578's is about 150 MB), far below what would exhaust memory.
const MAX_SNAPSHOT_BYTES = 2 * 1024 ** 3;
const MAX_HEADER_BYTES = 64 * 1024;

function encodeParts(snapshot: EngineSnapshot): { header: Buffer; parts: Buffer[] } {
  const values: Record<PartName, unknown> = {
    meta: { version: snapshot.version, codeVersion: snapshot.codeVersion, corpusDir: snapshot.corpusDir },
    files: snapshot.files,
    skipped: snapshot.skipped,
    extractions: snapshot.extractions,
    people: snapshot.people,
    passages: snapshot.passages,
    answerers: snapshot.answerers,
  };
  const parts = PART_NAMES.map((name) => serialize(values[name]));
  const entries = PART_NAMES.map((name, index) => [name, parts[index]!.length, sha256(parts[index]!)]);
  return { header: Buffer.from(`${MAGIC}${JSON.stringify({ parts: entries })}\n`), parts };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

class CorruptSnapshotError extends Error {}

/** A snapshot's id: its header lists every part's hash, so the id changes with any byte. */
function idOf(header: Uint8Array): string {
  return sha256(header).slice(0, 32);
}

function decodeParts(bytes: Buffer): { values: Record<PartName, unknown>; id: string } {
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
    throw new CorruptSnapshotError('not a briefbot snapshot');
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0 || headerEnd - MAGIC.length > MAX_HEADER_BYTES) throw new CorruptSnapshotError('no header');
  let entries: unknown;
  try {
    entries = (JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')) as { parts?: unknown }).parts;
  } catch {
    throw new CorruptSnapshotError('the header cannot be read');
  }
  if (!Array.isArray(entries) || entries.length !== PART_NAMES.length)
    throw new CorruptSnapshotError('the header lists other parts');
  const values = {} as Record<PartName, unknown>;
  let offset = headerEnd + 1;
  PART_NAMES.forEach((name, index) => {
    const entry = entries[index] as unknown;
    if (!Array.isArray(entry) || entry[0] !== name || !Number.isSafeInteger(entry[1]) || typeof entry[2] !== 'string')
      throw new CorruptSnapshotError(`the header's entry for ${name} is damaged`);
    const part = bytes.subarray(offset, offset + (entry[1] as number));
    offset += entry[1] as number;
    if (part.length !== entry[1] || sha256(part) !== entry[2])
      throw new CorruptSnapshotError(`the ${name} part does not match its checksum`);
    try {
      values[name] = deserializeDetached(part);
    } catch (error) {
      throw new CorruptSnapshotError(`the ${name} part cannot be read (${(error as Error).message})`);
    }
  });
  if (offset !== bytes.length) throw new CorruptSnapshotError('bytes after the last part');
  return { values, id: idOf(bytes.subarray(0, headerEnd + 1)) };
}

/**
 * v8's structured serialisation keeps typed arrays and is several times faster than JSON here.
 * The write is durable before it replaces the old snapshot: temporary file, fsync, rename,
 * fsync of the folder. On any failure (a full disk above all) the temporary file is removed,
 * the previous snapshot stays, and the error says what happened.
 */
export async function writeSnapshot(cacheDir: string, snapshot: EngineSnapshot): Promise<{ path: string; id: string }> {
  const target = snapshotPath(cacheDir, snapshot.corpusDir);
  const temporary = `${target}.${process.pid}.tmp`;
  let handle: FileHandle | null = null;
  try {
    await mkdir(cacheDir, { recursive: true });
    const { header, parts } = encodeParts(snapshot);
    handle = await open(temporary, 'w');
    for (const buffer of [header, ...parts]) {
      let written = 0;
      while (written < buffer.length) written += (await handle.write(buffer, written)).bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temporary, target);
    await syncFolder(cacheDir);
    return { path: target, id: idOf(header) };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(error, target));
  }
}

export function describeWriteError(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const what =
    code === 'ENOSPC'
      ? 'no space left on the device (ENOSPC)'
      : code === 'EDQUOT'
        ? 'disk quota exceeded (EDQUOT)'
        : (error as Error).message;
  return `${what} writing ${target}; the previous snapshot is kept`;
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to sync a folder; the rename is still atomic.
  }
}

/**
 * Removes temporary files a killed write left behind (kill -9 during a write leaves one each
 * time, and on a full disk they keep it full): those of this process id (a restarted process
 * often gets the same id in a container) and of processes no longer running. Another running
 * process's file is a write in progress and is left alone.
 */
export async function sweepTemporaryFiles(cacheDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = /^snapshot-.*\.v8(?:\.delta)?\.(\d+)\.tmp$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    await rm(path.join(cacheDir, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Non-blocking and not following a link: a pipe, a device or a link put where the snapshot
// belongs is refused at once instead of blocking the start or reading without end.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The snapshot for this corpus folder, or why there is none usable (then the caller builds cold). */
export async function readSnapshot(cacheDir: string, corpusDir: string): Promise<SnapshotRead> {
  const target = snapshotPath(cacheDir, corpusDir);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshot: null, reason: 'no snapshot yet' };
    if (error instanceof CorruptSnapshotError || (error as NodeJS.ErrnoException).code === 'ELOOP') {
      const reason = error instanceof CorruptSnapshotError ? error.message : 'a symbolic link, not a snapshot';
      return {
        snapshot: null,
        reason: `unusable snapshot moved aside (${reason})`,
        path: target,
        ...(await moveAside(target)),
      };
    }
    return { snapshot: null, reason: `unreadable: ${(error as Error).message}`, path: target };
  }
  let parts: Record<PartName, unknown>;
  let id: string;
  try {
    ({ values: parts, id } = decodeParts(bytes));
  } catch (error) {
    if (!(error instanceof CorruptSnapshotError)) throw error;
    return {
      snapshot: null,
      reason: `corrupt snapshot moved aside (${error.message})`,
      path: target,
      ...(await moveAside(target)),
    };
  }
  const meta = parts.meta as Pick<EngineSnapshot, 'version' | 'codeVersion' | 'corpusDir'> | null;
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
  return {
    id,
    snapshot: {
      ...meta,
      files: parts.files as EngineSnapshot['files'],
      skipped: parts.skipped as EngineSnapshot['skipped'],
      extractions: parts.extractions as EngineSnapshot['extractions'],
      people: parts.people as EngineSnapshot['people'],
      passages: parts.passages as EngineSnapshot['passages'],
      answerers: parts.answerers as EngineSnapshot['answerers'],
    },
  };
}

/** A regular file's bytes, within the size limit; anything else is a CorruptSnapshotError. */
async function readRegularFile(target: string): Promise<Buffer> {
  const handle = await open(target, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CorruptSnapshotError('not a regular file');
    if (info.size > MAX_SNAPSHOT_BYTES)
      throw new CorruptSnapshotError(`larger than ${MAX_SNAPSHOT_BYTES / 1024 ** 3} GB`);
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) throw new CorruptSnapshotError('shorter than its size');
      length += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * Moves an unusable snapshot (or whatever stands in its place) aside as `<name>.corrupt`,
 * replacing an earlier one so they never pile up; removes it when it cannot be moved.
 */
export async function moveAside(target: string): Promise<{ movedTo?: string }> {
  const aside = `${target}.corrupt`;
  try {
    await rm(aside, { recursive: true, force: true });
    await rename(target, aside);
    return { movedTo: aside };
  } catch {
    await rm(target, { recursive: true, force: true }).catch(() => undefined);
    return {};
  }
}

let cachedCodeVersion: Promise<string> | null = null;

/** A hash of every source file of the core (a few ms): a snapshot from other code is rebuilt. */
export function codeVersion(): Promise<string> {
  cachedCodeVersion ??= (async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const hash = createHash('sha256');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
    return hash.digest('hex').slice(0, 16);
  })();
  return cachedCodeVersion;
}

/**
 * v8.deserialize makes typed arrays views into the file's buffer when they are aligned, so one
 * kept table would keep the whole file (100+ MB) alive; each is copied out instead.
 */
function deserializeDetached(bytes: Buffer): unknown {
  const deserializer = new DefaultDeserializer(bytes) as DefaultDeserializer & { _readHostObject(): ArrayBufferView };
  const readView = deserializer._readHostObject.bind(deserializer);
  deserializer._readHostObject = () => {
    const view = readView();
    return view instanceof Buffer
      ? Buffer.from(view)
      : new (view.constructor as new (source: ArrayBufferView) => ArrayBufferView)(view);
  };
  deserializer.readHeader();
  return deserializer.readValue();
}
