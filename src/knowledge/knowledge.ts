import type { Article } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';

/**
 * Everything the answerers read: the articles, what was extracted from each, and the people.
 * A small reload updates the maps in place at its synchronous commit, so read them within one
 * turn of the event loop (as answers and the digest do), or copy what must outlive it.
 */
export interface Knowledge {
  articles: ReadonlyMap<string, Article>;
  extractions: ReadonlyMap<string, ArticleExtraction>;
  people: PeopleDirectory;
}

/** Knowledge as a build holds it: its maps are written only by a reload's commit. */
export interface OwnedKnowledge extends Knowledge {
  articles: Map<string, Article>;
  extractions: Map<string, ArticleExtraction>;
}
