import type { CorpusChange } from './corpus-change.js';
import type { Engine } from './engine.js';
import { snapshotAnswerers } from './engine.js';
import { SNAPSHOT_VERSION, type EngineSnapshot } from './snapshot.js';
import { writeSnapshot } from './snapshot-write.js';
import { removeDelta, writeDelta, type DeltaEntry } from './snapshot-delta.js';

export type SnapshotEvent =
  | { kind: 'snapshot-saved'; path: string; milliseconds: number }
  | { kind: 'snapshot-delta-saved'; articles: number; milliseconds: number }
  | { kind: 'snapshot-failed'; reason: string };

export interface SnapshotSaverOptions {
  /** Where snapshots live; without it nothing is written. */
  cacheDir?: string;
  corpusDir: string;
  codeVersion: string;
  /** Quiet time after a change before the write (a burst of reloads writes once). */
  delayMs: number;
  onEvent?: (event: SnapshotEvent) => void;
}

/**
 * Writes the serving build to disk. A whole snapshot holds the event loop for seconds on a large
 * corpus (building and serialising every table), so after a reload only what changed is written,
 * as a delta beside the last whole snapshot; the whole is written again only when there is no
 * snapshot yet or the delta has grown past DELTA_LIMIT articles.
 */
export interface SnapshotSaver {
  /** Writes the whole engine now. */
  save(engine: Engine): void;
  /** The build follows the snapshot `id` (read at start) and the delta written after it. */
  follow(id: string, entries: ReadonlyMap<string, DeltaEntry>): void;
  /** Notes a build's change; once reloads are quiet, the delta (or the whole) is written. */
  recordChange(current: () => Engine, change: CorpusChange): void;
  /** Forgets a write that has not started: the engine it would write must not persist. */
  cancel(): void;
  /** Writes a pending change at once, then waits for every write. */
  flush(): Promise<void>;
}

// Serialising this many extractions holds the loop for tens of milliseconds; past it, and on
// every start that reads it, a whole snapshot is cheaper.
const DELTA_LIMIT = 2000;

export function createSnapshotSaver(options: SnapshotSaverOptions): SnapshotSaver {
  const { cacheDir, corpusDir } = options;
  let writing: Promise<void> = Promise.resolve();
  let timer: { handle: NodeJS.Timeout; current: () => Engine } | null = null;
  let snapshotId: string | null = null;
  let delta = new Map<string, DeltaEntry>();
  const queue = (write: () => Promise<void>): void => {
    writing = writing.then(write).catch((error: unknown) => {
      options.onEvent?.({ kind: 'snapshot-failed', reason: (error as Error).message });
    });
  };
  const cancel = (): void => {
    if (timer) clearTimeout(timer.handle);
    timer = null;
  };

  const save = (engine: Engine): void => {
    if (!cacheDir) return;
    const started = performance.now();
    const snapshot = toSnapshot(engine, corpusDir, options.codeVersion);
    // Changes recorded from here on follow the snapshot being written.
    const before = delta;
    delta = new Map();
    queue(async () => {
      try {
        const written = await writeSnapshot(cacheDir, snapshot);
        snapshotId = written.id;
        options.onEvent?.({
          kind: 'snapshot-saved',
          path: written.path,
          milliseconds: Math.round(performance.now() - started),
        });
      } catch (error) {
        delta = new Map([...before, ...delta]);
        throw error;
      }
      if (delta.size > 0) await writeDelta(cacheDir, corpusDir, { snapshotId: snapshotId, entries: delta });
      else await removeDelta(cacheDir, corpusDir);
    });
  };

  const writeChange = (engine: Engine): void => {
    if (!cacheDir) return;
    if (snapshotId === null || delta.size > DELTA_LIMIT) {
      save(engine);
      return;
    }
    const started = performance.now();
    const entries = new Map(delta);
    const id = snapshotId;
    queue(async () => {
      await writeDelta(cacheDir, corpusDir, { snapshotId: id, entries });
      options.onEvent?.({
        kind: 'snapshot-delta-saved',
        articles: entries.size,
        milliseconds: Math.round(performance.now() - started),
      });
    });
  };

  return {
    save,
    follow(id, entries) {
      snapshotId = id;
      delta = new Map(entries);
    },
    recordChange(current, change) {
      if (!cacheDir) return;
      const { extractions } = current().knowledge;
      for (const id of change.removed) delta.delete(id);
      for (const article of change.replaced) {
        const extraction = extractions.get(article.id);
        if (extraction) delta.set(article.id, { path: article.path, contentHash: article.contentHash, extraction });
        else delta.delete(article.id);
      }
      cancel();
      const handle = setTimeout(() => {
        timer = null;
        writeChange(current());
      }, options.delayMs);
      handle.unref();
      timer = { handle, current };
    },
    cancel,
    async flush() {
      if (timer) {
        const { current } = timer;
        cancel();
        writeChange(current());
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
    passageCount: engine.passages.size,
    files: engine.corpus.files,
    skipped: engine.corpus.skipped,
    extractions: [...engine.knowledge.extractions.values()],
    people: engine.knowledge.people,
    passages: engine.passages.toSnapshot(),
    answerers: snapshotAnswerers(engine.answerers),
  };
}
