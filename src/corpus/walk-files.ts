import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from './article.js';

export interface WalkedFile {
  /** Path relative to the root, forward slashes. */
  path: string;
  size: number;
  modifiedMs: number;
}

export interface WalkResult {
  /** Sorted by path. */
  files: WalkedFile[];
  skipped: SkippedFile[];
}

/**
 * Every file under `root`, recursively. Symbolic links are followed once: a link back into a
 * folder already walked (a loop) is skipped with a reason rather than walked forever.
 */
export async function walkFiles(root: string): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>();
  const rootReal = await realpath(root);

  async function visit(absolute: string, relative: string): Promise<void> {
    const real = await realpath(absolute);
    if (visited.has(real)) {
      skipped.push({ path: relative || '.', reason: 'folder already indexed (symbolic link loop)' });
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    const children = entries.filter((entry) => !entry.name.startsWith('.')); // .git, .DS_Store, swap files
    // Many stats in flight at once: one at a time, a folder of 20,000 files takes seconds.
    for (let start = 0; start < children.length; start += PARALLEL_STATS) {
      await Promise.all(children.slice(start, start + PARALLEL_STATS).map(async (entry) => {
        const childAbsolute = path.join(absolute, entry.name);
        const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
        try {
          const info = entry.isSymbolicLink() ? await stat(childAbsolute) : entry.isFile() || entry.isDirectory() ? await lstat(childAbsolute) : null;
          if (info?.isDirectory()) await visit(childAbsolute, childRelative);
          else if (info?.isFile()) files.push({ path: childRelative, size: info.size, modifiedMs: info.mtimeMs });
          else skipped.push({ path: childRelative, reason: 'not a regular file' });
        } catch (error) {
          skipped.push({ path: childRelative, reason: `cannot be read (${errorCode(error)})` });
        }
      }));
    }
  }

  await visit(rootReal, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

const PARALLEL_STATS = 256;

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
