import type { Article } from '../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';

/** Everything the answerers read: the articles, what was extracted from each, and the people. */
export interface Knowledge {
  articles: ReadonlyMap<string, Article>;
  extractions: ReadonlyMap<string, ArticleExtraction>;
  people: PeopleDirectory;
}
