import type { AnswerSet } from '../answer/types.js';
import type { Article, CorpusLoad } from '../corpus/article.js';
import { loadCorpus, type PreviousLoad } from '../corpus/load-corpus.js';
import { StatThread } from '../corpus/stat-thread.js';
import type { BriefingService, CorpusOverview, ReloadReport } from './briefing-service.js';
import { prepareEngine, toSnapshot, type Base, type CorpusChange } from './build-engine.js';
import type { Engine } from './engine.js';
import { extractNewArticles } from './extract-new-articles.js';
import { codeVersion, moveAside, readSnapshot, snapshotPath, sweepTemporaryFiles, writeSnapshot } from './snapshot.js';
import { suggestArticles, suggestPeople } from './suggest.js';
import { warmUpExtraction } from './warm-up.js';
import { buildBrief } from '../brief/build-brief.js';
import { briefInput, failedBrief } from './brief-input.js';

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
  | { kind: 'snapshot-saved'; path: string; milliseconds: number }
  | { kind: 'snapshot-failed'; reason: string };

export interface BriefingServiceOptions {
  corpusDir: string;
  /** Folders outside the corpus folder that links inside it may lead into. */
  extraRoots?: readonly string[];
  /** Where snapshots live; without it every start builds cold and nothing is written. */
  cacheDir?: string;
  onProgress?: (event: ProgressEvent) => void;
  onEvent?: (event: ServiceEvent) => void;
  /** Replaces loadCorpus, for tests that make a reload fail or slow. */
  load?: (corpusDir: string, previous?: PreviousLoad, signal?: AbortSignal) => Promise<CorpusLoad>;
  /** Worker threads for extraction (default: one a core; 0 extracts on this thread, without a budget). */
  workers?: number;
  /** Longest time one article's extraction may take before its file is skipped (default 20 s). */
  extractionBudgetMs?: number;
  /**
   * Quiet time after a reload before the snapshot is written (default 10 s): taking it holds
   * the event loop for a moment, so a burst of reloads writes once, after the reply went out.
   */
  snapshotDelayMs?: number;
}

