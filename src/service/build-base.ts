import type { Article, CorpusLoad } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { diffCorpus, diffFiles, type CorpusChange } from './corpus-change.js';
import type { Engine } from './engine.js';
import type { EngineSnapshot } from './snapshot.js';
import type { DeltaEntry } from './snapshot-delta.js';
import { articlesOfFiles } from './snapshot-extractions.js';

/**
 * What an earlier build left to reuse: the serving engine on reload, a snapshot at start (with
 * the extractions of articles changed since it was written, by article id).
 */
export type Base =
  | { kind: 'serving'; engine: Engine }
  | { kind: 'snapshot'; snapshot: EngineSnapshot; changedSince: ReadonlyMap<string, DeltaEntry> };

// A start asks a snapshot for its maps several times (what changed, what to extract, the
// restore): each is made once a snapshot, 20,000 entries on Reuters, 176,000 at 8 copies.
const snapshotExtractions = new WeakMap<EngineSnapshot, Map<string, ArticleExtraction>>();

export function articlesOf(base: Base): ReadonlyMap<string, Article> {
  if (base.kind === 'serving') return base.engine.knowledge.articles;
  // The first file to give an id keeps it, as the loader decided when the snapshot was made.
  return articlesOfFiles(base.snapshot.files);
}

export function extractionsOf(base: Base): ReadonlyMap<string, ArticleExtraction> {
  if (base.kind === 'serving') return base.engine.knowledge.extractions;
  if (base.snapshot.savedExtractions) return base.snapshot.savedExtractions.all();
  let extractions = snapshotExtractions.get(base.snapshot);
  if (!extractions) {
    extractions = new Map(base.snapshot.extractions.map((extraction) => [extraction.articleId, extraction]));
    snapshotExtractions.set(base.snapshot, extractions);
  }
  return extractions;
}

/** Which articles the base holds an extraction of: a snapshot's tells without unpacking them. */
export function extractedIdsOf(base: Base): { has(articleId: string): boolean } {
  return base.kind === 'snapshot' && base.snapshot.savedExtractions
    ? base.snapshot.savedExtractions
    : extractionsOf(base);
}

/** What the loader's files say of the base: the serving engine's files, or the snapshot's. */
export function previousLoadOf(base: Base | null): Pick<CorpusLoad, 'files' | 'walk'> | undefined {
  if (!base) return undefined;
  return base.kind === 'serving' ? base.engine.corpus : { files: base.snapshot.files };
}

/** What differs between the base and a new load (everything is added when there is no base). */
export function changeFrom(base: Base | null, corpus: CorpusLoad): CorpusChange {
  // The loader was given the serving engine's load, so its file change is relative to that.
  if (base?.kind === 'serving' && corpus.change) return diffFiles(corpus.change);
  return diffCorpus(base ? articlesOf(base) : new Map<string, Article>(), corpus.articles);
}
