import type { ReloadReport } from './briefing-service.js';
import type { Base } from './build-base.js';
import type { PreparedEngine } from './build-engine.js';
import type { Engine } from './engine.js';
import { DamagedTablesError, RolledBackError } from './patch-serving.js';

export interface ReloaderOptions {
  /** Loads the corpus again and prepares a build over `base` (null: from nothing). */
  build(base: Base | null, signal: AbortSignal): Promise<PreparedEngine>;
  serving(): Engine;
  /** Called with the new engine right after its commit (same turn), its change and whether its knowledge is new. */
  swapIn(engine: Engine, change: PreparedEngine['change'], knowledgeChanged: boolean): void;
  /** The serving tables are damaged (a commit that could not be taken back): what they hold must not persist. */
  onDamaged(): void;
}

/** One reload at a time over the serving engine; a second is refused, not queued. */
export interface Reloader {
  reload(): Promise<ReloadReport>;
  isReloading(): boolean;
  stop(reason: string): void;
  /** Resolves once no reload runs (whether it succeeded or not). */
  settled(): Promise<void>;
}

export function createReloader(options: ReloaderOptions): Reloader {
  let reloading: Promise<ReloadReport> | null = null;
  // Stops a running reload's extraction when the service closes: a shutdown does not wait on it.
  let stopReload: AbortController | null = null;
  let damaged = false;

  const swap = (prepared: PreparedEngine, started: number): ReloadReport => {
    const previous = options.serving();
    let engine: Engine;
    try {
      engine = prepared.commit();
    } catch (error) {
      if (error instanceof RolledBackError)
        throw new Error(`the reload failed while swapping in; the previous index keeps serving: ${error.message}`);
      damaged = true;
      options.onDamaged();
      const reason = error instanceof DamagedTablesError ? error.message : (error as Error).message;
      throw new Error(`the reload failed while swapping in (the next reload rebuilds everything): ${reason}`);
    }
    damaged = false;
    options.swapIn(engine, prepared.change, engine.knowledge !== previous.knowledge);
    const { added, changed, removed } = prepared.change;
    return {
      added,
      changed,
      removed,
      skipped: engine.corpus.skipped,
      articles: engine.knowledge.articles.size,
      milliseconds: Math.round(performance.now() - started),
    };
  };

  return {
    reload() {
      if (reloading) return Promise.reject(new Error('a reload is already running'));
      const started = performance.now();
      const stop = new AbortController();
      stopReload = stop;
      // After a commit that could not be taken back, the serving tables are no base to build on.
      const base: Base | null = damaged ? null : { kind: 'serving', engine: options.serving() };
      reloading = options
        .build(base, stop.signal)
        .then((prepared) => swap(prepared, started))
        .finally(() => {
          reloading = null;
          if (stopReload === stop) stopReload = null;
        });
      return reloading;
    },
    isReloading: () => reloading !== null,
    stop(reason) {
      stopReload?.abort(new Error(reason));
    },
    async settled() {
      await reloading?.catch(() => undefined);
    },
  };
}
