import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DefaultDeserializer, serialize } from 'node:v8';
import type { FileRecord, SkippedFile } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import type { PassageIndexSnapshot } from '../search/passage-index.js';
import type { AnswererSnapshots } from './engine.js';

/** Bump when a stored shape changes. Code changes are caught by `codeVersion` without a bump. */
export const SNAPSHOT_VERSION = 4;

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

export type SnapshotRead = { snapshot: EngineSnapshot } | { snapshot: null; reason: string };

function snapshotPath(cacheDir: string, corpusDir: string): string {
  // One snapshot a corpus folder, so two corpora sharing a cache folder do not evict each other.
  const name = path
    .resolve(corpusDir)
    .replace(/[^\w.-]+/g, '_')
    .slice(-120);
  return path.join(cacheDir, `snapshot-${name}.v8`);
}

/** v8's structured serialisation keeps typed arrays and is several times faster than JSON here. */
export async function writeSnapshot(cacheDir: string, snapshot: EngineSnapshot): Promise<string> {
  const target = snapshotPath(cacheDir, snapshot.corpusDir);
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(snapshot));
  await rename(temporary, target);
  return target;
}

/** The snapshot for this corpus folder, or why there is none usable (then the caller builds cold). */
export async function readSnapshot(cacheDir: string, corpusDir: string): Promise<SnapshotRead> {
  const target = snapshotPath(cacheDir, corpusDir);
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (error) {
    return {
      snapshot: null,
      reason:
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no snapshot yet'
          : `unreadable: ${(error as Error).message}`,
    };
  }
  try {
    const snapshot = deserializeDetached(bytes) as EngineSnapshot;
    if (snapshot?.version !== SNAPSHOT_VERSION)
      return { snapshot: null, reason: `snapshot version ${String(snapshot?.version)} is not ${SNAPSHOT_VERSION}` };
    if (snapshot.codeVersion !== (await codeVersion()))
      return { snapshot: null, reason: 'snapshot made by other code' };
    if (path.resolve(snapshot.corpusDir) !== path.resolve(corpusDir))
      return { snapshot: null, reason: 'snapshot of another corpus folder' };
    return { snapshot };
  } catch (error) {
    await rm(target, { force: true });
    return { snapshot: null, reason: `corrupt snapshot removed (${(error as Error).message})` };
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
