import type { Article } from '../corpus/article.js';
import { updatePeopleDirectoryInSteps } from '../extract/people/index.js';
import { runStepsInSlices } from '../steps.js';
import type { ArticleExtraction } from '../extract/types.js';
import { extractInWorkers } from './extract-in-workers.js';
import type { Knowledge, OwnedKnowledge } from './knowledge.js';
import { PatchedMap } from './patched-map.js';

export interface KnowledgeEdit {
  /** Articles with new content, each under an id `base` already has. */
  replaced: readonly Article[];
  /** Ids of articles gone. */
  removed: readonly string[];
}

/** A reload's knowledge, worked out and not yet written. */
export interface KnowledgeUpdate {
  /** The knowledge after the edit, read through the unchanged base: what the tables update from. */
  preview: Knowledge;
  /** Writes the edit into the base's maps; it cannot fail half-way (map writes only). */
  commit(): OwnedKnowledge;
}

/**
 * The knowledge after an edit that adds no article id, in time that grows with the edit rather
 * than the corpus: only the replaced articles are extracted and only the names they touch are
 * linked again. The serving maps are not copied: `commit` writes the edit into them (no entry
 * moves, so reading order stays that of a fresh build) and must run once nothing reads the
 * old state, that is inside the synchronous swap.
 */
export async function updateKnowledge(
  base: OwnedKnowledge,
  edit: KnowledgeEdit,
  options: { workers?: number; extracted?: ReadonlyMap<string, ArticleExtraction> } = {},
): Promise<KnowledgeUpdate> {
  // Extractions made beforehand are taken as they are; only what is missing is extracted here.
  const missing = edit.replaced.filter((article) => !options.extracted?.has(article.id));
  const fresh = [
    ...edit.replaced.flatMap((article) => options.extracted?.get(article.id) ?? []),
    ...(await extractInWorkers(missing, { workers: options.workers })),
  ];
  const removed = new Set(edit.removed);
  const articles = new PatchedMap(
    base.articles,
    new Map(edit.replaced.map((article) => [article.id, article])),
    removed,
  );
  const extractions = new PatchedMap<string, ArticleExtraction>(
    base.extractions,
    new Map(fresh.map((extraction) => [extraction.articleId, extraction])),
    removed,
  );
  // In slices: the serving maps it reads through stay as they are until the commit.
  const people = await runStepsInSlices(
    updatePeopleDirectoryInSteps(base.people, extractions, {
      removed: edit.removed,
      upserted: edit.replaced.map((article) => article.id),
    }),
  );
  let committed = false;
  return {
    preview: { articles, extractions, people },
    commit() {
      if (committed) throw new Error('updateKnowledge: the update is already committed');
      committed = true;
      articles.applyTo(base.articles);
      extractions.applyTo(base.extractions);
      return { articles: base.articles, extractions: base.extractions, people };
    },
  };
}
