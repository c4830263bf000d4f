import type { Article, CorpusLoad } from '../corpus/article.js';
import { loadCorpus, startWalk, type LoadOptions, type PreviousLoad } from '../corpus/load-corpus.js';
import { StatThread } from '../corpus/stat-thread.js';
import type { AnswerStore } from './answer-store.js';
import type { MemoryBriefingService } from './briefing-service.js';
import { previousLoadOf, type Base } from './build-base.js';
import type { CorpusChange } from './corpus-change.js';
import { readDelta } from './snapshot-delta.js';
import { prepareEngine, type PreparedEngine } from './build-engine.js';
import type { Engine } from './engine.js';
import { extractNewArticles } from './extract-new-articles.js';
import { watchHeap } from './heap-guard.js';
import { createReloader } from './reloader.js';
import { codeVersion, moveAside, readSnapshot, snapshotPath, sweepTemporaryFiles } from './snapshot.js';
import { createSnapshotSaver, type SnapshotEvent } from './snapshot-saver.js';
import type { HashOffThread } from './snapshot-read-parts.js';
import { suggestArticles, suggestPeople } from './suggest.js';
import { warmUpExtraction } from './warm-up.js';
import { buildBrief } from '../brief/build-brief.js';
import { briefInput, failedBrief } from './brief-input.js';
import { describeCorpus } from './describe-corpus.js';

export interface ProgressEvent {
  stage: 'load' | 'extract';
  done: number;
  total: number;
}

/** What the service reports about its own work; the composition root logs it. */
export type ServiceEvent =
  | { kind: 'snapshot-loaded'; articles: number }
  | { kind: 'snapshot-unused'; reason: string; path?: string; movedTo?: string }
  | { kind: 'snapshot-temporary-files-removed'; files: string[] }
  | SnapshotEvent;

export interface BriefingServiceOptions {
  corpusDir: string;
  /** Folders outside the corpus folder that links inside it may lead into. */
  extraRoots?: readonly string[];
  /** Where snapshots live; without it every start builds cold and nothing is written. */
  cacheDir?: string;
  onProgress?: (event: ProgressEvent) => void;
  onEvent?: (event: ServiceEvent) => void;
  /** Replaces loadCorpus, for tests that make a reload fail or slow. */
  load?: (
    corpusDir: string,
    previous?: PreviousLoad,
    signal?: AbortSignal,
    walk?: LoadOptions['walk'],
  ) => Promise<CorpusLoad>;
  /** Worker threads for extraction (default: one a core; 0 extracts on this thread, without a budget). */
  workers?: number;
  /** Longest time one article's extraction may take before its file is skipped (default 20 s). */
  extractionBudgetMs?: number;
  /**
   * Quiet time after a reload before the snapshot is written (default 10 s): taking it holds
   * the event loop for a moment, so a burst of reloads writes once, after the reply went out.
   */
  snapshotDelayMs?: number;
  /**
   * An engine shared by many processes (PostgreSQL, src/storage/postgres/): the commands it
   * names and autocomplete are read from it; the rest from the build in memory.
   */
  answerStore?: AnswerStore;
}

type SnapshotBase = Extract<Base, { kind: 'snapshot' }>;