/** Loads and indexes the corpus, then serves it; a reload swaps in a whole new engine or nothing. */
export async function createBriefingService(options: BriefingServiceOptions): Promise<BriefingService> {
  const statThread = new StatThread();
  const load =
    options.load ??
    ((dir: string, previous?: PreviousLoad, signal?: AbortSignal) =>
      loadCorpus(dir, {
        previous,
        statThread,
        signal,
        readBudgetMs: options.extractionBudgetMs,
        extraRoots: options.extraRoots,
        onProgress: (done, total) => options.onProgress?.({ stage: 'load', done, total }),
      }));
  const build = async (
    base: Base | null,
    signal?: AbortSignal,
  ): Promise<{ change: CorpusChange; commit: () => Engine }> => {
    const previous = base ? ('engine' in base ? base.engine.corpus : { files: base.snapshot.files }) : undefined;
    const loaded = await load(options.corpusDir, previous, signal);
    // Extracted first, so a file whose extraction fails is skipped before anything is built from it.
    const { corpus, extracted } = await extractNewArticles(loaded, base, {
      workers: options.workers,
      budgetMs: options.extractionBudgetMs,
      signal,
      onProgress: (done, total) => options.onProgress?.({ stage: 'extract', done, total }),
    });
    const prepared = await prepareEngine(corpus, base, { workers: options.workers, extracted });
    return { change: prepared.change, commit: () => prepared.commit() };
  };
  let saving: Promise<void> = Promise.resolve();
  let saveTimer: NodeJS.Timeout | null = null;
  const version = options.cacheDir ? await codeVersion() : '';
  const save = (engine: Engine): void => {
    if (!options.cacheDir) return;
    const cacheDir = options.cacheDir;
    const started = performance.now();
    const snapshot = toSnapshot(engine, options.corpusDir, version);
    saving = saving.then(async () => {
      try {
        const path = await writeSnapshot(cacheDir, snapshot);
        options.onEvent?.({ kind: 'snapshot-saved', path, milliseconds: Math.round(performance.now() - started) });
      } catch (error) {
        options.onEvent?.({ kind: 'snapshot-failed', reason: (error as Error).message });
      }
    });
  };

  const saveLater = (): void => {
    if (!options.cacheDir) return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      save(engine);
    }, options.snapshotDelayMs ?? 10_000);
    saveTimer.unref();
  };

  let base: Base | null = null;
  if (options.cacheDir) {
    const removed = await sweepTemporaryFiles(options.cacheDir);
    if (removed.length > 0) options.onEvent?.({ kind: 'snapshot-temporary-files-removed', files: removed });
    const read = await readSnapshot(options.cacheDir, options.corpusDir);
    if (read.snapshot) base = { snapshot: read.snapshot };
    else options.onEvent?.({ kind: 'snapshot-unused', ...read });
  }
  let engine: Engine;
  try {
    engine = (await build(base)).commit();
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
    base = null;
    engine = (await build(null)).commit();
  }
  if (base) options.onEvent?.({ kind: 'snapshot-loaded', articles: engine.knowledge.articles.size });
  warmUpExtraction();
  const snapshotFiles = base && 'snapshot' in base ? base.snapshot.files : [];
  // The loader hands back the very records of files it did not read again: same records, same corpus.
  const { files } = engine.corpus;
  const corpusChanged =
    files.length !== snapshotFiles.length || files.some((file, index) => file !== snapshotFiles[index]);
  if (corpusChanged) save(engine);
  let reloading: Promise<ReloadReport> | null = null;
  // Stops a running reload's extraction when the service closes: a shutdown does not wait on it.
  let stopReload: AbortController | null = null;
  let halfCommitted = false;

  const articles = (): Article[] => [...engine.knowledge.articles.values()];

  return {
    ask(command, query): AnswerSet {
      try {
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
    suggest(kind, text, limit) {
      if (kind === 'article') return suggestArticles(engine.knowledge, text, limit);
      return suggestPeople(engine.knowledge, text, limit, kind === 'speaker');
    },
    overview(): CorpusOverview {
      const all = articles();
      const dates = all
        .map((article) => article.published)
        .filter((date): date is string => date !== null)
        .sort();
      const newest = [...all]
        .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
        .slice(0, 5)
        .map(({ id, title, published, source }) => ({ id, title, published, source }));
      return {
        articles: all.length,
        passages: engine.passages.size,
        dated: dates.length,
        firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null,
        newest,
        skipped: engine.corpus.skipped,
      };
    },
    knowledge() {
      return engine.knowledge;
    },
    listArticles() {
      return articles().sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    },
    isReloading() {
      return reloading !== null;
    },
    stopReload(reason) {
      stopReload?.abort(new Error(reason));
    },
    async close() {
      stopReload?.abort(new Error('the reload was stopped: briefbot is shutting down'));
      await reloading?.catch(() => undefined);
      await statThread.close();
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = null;
        save(engine);
      }
      await saving;
    },
    reload() {
      if (reloading) return Promise.reject(new Error('a reload is already running'));
      const started = performance.now();
      const previous = engine;
      // After a commit that threw half-way, the serving tables are no base to build on.
      const stop = new AbortController();
      stopReload = stop;
      reloading = build(halfCommitted ? null : { engine: previous }, stop.signal)
        .then(({ change, commit }) => {
          try {
            engine = commit();
            halfCommitted = false;
          } catch (error) {
            halfCommitted = true;
            throw new Error(
              `the reload failed while swapping in (the next reload rebuilds everything): ${(error as Error).message}`,
            );
          }
          if (engine.knowledge !== previous.knowledge) saveLater();
          const { added, changed, removed } = change;
          return {
            added,
            changed,
            removed,
            skipped: engine.corpus.skipped,
            articles: engine.knowledge.articles.size,
            milliseconds: Math.round(performance.now() - started),
          };
        })
        .finally(() => {
          reloading = null;
          if (stopReload === stop) stopReload = null;
        });
      return reloading;
    },
  };
}
