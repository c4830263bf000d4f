import type { Engine } from './engine.js';
import { snapshotAnswerers } from './engine.js';
import { SNAPSHOT_VERSION, writeSnapshot, type EngineSnapshot } from './snapshot.js';

export type SnapshotEvent =
  { kind: 'snapshot-saved'; path: string; milliseconds: number } | { kind: 'snapshot-failed'; reason: string };

export interface SnapshotSaverOptions {
  /** Where snapshots live; without it nothing is written. */
  cacheDir?: string;
  corpusDir: string;
  codeVersion: string;
  /** Quiet time after a change before the write (a burst of reloads writes once). */
  delayMs: number;
  onEvent?: (event: SnapshotEvent) => void;
}

/** Writes the serving engine to disk: now, or once reloads have been quiet for a while. */
export interface SnapshotSaver {
  save(engine: Engine): void;
  /** Saves the engine `current` gives when the timer fires, so the latest build is what is written. */
  saveLater(current: () => Engine): void;
  /** Forgets a save that has not started: the engine it would write must not persist. */
  cancel(): void;
  /** Writes a pending save at once, then waits for every write. */
  flush(): Promise<void>;
}

export function createSnapshotSaver(options: SnapshotSaverOptions): SnapshotSaver {
  let writing: Promise<void> = Promise.resolve();
  let timer: { handle: NodeJS.Timeout; current: () => Engine } | null = null;
  const { cacheDir } = options;
  const cancel = (): void => {
    if (timer) clearTimeout(timer.handle);
    timer = null;
  };
  const save = (engine: Engine): void => {
    if (!cacheDir) return;
    const started = performance.now();
    const snapshot = toSnapshot(engine, options.corpusDir, options.codeVersion);
    writing = writing.then(async () => {
      try {
        const path = await writeSnapshot(cacheDir, snapshot);
        options.onEvent?.({ kind: 'snapshot-saved', path, milliseconds: Math.round(performance.now() - started) });
      } catch (error) {
        options.onEvent?.({ kind: 'snapshot-failed', reason: (error as Error).message });
      }
    });
  };
  return {
    save,
    saveLater(current) {
      if (!cacheDir) return;
      cancel();
      const handle = setTimeout(() => {
        timer = null;
        save(current());
      }, options.delayMs);
      handle.unref();
      timer = { handle, current };
    },
    cancel,
    async flush() {
      if (timer) {
        const { current } = timer;
        cancel();
        save(current());
      }
      await writing;
    },
  };
}

/** Synchronous on purpose: a later in-place reload must not change what is being saved. */
export function toSnapshot(engine: Engine, corpusDir: string, codeVersion: string): EngineSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    codeVersion,
    corpusDir,
    files: engine.corpus.files,
    skipped: engine.corpus.skipped,
    extractions: [...engine.knowledge.extractions.values()],
    people: engine.knowledge.people,
    passages: engine.passages.toSnapshot(engine.knowledge.articles),
    answerers: snapshotAnswerers(engine.answerers),
  };
}