/** Loads and indexes the corpus, then serves it; a reload swaps in a whole new engine or nothing. */
export async function createBriefingService(options: BriefingServiceOptions): Promise<MemoryBriefingService> {
  // Hashing the code's files (the snapshot's stamp) goes on while the snapshot is read.
  if (options.cacheDir) codeVersion().catch(() => undefined);
  const statThread = new StatThread();
  // The thread's module loads, and the first walk runs on it, while this thread reads the snapshot.
  statThread.start();
  let firstWalk = options.load
    ? undefined
    : startWalk(options.corpusDir, { statThread, extraRoots: options.extraRoots });
  const load =
    options.load ??
    ((dir: string, previous?: PreviousLoad, signal?: AbortSignal, walk?: LoadOptions['walk']) =>
      loadCorpus(dir, {
        previous,
        statThread,
        signal,
        walk,
        readBudgetMs: options.extractionBudgetMs,
        extraRoots: options.extraRoots,
        onProgress: (done, total) => options.onProgress?.({ stage: 'load', done, total }),
      }));
  // Set when a start's tables could not be restored from the snapshot and were built instead.
  let restoreFallback: string | null = null;
  const build = async (
    base: Base | null,
    stopSignal?: AbortSignal,
    walk?: LoadOptions['walk'],
  ): Promise<PreparedEngine> => {
    // A heap near its limit stops the build with an error saying so, before V8's crash.
    const heap = watchHeap();
    const signal = stopSignal ? AbortSignal.any([stopSignal, heap.signal]) : heap.signal;
    try {
      const loaded = await load(options.corpusDir, previousLoadOf(base), signal, walk);
      heap.check();
      // Extracted first, so a file whose extraction fails is skipped before anything is built from it.
      const { corpus, extracted } = await extractNewArticles(loaded, base, {
        workers: options.workers,
        budgetMs: options.extractionBudgetMs,
        signal,
        onProgress: (done, total) => options.onProgress?.({ stage: 'extract', done, total }),
      });
      heap.check();
      // A reload right after a start: its walk and extraction went on while the tables were restored.
      if (base?.kind === 'serving') await base.engine.ready;
      const prepared = await prepareEngine(corpus, base, {
        workers: options.workers,
        extracted,
        onRestoreFallback: (reason) => (restoreFallback = reason),
      });
      heap.check();
      return prepared;
    } finally {
      heap.stop();
    }
  };
  const first = await start(
    options,
    (base) => build(base, undefined, firstWalk),
    (fd, offset, length, claims, slot) => statThread.hashRange(fd, offset, length, claims, slot),
  );
  // The closures that serve share this scope: the first walk's file list would stay with them.
  firstWalk = undefined;
  const saver = createSnapshotSaver({
    cacheDir: options.cacheDir,
    corpusDir: options.corpusDir,
    codeVersion: options.cacheDir ? await codeVersion() : '',
    delayMs: options.snapshotDelayMs ?? 10_000,
    onEvent: options.onEvent,
  });
  let engine = first.engine;
  // Before the first reload, which it is there to spare; after the tables a start restores in
  // slices, which come first for the questions.
  if (engine.ready)
    void engine.ready.then(async () => {
      warmUpExtraction();
      if (restoreFallback !== null && options.cacheDir)
        await replaceSnapshot(options, restoreFallback, () => saver.save(engine));
    });
  else warmUpExtraction();
  if (first.snapshotId === null) saver.save(engine);
  else {
    saver.follow(first.snapshotId, first.base.changedSince);
    const { change } = first;
    if (change.replaced.length > 0 || change.removed.length > 0) saver.recordChange(() => engine, change);
  }

  const reloader = createReloader({
    build,
    serving: () => engine,
    swapIn(next, change, knowledgeChanged) {
      engine = next;
      if (knowledgeChanged) saver.recordChange(() => engine, change);
    },
    onDamaged: () => saver.cancel(),
  });
  const articles = (): Article[] => [...engine.knowledge.articles.values()];

  return {
    async ask(command, query) {
      try {
        const { answerStore } = options;
        if (answerStore?.commands.has(command)) return await answerStore.answer(command, query);
        // Asked while a start restores the tables: waits for them in slices, not all at once.
        await engine.ready;
        return engine.answer(command, query);
      } catch (error) {
        return { command, query, answers: [], error: `briefbot failed to answer: ${(error as Error).message}` };
      }
    },
    brief(request) {
      try {
        return buildBrief(briefInput(engine), request);
      } catch (error) {
        return { ...failedBrief(request), error: `briefbot failed to brief: ${(error as Error).message}` };
      }
    },
    article(id) {
      return engine.knowledge.articles.get(id);
    },
    peopleIn(articleId) {
      const extraction = engine.knowledge.extractions.get(articleId);
      if (!extraction) return [];
      const { persons, byArticleName } = engine.knowledge.people;
      const names = extraction.people.map((person) => {
        const index = byArticleName[`${articleId}\u0000${person.name}`];
        return index === undefined ? person.name : persons[index]!.name;
      });
      return [...new Set(names)];
    },
    async suggest(kind, text, limit) {
      if (options.answerStore) return options.answerStore.suggest(kind, text, limit);
      if (kind === 'article') return suggestArticles(engine.knowledge, text, limit);
      return suggestPeople(engine.knowledge, text, limit, kind === 'speaker');
    },
    overview: () => describeCorpus(articles(), engine.passageCount(), engine.corpus.skipped),
    knowledge: () => engine.knowledge,
    readStories: (chosen) => ({ articles: [...chosen], knowledge: engine.knowledge }),
    listArticles: () => articles().sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
    isReloading: () => reloader.isReloading(),
    stopReload: (reason) => reloader.stop(reason),
    async close() {
      reloader.stop('the reload was stopped: briefbot is shutting down');
      await reloader.settled();
      await statThread.close();
      await saver.flush();
      await options.answerStore?.close?.();
    },
    reload: () => reloader.reload(),
  };
}

/**
 * After a start's tables had to be built rather than restored (restore-tables.ts): the snapshot
 * that could not give them is moved aside, and the serving build written whole in its place.
 */
async function replaceSnapshot(options: BriefingServiceOptions, reason: string, save: () => void): Promise<void> {
  const target = snapshotPath(options.cacheDir!, options.corpusDir);
  options.onEvent?.({ kind: 'snapshot-unused', reason, path: target, ...(await moveAside(target)) });
  save();
}

type FirstEngine =
  | { engine: Engine; snapshotId: null }
  | { engine: Engine; snapshotId: string; base: SnapshotBase; change: CorpusChange };

/** The first engine: from the snapshot (and its delta) when there is a usable one, else built cold. */
async function start(
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
