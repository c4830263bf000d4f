import type { Base } from './build-base.js';
import type { PreparedEngine } from './build-engine.js';
import type { BriefingServiceOptions } from './briefing-service-options.js';
import type { CorpusChange } from './corpus-change.js';
import type { Engine } from './engine.js';
import { readSnapshot, snapshotPath } from './snapshot.js';
import { readDelta } from './snapshot-delta.js';
import { moveAside, sweepTemporaryFiles } from './snapshot-files.js';
import type { HashOffThread } from './snapshot-read-parts.js';

type SnapshotBase = Extract<Base, { kind: 'snapshot' }>;

/**
 * After a start's tables had to be built rather than restored (restore-tables.ts): the snapshot
 * that could not give them is moved aside, and the serving build written whole in its place.
 */
export async function replaceSnapshot(
  options: BriefingServiceOptions,
  reason: string,
  save: () => void,
): Promise<void> {
  const target = snapshotPath(options.cacheDir!, options.corpusDir);
  options.onEvent?.({ kind: 'snapshot-unused', reason, path: target, ...(await moveAside(target)) });
  save();
}

type FirstEngine =
  | { engine: Engine; snapshotId: null }
  | { engine: Engine; snapshotId: string; base: SnapshotBase; change: CorpusChange };

/** The first engine: from the snapshot (and its delta) when there is a usable one, else built cold. */
export async function startEngine(
  options: BriefingServiceOptions,
  build: (base: Base | null) => Promise<PreparedEngine>,
  hashOffThread: HashOffThread,
): Promise<FirstEngine> {
  let base: SnapshotBase | null = null;
  let snapshotId = '';
  if (options.cacheDir) {
    const removed = await sweepTemporaryFiles(options.cacheDir);
    if (removed.length > 0) options.onEvent?.({ kind: 'snapshot-temporary-files-removed', files: removed });
    const read = await readSnapshot(options.cacheDir, options.corpusDir, hashOffThread);
    if (read.snapshot) {
      snapshotId = read.id;
      const delta = await readDelta(options.cacheDir, options.corpusDir, read.id);
      base = { kind: 'snapshot', snapshot: read.snapshot, changedSince: delta?.entries ?? new Map() };
    } else options.onEvent?.({ kind: 'snapshot-unused', ...read });
  }
  try {
    const prepared = await build(base);
    const engine = prepared.commit();
    if (!base) return { engine, snapshotId: null };
    options.onEvent?.({ kind: 'snapshot-loaded', articles: engine.knowledge.articles.size });
    return { engine, snapshotId, base, change: prepared.change };
  } catch (error) {
    if (!base || !options.cacheDir) throw error;
    // A snapshot whose checksums hold can still be one this code cannot build from: it is
    // named, moved aside and the start builds cold, rather than failing every start.
    const target = snapshotPath(options.cacheDir, options.corpusDir);
    options.onEvent?.({
      kind: 'snapshot-unused',
      reason: `snapshot could not be used, moved aside (${(error as Error).message})`,
      path: target,
      ...(await moveAside(target)),
    });
    return { engine: (await build(null)).commit(), snapshotId: null };
  }
}
