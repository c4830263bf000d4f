import { readdirSync, realpathSync, statSync, watch as watchPath, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { BriefingService, ReloadReport } from './briefing-service.js';

export interface WatchOptions {
  /** Quiet time after the last change before reloading: an editor's save or a copy is many events. */
  debounceMs?: number;
  onReload?: (report: ReloadReport) => void;
  onError?: (error: Error) => void;
  /** How the watch works changed (it fell back to polling, it follows a new real path). */
  onNotice?: (message: string) => void;
  /** Between two looks at the folder when polling (default 10 s). */
  pollMs?: number;
  /** How often the folder's real path is checked, to follow a folder replaced by a link (default 2 s). */
  rearmCheckMs?: number;
  /** Past this many folders the watch polls instead (each folder costs the system one watch). */
  maxWatchedFolders?: number;
  /** fs.watch, replaceable to make it fail as the system's watch limit does. */
  watch?: typeof watchPath;
}

export interface CorpusWatch {
  close(): void;
}

/**
 * Reloads the service when files under the corpus folder change, through the same atomic swap
 * as /reload. A change that arrives while a reload runs (this watch's or an admin's, which may
 * have listed the folder before the change) is reloaded once that one is done.
 *
 * It watches the folder's real path, one watch a folder (not one a file, as Node's recursive
 * watch does on Linux: 200,000 files hit the system's limit and took gigabytes), and checks
 * the real path every few seconds: a corpus folder replaced by a link, or moved and made
 * again, is watched anew. When the system's limit on watches is reached (ENOSPC), or the folder
 * has too many subfolders, it polls instead (a reload of an unchanged folder only stats its
 * files) and says so.
 */
export function watchCorpus(service: BriefingService, corpusDir: string, options: WatchOptions = {}): CorpusWatch {
  const debounceMs = options.debounceMs ?? 500;
  const pollMs = options.pollMs ?? 10_000;
  const maxFolders = options.maxWatchedFolders ?? 10_000;
  const watch = options.watch ?? watchPath;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let watchers = new Map<string, FSWatcher>();
  let watchedRoot: string | null = null;
  let watchedIdentity = '';
  let polling: NodeJS.Timeout | null = null;

  const reload = async (quietWhenUnchanged: boolean): Promise<void> => {
    timer = null;
    if (closed) return;
    if (service.isReloading()) {
      schedule();
      return;
    }
    try {
      const report = await service.reload();
      if (closed) return;
      const changed = report.added.length + report.changed.length + report.removed.length > 0;
      if (changed || !quietWhenUnchanged) options.onReload?.(report);
      // New folders get their watch.
      if (changed && watchers.size > 0) arm();
    } catch (error) {
      if (!closed) options.onError?.(error as Error);
    }
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(false), debounceMs);
  };

  const closeWatchers = (): void => {
    for (const watcher of watchers.values()) watcher.close();
    watchers = new Map();
  };

  const startPolling = (reason: string): void => {
    closeWatchers();
    if (polling || closed) return;
    options.onNotice?.(`${reason}: looking at the corpus folder every ${pollMs / 1000} s instead`);
    polling = setInterval(() => {
      if (!timer && !service.isReloading()) void reload(true);
    }, pollMs);
    polling.unref();
  };

  const isWatchLimit = (error: unknown): boolean => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return code === 'ENOSPC' || code === 'EMFILE';
  };

  /** Watches every folder under the real path; false when it fell back to polling. */
  const arm = (): boolean => {
    if (closed || polling) return false;
    let root: string;
    try {
      root = realpathSync(corpusDir);
    } catch (error) {
      options.onError?.(error as Error);
      return false;
    }
    const folders = foldersUnder(root, maxFolders + 1);
    if (folders.length > maxFolders) {
      startPolling(`the corpus folder has more than ${maxFolders} folders to watch`);
      return false;
    }
    const identity = identityOf(root);
    if (root !== watchedRoot || identity !== watchedIdentity) closeWatchers();
    // Folders gone lose their watch; the others keep theirs, so no event is missed meanwhile.
    const wanted = new Set(folders);
    for (const [folder, watcher] of watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    try {
      for (const folder of folders) {
        if (watchers.has(folder)) continue;
        const watcher = watch(folder, { persistent: false }, schedule);
        watcher.on('error', (error) => {
          if (isWatchLimit(error)) startPolling(watchLimitReason(error));
          else if (!closed) rearmSoon();
        });
        watchers.set(folder, watcher);
      }
    } catch (error) {
      if (isWatchLimit(error)) {
        startPolling(watchLimitReason(error));
        return false;
      }
      closeWatchers();
      options.onError?.(error as Error);
      return false;
    }
    if (watchedRoot !== null && watchedRoot !== root)
      options.onNotice?.(`the corpus folder now leads to ${root}: watching it there`);
    watchedRoot = root;
    watchedIdentity = identity;
    return true;
  };

  let rearmTimer: NodeJS.Timeout | null = null;
  const rearmSoon = (): void => {
    if (rearmTimer || closed) return;
    rearmTimer = setTimeout(() => {
      rearmTimer = null;
      if (arm()) schedule();
    }, debounceMs);
  };

  // The folder may be replaced (by a link, or moved and made again) without an event on the
  // folder being watched: its real path and identity are checked every few seconds.
  const checker = setInterval(() => {
    if (closed || polling) return;
    let root: string;
    try {
      root = realpathSync(corpusDir);
    } catch {
      return;
    }
    if (root !== watchedRoot || identityOf(root) !== watchedIdentity) rearmSoon();
  }, options.rearmCheckMs ?? 2000);
  checker.unref();

  if (!arm() && !polling) {
    clearInterval(checker);
    return { close() {} };
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (rearmTimer) clearTimeout(rearmTimer);
      if (polling) clearInterval(polling);
      clearInterval(checker);
      closeWatchers();
    },
  };
}

function watchLimitReason(error: unknown): string {
  return `the system's limit on watched files was reached (${(error as NodeJS.ErrnoException).code})`;
}

function identityOf(folder: string): string {
  try {
    const info = statSync(folder);
    return `${info.dev}:${info.ino}`;
  } catch {
    return '';
  }
}

/** The folder and every folder under it (hidden ones aside, as the loader skips them), up to `limit`. */
function foldersUnder(root: string, limit: number): string[] {
  const folders = [root];
  for (let index = 0; index < folders.length && folders.length <= limit; index++) {
    let entries;
    try {
      entries = readdirSync(folders[index]!, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries)
      if (entry.isDirectory() && !entry.name.startsWith('.')) folders.push(path.join(folders[index]!, entry.name));
  }
  return folders;
}
