import type { AnswerSet } from '../answer/types.js';
import type { Article, CorpusLoad, FileRecord } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { BriefingService, CorpusOverview, ReloadReport } from './briefing-service.js';
import { buildEngine, type Engine } from './engine.js';
import { suggestArticles, suggestPeople } from './suggest.js';

export interface ProgressEvent {
  stage: 'load' | 'extract';
  done: number;
  total: number;
}

export interface BriefingServiceOptions {
  corpusDir: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Replaces loadCorpus, for tests that make a reload fail or slow. */
  load?: (corpusDir: string, previous?: readonly FileRecord[]) => Promise<CorpusLoad>;
  /** Worker threads for extraction (default: one a core). */
  workers?: number;
}

/** Loads and indexes the corpus, then serves it; a reload swaps in a whole new engine or nothing. */
export async function createBriefingService(options: BriefingServiceOptions): Promise<BriefingService> {
  const load =
    options.load ??
    ((dir: string, previous?: readonly FileRecord[]) =>
      loadCorpus(dir, { previous, onProgress: (done, total) => options.onProgress?.({ stage: 'load', done, total }) }));
  // A reload reads only changed files and extracts only changed content: the previous engine's
  // readings and extractions are reused by file time and content hash.
  const build = async (previous?: Engine): Promise<Engine> => {
    const corpus = await load(options.corpusDir, previous?.files);
    const byHash = new Map<string, ArticleExtraction>();
    if (previous) {
      for (const [id, article] of previous.knowledge.articles) byHash.set(article.contentHash, previous.knowledge.extractions.get(id)!);
    }
    return buildEngine(corpus, {
      workers: options.workers,
      cached: (article) => byHash.get(article.contentHash),
      onProgress: (done, total) => options.onProgress?.({ stage: 'extract', done, total }),
    });
  };
  let engine = await build();
  let reloading: Promise<ReloadReport> | null = null;

  const articles = (): Article[] => [...engine.knowledge.articles.values()];

  return {
    ask(command, query): AnswerSet {
      try {
        return engine.answer(command, query);
      } catch (error) {
        return { command, query, answers: [], error: `briefbot failed to answer: ${(error as Error).message}` };
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
      const dates = all.map((article) => article.published).filter((date): date is string => date !== null).sort();
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
        skipped: engine.skipped,
      };
    },
    listArticles() {
      return articles().sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    },
    isReloading() {
      return reloading !== null;
    },
    reload() {
      if (reloading) return Promise.reject(new Error('a reload is already running'));
      const started = performance.now();
      const previous = engine;
      reloading = build(previous)
        .then((next) => {
          engine = next;
          return compareEngines(previous, next, performance.now() - started);
        })
        .finally(() => {
          reloading = null;
        });
      return reloading;
    },
  };
}

function compareEngines(previous: Engine, next: Engine, milliseconds: number): ReloadReport {
  const before = previous.knowledge.articles;
  const after = next.knowledge.articles;
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, article] of after) {
    const old = before.get(id);
    if (!old) added.push(id);
    else if (old.contentHash !== article.contentHash) changed.push(id);
  }
  const removed = [...before.keys()].filter((id) => !after.has(id));
  return { added, changed, removed, skipped: next.skipped, articles: after.size, milliseconds: Math.round(milliseconds) };
}
