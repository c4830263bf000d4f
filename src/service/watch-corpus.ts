import { watch, type FSWatcher } from 'node:fs';
import type { BriefingService, ReloadReport } from './briefing-service.js';

export interface WatchOptions {
  /** Quiet time after the last change before reloading: an editor's save or a copy is many events. */
  debounceMs?: number;
  onReload?: (report: ReloadReport) => void;
  onError?: (error: Error) => void;
}

export interface CorpusWatch {
  close(): void;
}

/**
 * Reloads the service when files under the corpus folder change, through the same atomic swap
 * as /reload. A change that arrives while a reload runs (this watch's or an admin's, which may
 * have listed the folder before the change) is reloaded once that one is done.
 */
export function watchCorpus(service: BriefingService, corpusDir: string, options: WatchOptions = {}): CorpusWatch {
  const debounceMs = options.debounceMs ?? 500;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const reload = async (): Promise<void> => {
    timer = null;
    if (closed) return;
    if (service.isReloading()) {
      schedule();
      return;
    }
    try {
      const report = await service.reload();
      if (!closed) options.onReload?.(report);
    } catch (error) {
      if (!closed) options.onError?.(error as Error);
    }
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(corpusDir, { recursive: true, persistent: false }, schedule);
  } catch (error) {
    options.onError?.(error as Error);
    return { close() {} };
  }
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
