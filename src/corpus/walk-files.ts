import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from './article.js';
import { hasControlCharacters, visibleName } from './article-id.js';
import { lstatOne, type EntryStat, type StatThread } from './stat-thread.js';

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
  /** The clock when the walk began: a file modified about then may change again unseen (`isRacy`). */
  startedMs: number;
}

/** A walk told as what differs from an earlier walk of the same folder (the stat thread's number `since`). */
export interface WalkDelta {
  since: number;
  /** Files new or with another size or modification time, sorted by path. */
  changed: WalkedFile[];
  /** Paths of files gone, sorted. */
  gone: string[];
  /** Every entry skipped, as a whole walk gives them. */
  skipped: SkippedFile[];
  startedMs: number;
  /** Only the changes the stat thread's journal named were stat-ed (else every file was). */
  followed?: boolean;
}

/** A walk made on the stat thread, numbered there so the next one can be told as a delta. */
export type NumberedWalk = (WalkResult | WalkDelta) & { id: number };

export interface WalkOptions {
  /** A second thread that does the whole walk, so the calling thread's event loop stays free. */
  statThread?: StatThread;
  /**
   * Real paths besides the corpus folder's own that links may lead into (a setting names them).
   * A link to anywhere else is refused: the corpus folder is a boundary.
   */
  extraRoots?: readonly string[];
}

export const OUTSIDE_REASON = 'symbolic link to a place outside the corpus folder (not followed)';

/**
 * Every file under `root`, recursively. Symbolic links are followed once, and only when their
 * real path stays under the corpus folder's real path (or an extra root): a link to `/etc` is
 * skipped with a reason, never read. A link back into a folder already walked (a loop) is
 * skipped with a reason rather than walked forever. Hidden entries (a leading dot: .git,
 * .DS_Store, editors' swap files) and names holding control characters are reported, not read.
 *
 * Synchronous stats on purpose: metadata calls are microseconds each, and going through the
 * thread pool one promise per file made a 20,000-file folder take 4x longer (80 vs 350 ms).
 * Given the stat thread, the whole walk runs there (stat-worker.mjs), a large folder's lstat
 * calls shared with a helper thread, and the calling thread only decodes its answer; when the
 * thread cannot, the walk runs here.
 */
export async function walkFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const walked = options.statThread ? await options.statThread.walk(root, options.extraRoots ?? []) : null;
  if (walked && 'files' in walked) return { files: walked.files, skipped: walked.skipped, startedMs: walked.startedMs };
  return walkHere(root, options.extraRoots ?? []);
}

/** The walk on this thread; stat-worker.mjs tells the same walk on the stat thread (keep them alike). */
function walkHere(root: string, extraRoots: readonly string[]): WalkResult {
  const startedMs = Date.now();
  const files: WalkedFile[] = [];
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>();
  const rootReal = realpathSync(root);
  const roots = [rootReal, ...extraRoots];

  function visit(absolute: string, relative: string): void {
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    // Checked again here: the folder may have been swapped for a link since it was listed.
    if (!isInsideRoots(real, roots)) {
      skipped.push({ path: relative, reason: OUTSIDE_REASON });
      return;
    }
    if (visited.has(real)) {
      skipped.push({ path: relative || '.', reason: 'folder already indexed (symbolic link loop)' });
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      // Names only: every entry is lstat-ed anyway, so the types readdir could give would be made for nothing.
      names = readdirSync(absolute).filter((name) => {
        if (!hasControlCharacters(name)) return true;
        // Tabs, newlines and terminal escapes in a name would reach ids, replies and terminals.
        const shown = visibleName(name);
        skipped.push({ path: relative ? `${relative}/${shown}` : shown, reason: 'file name holds control characters' });
        return false;
      });
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    const folders: Array<[absolute: string, relative: string]> = [];
    for (const name of names) {
      // Plain concatenation: the folder is a real path already, and path.join cost ~10% of the walk.
      const entry = `${absolute}${path.sep}${name}`;
      place(entry, relative ? `${relative}/${name}` : name, lstatOne(entry), folders);
    }
    for (const [folder, folderRelative] of folders) visit(folder, folderRelative);
  }

  function place(absolute: string, relative: string, stat: EntryStat, folders: Array<[string, string]>): void {
    const followed = stat.kind === 'link' ? followLink(absolute, roots) : stat;
    if (isHidden(relative)) {
      const what = followed.kind === 'directory' ? 'hidden folder' : 'hidden file';
      skipped.push({ path: relative, reason: `${what} (names starting with a dot are not read)` });
    } else if (followed.kind === 'outside') skipped.push({ path: relative, reason: OUTSIDE_REASON });
    else if (followed.kind === 'directory') folders.push([absolute, relative]);
    else if (followed.kind === 'file') files.push({ path: relative, size: followed.size, modifiedMs: followed.modifiedMs });
    else if (followed.kind === 'error') skipped.push({ path: relative, reason: `cannot be read (${followed.code})` });
    else skipped.push({ path: relative, reason: 'not a regular file' });
  }

  visit(rootReal, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, startedMs };
}

function isHidden(relative: string): boolean {
  const slash = relative.lastIndexOf('/');
  return relative[slash + 1] === '.';
}

/** Whether a real path is one of the roots or under one (roots are real paths too). */
export function isInsideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));
}

function followLink(absolute: string, roots: readonly string[]): EntryStat | { kind: 'outside' } {
  try {
    const real = realpathSync(absolute);
    if (!isInsideRoots(real, roots)) return { kind: 'outside' };
    const info = statSync(real);
    if (info.isFile()) return { kind: 'file', size: info.size, modifiedMs: info.mtimeMs };
    return { kind: info.isDirectory() ? 'directory' : 'other' };
  } catch (error) {
    return { kind: 'error', code: errorCode(error) };
  }
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * A file's modification time is kept to the file system's clock tick, so a same-size edit within
 * the tick of a walk that saw the file leaves size and time as they were. Such a file is not
 * trusted as unchanged (git calls it "racily clean"): the next load reads it again. The tick is
 * read from the time itself: whole seconds (ext3, HFS+, FAT, many network shares) may hide two
 * seconds; a finer time ticks with the kernel's coarse clock, a few milliseconds. stat-worker.mjs
 * holds the same rule.
 */
export function isRacy(modifiedMs: number, walkStartedMs: number): boolean {
  return modifiedMs >= walkStartedMs - racyWindowMs(modifiedMs);
}

export function racyWindowMs(modifiedMs: number): number {
  return modifiedMs % 1000 === 0 ? 2000 : 50;
}

/** The modification time a record keeps for a racy file: no walk reports it, so the next load reads the file again. */
export const UNTRUSTED_MODIFIED_MS = -1;
