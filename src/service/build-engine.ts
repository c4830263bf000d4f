import type { Article, CorpusLoad, FileChange } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { buildKnowledge } from '../knowledge/build-knowledge.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import { updateKnowledge } from '../knowledge/update-knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { runStepsInSlices } from '../steps.js';
import {
  assembleEngine,
  createAnswerers,
  createAnswerersInSteps,
  snapshotAnswerers,
  updateAnswerers,
  type Engine,
} from './engine.js';
import { SNAPSHOT_VERSION, type EngineSnapshot } from './snapshot.js';

// Up to this many changed articles are re-indexed inside the commit (a few ms each); more would
// hold the event loop too long, so they get a fresh index built cooperatively instead.
const IN_PLACE_LIMIT = 50;
const MAX_DEAD_SHARE = 0.1;

export interface BuildOptions {
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Extractions made before the build (extractNewArticles), by article id: used instead of extracting. */
  extracted?: ReadonlyMap<string, ArticleExtraction>;
}

/** What an earlier build left to reuse: the serving engine on reload, a snapshot at start. */
export type Base = { engine: Engine } | { snapshot: EngineSnapshot };

/**
 * A build that has done all its slow work and not yet touched anything shared. `commit` is
 * synchronous, so no question is answered half-way through the swap; a build that fails before
 * it leaves the serving engine as it was.
 */
export interface PreparedEngine {
  /** What differs from the base (everything is added when there is none). */
  change: CorpusChange;
  commit(): Engine;
}

export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
  /** The added and changed articles. */
  replaced: Article[];
}

/** One pass over the new corpus; the removed ids are looked for only when some are missing. */
export function diffCorpus(before: ReadonlyMap<string, Article>, articles: readonly Article[]): CorpusChange {
  const added: string[] = [];
  const changed: string[] = [];
  const replaced: Article[] = [];
  for (const article of articles) {
    const previous = before.get(article.id);
    if (isSameArticle(previous, article)) continue;
    (previous ? changed : added).push(article.id);
    replaced.push(article);
  }
  let removed: string[] = [];
  if (articles.length - added.length !== before.size) {
    const present = new Set(articles.map((article) => article.id));
    removed = [...before.keys()].filter((id) => !present.has(id));
  }
  return { added, changed, removed, replaced };
}

/** Same bytes from the same path: the same bytes under another name may be another format. */
function isSameArticle(previous: Article | undefined, article: Article): boolean {
  return previous !== undefined && previous.contentHash === article.contentHash && previous.path === article.path;
}

/** The same as `diffCorpus`, from the files read again alone: each article id belongs to one file. */
export function diffFiles(files: FileChange): CorpusChange {
  const before = new Map<string, Article>();
  for (const record of files.before) for (const article of record.articles ?? []) before.set(article.id, article);
  const added: string[] = [];
  const changed: string[] = [];
  const replaced: Article[] = [];
  for (const record of files.after) {
    for (const article of record.articles ?? []) {
      const previous = before.get(article.id);
      before.delete(article.id);
      if (isSameArticle(previous, article)) continue;
      (previous ? changed : added).push(article.id);
      replaced.push(article);
    }
  }
  return { added, changed, removed: [...before.keys()], replaced };
}

