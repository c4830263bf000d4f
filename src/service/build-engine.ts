import type { CorpusLoad } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { buildKnowledge } from '../knowledge/build-knowledge.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import { updateKnowledge } from '../knowledge/update-knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { runStepsInSlices } from '../steps.js';
import { articlesOf, changeFrom, extractionsOf, type Base } from './build-base.js';
import type { CorpusChange } from './corpus-change.js';
import { assembleEngine, createAnswerersInSteps, type Engine } from './engine.js';
import { commitInPlace, type NextKnowledge } from './patch-serving.js';
import { restoreEngineInSlices } from './restore-tables.js';
import { snapshotKnowledge } from './saved-extractions.js';

// Up to this many changed articles are re-indexed inside the commit (a few ms each); more would
// hold the event loop too long, so they get a fresh index built cooperatively instead.
const IN_PLACE_LIMIT = 50;
const MAX_DEAD_SHARE = 0.1;

export interface BuildOptions {
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Extractions made before the build (extractNewArticles), by article id: used instead of extracting. */
  extracted?: ReadonlyMap<string, ArticleExtraction>;
  /** A start's tables that could not be restored from the snapshot and were built instead: why. */
  onRestoreFallback?: (reason: string) => void;
}

type ServingBase = Extract<Base, { kind: 'serving' }>;
type SnapshotBase = Extract<Base, { kind: 'snapshot' }>;

/** The ways to a new engine, by what there is to start from and how much changed. */
export type BuildPath =
  /** No base: everything is extracted and built. */
  | { kind: 'cold' }
  /** The serving engine, same content in the same order: its tables stay, the load is new. */
  | { kind: 'keep-serving'; base: ServingBase }
  /** The serving engine, a few files changed: its index and tables take the change in place. */
  | { kind: 'patch-serving'; base: ServingBase }
  /** The serving engine, many files changed: a new index and tables are built beside it, in slices. */
  | { kind: 'rebuild-beside'; base: ServingBase }
  /** A snapshot of the same corpus: everything is restored. */
  | { kind: 'restore-snapshot'; base: SnapshotBase }
  /** A snapshot of a corpus that changed since: restored, then the change applied. */
  | { kind: 'restore-and-patch'; base: SnapshotBase };

/**
 * A build that has done all its slow work and not yet touched anything shared. `commit` is
 * synchronous, so no question is answered half-way through the swap; a build that fails before
 * it, or a commit that throws, leaves the serving engine answering as it did.
 */
export interface PreparedEngine {
  /** What differs from the base (everything is added when there is none). */
  change: CorpusChange;
  path: BuildPath['kind'];
  commit(): Engine;
}

export function choosePath(corpus: CorpusLoad, base: Base | null, change: CorpusChange): BuildPath {
  if (!base) return { kind: 'cold' };
  const unchanged = change.replaced.length === 0 && change.removed.length === 0;
  // Reading order (ties, quotations in order) follows the knowledge maps' order, which must stay a
  // fresh build's: a feed reordered while stopped, or after the snapshot a delta follows, changes no
  // article yet needs the tables viewed again in the new order, as a patch does.
  if (base.kind === 'snapshot')
    return unchanged && isInOrder(articlesOf(base), corpus)
      ? { kind: 'restore-snapshot', base }
      : { kind: 'restore-and-patch', base };
  if (unchanged && (corpus.change?.inPlace || isInOrder(base.engine.knowledge.articles, corpus)))
    return { kind: 'keep-serving', base };
  const small = change.removed.length + change.replaced.length <= IN_PLACE_LIMIT;
  if (small && base.engine.passages.deadShare < MAX_DEAD_SHARE) return { kind: 'patch-serving', base };
  return { kind: 'rebuild-beside', base };
}

export async function prepareEngine(
  corpus: CorpusLoad,
  base: Base | null,
  options: BuildOptions = {},
): Promise<PreparedEngine> {
  const change = changeFrom(base, corpus);
  const path = choosePath(corpus, base, change);
  const commit = await prepareCommit(path, corpus, change, options);
  return { change, path: path.kind, commit };
}

