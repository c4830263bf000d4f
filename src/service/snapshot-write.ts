import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { snapshotId, snapshotPath, type EngineSnapshot } from './snapshot.js';
import { encodeParts } from './snapshot-parts.js';

/**
 * v8's structured serialisation (aligned-serialisation.ts) keeps typed arrays and is several
 * times faster than JSON here. The write is durable before it replaces the old snapshot: temporary file, fsync, rename,
 * fsync of the folder. On any failure (a full disk above all) the temporary file is removed,
 * the previous snapshot stays, and the error says what happened.
 */
export async function writeSnapshot(cacheDir: string, snapshot: EngineSnapshot): Promise<{ path: string; id: string }> {
  const target = snapshotPath(cacheDir, snapshot.corpusDir);
  const temporary = `${target}.${process.pid}.tmp`;
  let handle: FileHandle | null = null;
  try {
    await mkdir(cacheDir, { recursive: true });
    const { header, parts } = await encodeParts(snapshot);
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
    return { path: target, id: snapshotId(header) };
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
