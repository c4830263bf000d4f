import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isProcessRunning } from '../process-alive.js';

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
    if (pid !== process.pid && isProcessRunning(pid)) continue;
    await rm(path.join(cacheDir, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
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
