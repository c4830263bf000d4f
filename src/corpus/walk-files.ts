import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
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
 *
 * Synchronous stats on purpose: metadata calls are microseconds each, and going through the
 * thread pool one promise per file made a 20,000-file folder take 4x longer (80 vs 350 ms).
 */
export async function walkFiles(root: string): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>();

  function visit(absolute: string, relative: string): void {
    const real = realpathSync(absolute);
    if (visited.has(real)) {
      skipped.push({ path: relative || '.', reason: 'folder already indexed (symbolic link loop)' });
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // .git, .DS_Store, editors' swap files
      // Plain concatenation: the folder is a real path already, and path.join cost ~10% of the walk.
      const childAbsolute = `${absolute}${path.sep}${entry.name}`;
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      try {
        const info = entry.isSymbolicLink() ? statSync(childAbsolute) : entry.isFile() || entry.isDirectory() ? lstatSync(childAbsolute) : null;
        if (info?.isDirectory()) visit(childAbsolute, childRelative);
        else if (info?.isFile()) files.push({ path: childRelative, size: info.size, modifiedMs: info.mtimeMs });
        else skipped.push({ path: childRelative, reason: 'not a regular file' });
      } catch (error) {
        skipped.push({ path: childRelative, reason: `cannot be read (${errorCode(error)})` });
      }
    }
  }

  visit(realpathSync(root), '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