export async function prepareEngine(
  corpus: CorpusLoad,
  base: Base | null,
  options: BuildOptions = {},
): Promise<PreparedEngine> {
  const baseArticles: ReadonlyMap<string, Article> = base ? articlesOf(base) : new Map<string, Article>();
  // The loader was given the serving engine's load, so its file change is relative to that.
  const change =
    base && 'engine' in base && corpus.change ? diffFiles(corpus.change) : diffCorpus(baseArticles, corpus.articles);
  const unchanged = base !== null && change.replaced.length === 0 && change.removed.length === 0;

  // Reading order (ties, quotations in order) follows the knowledge maps' order, which must stay a fresh build's.
  if (
    base &&
    unchanged &&
    ('snapshot' in base || corpus.change?.inPlace || isInOrder(base.engine.knowledge, corpus.articles))
  ) {
    if ('engine' in base) {
      // Same content in the same order: keep the tables, take the new file times and skip list.
      const engine: Engine = { ...base.engine, corpus };
      return { change, commit: () => engine };
    }
    const knowledge: OwnedKnowledge = {
      articles: new Map(corpus.articles.map((article) => [article.id, article])),
      extractions: new Map(base.snapshot.extractions.map((extraction) => [extraction.articleId, extraction])),
      people: base.snapshot.people,
    };
    const engine = assembleEngine(
      corpus,
      knowledge,
      PassageIndex.fromSnapshot(base.snapshot.passages, knowledge.articles),
      createAnswerers(knowledge, base.snapshot.answerers),
    );
    return { change, commit: () => engine };
  }

  const { removed, replaced } = change;
  const upsert = { removed, upserted: replaced.map((article) => article.id) };
  if (
    base &&
    'engine' in base &&
    removed.length + replaced.length <= IN_PLACE_LIMIT &&
    base.engine.passages.deadShare < MAX_DEAD_SHARE
  ) {
    // A few files: update the serving knowledge, index and tables in place, inside the synchronous commit.
    const { passages, answerers } = base.engine;
    // Patching the maps keeps every entry in place: right only when the list kept its order and gained no id.
    const update =
      corpus.change?.inPlace && change.added.length === 0
        ? await updateKnowledge(base.engine.knowledge, change, {
            workers: options.workers,
            extracted: options.extracted,
          })
        : null;
    const rebuilt = update ? null : await buildChanged(corpus, base, change, options);
    return {
      commit: () => {
        const next = update ? update.commit() : rebuilt!;
        for (const id of removed) passages.removeArticle(id);
        for (const article of replaced) passages.addArticle(article);
        updateAnswerers(answerers, next, upsert);
        return assembleEngine(corpus, next, passages, answerers);
      },
      change,
    };
  }
  const knowledge = await buildChanged(corpus, base, change, options);
  if (base && 'engine' in base) {
    // Many files: a new index and tables built beside the serving ones, in slices of ~20 ms, so
    // questions keep flowing (the /when tables alone take over a second on 20,000 articles).
    const passages = await runStepsInSlices(PassageIndex.buildInSteps(corpus.articles));
    const engine = assembleEngine(
      corpus,
      knowledge,
      passages,
      await runStepsInSlices(createAnswerersInSteps(knowledge)),
    );
    return { change, commit: () => engine };
  }
  if (!base) {
    const engine = assembleEngine(corpus, knowledge, PassageIndex.build(corpus.articles));
    return { change, commit: () => engine };
  }
  // A start whose corpus changed since the snapshot: restore, then apply the change.
  const passages = PassageIndex.fromSnapshot(base.snapshot.passages, baseArticles);
  for (const id of removed) passages.removeArticle(id);
  for (const article of replaced) passages.addArticle(article);
  // Tables restore only against the knowledge they were saved with; then they take the change.
  const savedKnowledge: Knowledge = {
    articles: baseArticles,
    extractions: extractionsOf(base),
    people: base.snapshot.people,
  };
  const answerers = createAnswerers(savedKnowledge, base.snapshot.answerers);
  updateAnswerers(answerers, knowledge, upsert);
  const engine = assembleEngine(corpus, knowledge, passages, answerers);
  return { change, commit: () => engine };
}

/** Knowledge over the whole new corpus, extracting only what is new or changed since the base. */
function buildChanged(
  corpus: CorpusLoad,
  base: Base | null,
  change: CorpusChange,
  options: BuildOptions,
): Promise<OwnedKnowledge> {
  const baseExtractions = base ? extractionsOf(base) : new Map<string, ArticleExtraction>();
  const replacedIds = new Set(change.replaced.map((article) => article.id));
  return buildKnowledge(corpus.articles, {
    workers: options.workers,
    onProgress: options.onProgress,
    // An article whose id and content are unchanged keeps its extraction.
    cached: (article) =>
      options.extracted?.get(article.id) ?? (replacedIds.has(article.id) ? undefined : baseExtractions.get(article.id)),
    people: base
      ? {
          previous: 'engine' in base ? base.engine.knowledge.people : base.snapshot.people,
          change: { removed: change.removed, upserted: [...replacedIds] },
        }
      : undefined,
  });
}

function isInOrder(knowledge: OwnedKnowledge, articles: readonly Article[]): boolean {
  if (knowledge.articles.size !== articles.length) return false;
  let index = 0;
  for (const id of knowledge.articles.keys()) if (articles[index++]!.id !== id) return false;
  return true;
}

export function articlesOf(base: Base): ReadonlyMap<string, Article> {
  if ('engine' in base) return base.engine.knowledge.articles;
  // The first file to give an id keeps it, as the loader decided when the snapshot was made.
  const articles = new Map<string, Article>();
  for (const file of base.snapshot.files)
    for (const article of file.articles ?? []) if (!articles.has(article.id)) articles.set(article.id, article);
  return articles;
}

export function extractionsOf(base: Base): ReadonlyMap<string, ArticleExtraction> {
  return 'engine' in base
    ? base.engine.knowledge.extractions
    : new Map(base.snapshot.extractions.map((extraction) => [extraction.articleId, extraction]));
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