function prepareCommit(
  path: BuildPath,
  corpus: CorpusLoad,
  change: CorpusChange,
  options: BuildOptions,
): Promise<() => Engine> {
  switch (path.kind) {
    case 'cold':
      return buildCold(corpus, change, options);
    case 'keep-serving':
      return Promise.resolve(() => ({ ...path.base.engine, corpus }));
    case 'patch-serving':
      return patchServing(path.base, corpus, change, options);
    case 'rebuild-beside':
      return rebuildBeside(path.base, corpus, change, options);
    case 'restore-snapshot':
      return Promise.resolve(() => restoreSnapshot(path.base, corpus, options.onRestoreFallback ?? (() => undefined)));
    case 'restore-and-patch':
      return restoreAndPatch(path.base, corpus, change, options);
  }
}

const ready = (engine: Engine) => (): Engine => engine;

async function buildCold(corpus: CorpusLoad, change: CorpusChange, options: BuildOptions): Promise<() => Engine> {
  const knowledge = await buildChanged(corpus, null, change, options);
  return ready(assembleEngine(corpus, knowledge, PassageIndex.build(corpus.articles)));
}

async function patchServing(
  base: ServingBase,
  corpus: CorpusLoad,
  change: CorpusChange,
  options: BuildOptions,
): Promise<() => Engine> {
  // Patching the maps keeps every entry in place: right only when the list kept its order and gained no id.
  const next: NextKnowledge =
    corpus.change?.inPlace && change.added.length === 0
      ? {
          kind: 'patched',
          update: await updateKnowledge(base.engine.knowledge, change, {
            workers: options.workers,
            extracted: options.extracted,
          }),
        }
      : { kind: 'rebuilt', knowledge: await buildChanged(corpus, base, change, options) };
  return () => commitInPlace(base.engine, corpus, change, next);
}

async function rebuildBeside(
  base: ServingBase,
  corpus: CorpusLoad,
  change: CorpusChange,
  options: BuildOptions,
): Promise<() => Engine> {
  const knowledge = await buildChanged(corpus, base, change, options);
  // In slices of ~20 ms, so questions keep flowing (the /when tables alone take over a second on 20,000 articles).
  const passages = await runStepsInSlices(PassageIndex.buildInSteps(corpus.articles));
  const answerers = await runStepsInSlices(createAnswerersInSteps(knowledge));
  return ready(assembleEngine(corpus, knowledge, passages, answerers));
}

/**
 * Serves at once: the extractions and the tables follow in slices (restore-tables.ts), from the
 * commit on; a reader of the extractions before then unpacks the rest of them on the spot.
 */
function restoreSnapshot(base: SnapshotBase, corpus: CorpusLoad, onFallback: (reason: string) => void): Engine {
  const knowledge = snapshotKnowledge(new Map(corpus.articles.map((article) => [article.id, article])), base.snapshot);
  return restoreEngineInSlices(corpus, knowledge, base.snapshot, { onFallback });
}

/** The same, with the knowledge built over the change first: the tables take it once restored. */
async function restoreAndPatch(
  base: SnapshotBase,
  corpus: CorpusLoad,
  change: CorpusChange,
  options: BuildOptions,
): Promise<() => Engine> {
  const knowledge = await buildChanged(corpus, base, change, options);
  const saved: Knowledge = {
    articles: articlesOf(base),
    extractions: extractionsOf(base),
    people: base.snapshot.people,
  };
  const onFallback = options.onRestoreFallback ?? (() => undefined);
  return () => restoreEngineInSlices(corpus, knowledge, base.snapshot, { onFallback, since: { saved, change } });
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
          previous: base.kind === 'serving' ? base.engine.knowledge.people : base.snapshot.people,
          change: { removed: change.removed, upserted: [...replacedIds] },
        }
      : undefined,
  });
}

function isInOrder(before: ReadonlyMap<string, unknown>, corpus: CorpusLoad): boolean {
  const { articles } = corpus;
  if (before.size !== articles.length) return false;
  let index = 0;
  for (const id of before.keys()) if (articles[index++]!.id !== id) return false;
  return true;
}
