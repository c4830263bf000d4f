import type { Article } from '../corpus/article.js';
import { loadCorpus, startWalk, type LoadOptions, type PreviousLoad } from '../corpus/load-corpus.js';
import { StatThread } from '../corpus/stat-thread.js';
import type { MemoryBriefingService } from './briefing-service.js';
import type { BriefingServiceOptions } from './briefing-service-options.js';
import { previousLoadOf, type Base } from './build-base.js';
import { prepareEngine, type PreparedEngine } from './build-engine.js';
import { extractNewArticles } from './extract-new-articles.js';
import { watchHeap } from './heap-guard.js';
import { createReloader } from './reloader.js';
import { codeVersion } from './snapshot.js';
import { createSnapshotSaver } from './snapshot-saver.js';
import { replaceSnapshot, startEngine } from './start-engine.js';
import { suggestArticles, suggestPeople } from './suggest.js';
import { warmUpExtraction } from './warm-up.js';
import { indexPeopleDirectoryInSteps } from '../extract/people/index.js';
import { runStepsInSlices } from '../steps.js';
import { buildBrief } from '../brief/build-brief.js';
import { briefInput, failedBrief } from './brief-input.js';
import { describeCorpus } from './describe-corpus.js';

export type { BriefingServiceOptions, ProgressEvent, ServiceEvent } from './briefing-service-options.js';

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
  const first = await startEngine(
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
  // Before the first reload, which they are there to spare: the extractors compiled, and the
  // index of the people directory that relinking a reload's surnames reads (one pass over every
  // person, in slices). After the tables a start restores in slices, which come first for the questions.
  const warmUp = (): void => {
    warmUpExtraction();
    runStepsInSlices(indexPeopleDirectoryInSteps(engine.knowledge.people)).catch(() => undefined);
  };
  if (engine.ready)
    void engine.ready.then(async () => {
      warmUp();
      if (restoreFallback !== null && options.cacheDir)
        await replaceSnapshot(options, restoreFallback, () => saver.save(engine));
    });
  else warmUp();
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
