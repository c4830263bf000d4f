import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { ArticleExtraction } from '../extract/types.js';
import { snapshotPath } from './snapshot.js';
import { describeWriteError } from './snapshot-write.js';

/**
 * What changed since the last whole snapshot, kept beside it so that a reload writes what it
 * changed and not the whole build again: each changed article's extraction, under the content
 * it was made from. A start restores the snapshot, reads again the files that changed since
 * (as it always did) and takes their extractions from here instead of extracting them.
 */
export interface SnapshotDelta {
  /** The snapshot it follows; with another one it is ignored. */
  snapshotId: string;
  entries: Map<string, DeltaEntry>;
}

export interface DeltaEntry {
  path: string;
  contentHash: string;
  extraction: ArticleExtraction;
}

const MAGIC = 'briefbot-snapshot-delta\n';

export function deltaPath(cacheDir: string, corpusDir: string): string {
  return `${snapshotPath(cacheDir, corpusDir)}.delta`;
}

/** Replaces the delta file (temporary file, then rename): a torn write is never read as a delta. */
export async function writeDelta(cacheDir: string, corpusDir: string, delta: SnapshotDelta): Promise<void> {
  const target = deltaPath(cacheDir, corpusDir);
  const temporary = `${target}.${process.pid}.tmp`;
  const body = serialize({ snapshotId: delta.snapshotId, entries: [...delta.entries] });
  const header = `${MAGIC}${JSON.stringify({ length: body.length, sha256: sha256(body) })}\n`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(Buffer.concat([Buffer.from(header), body]));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(error, target));
  }
}

/** The delta that follows snapshot `snapshotId`, or null: none, another snapshot's, or damaged. */
export async function readDelta(
  cacheDir: string,
  corpusDir: string,
  snapshotId: string,
): Promise<SnapshotDelta | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(deltaPath(cacheDir, corpusDir));
  } catch {
    return null;
  }
  try {
    if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return null;
    const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
    const header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')) as {
      length: number;
      sha256: string;
    };
    const body = bytes.subarray(headerEnd + 1);
    if (body.length !== header.length || sha256(body) !== header.sha256) return null;
    const value = deserialize(body) as { snapshotId: string; entries: Array<[string, DeltaEntry]> };
    if (value.snapshotId !== snapshotId) return null;
    return { snapshotId, entries: new Map(value.entries) };
  } catch {
    return null;
  }
}

export async function removeDelta(cacheDir: string, corpusDir: string): Promise<void> {
  await rm(deltaPath(cacheDir, corpusDir), { force: true });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
