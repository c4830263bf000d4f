import type { Article } from '../corpus/article.js';
import { extractEvents } from '../extract/dates/index.js';
import { extractPeople } from '../extract/people/index.js';
import { extractQuotations } from '../extract/quotes/index.js';
import type { ArticleExtraction } from '../extract/types.js';

/**
 * Extraction of one article: people first, since quotations are attributed to them. A module
 * of its own so that extraction workers load the extractors alone, not the build around them.
 */
export function extractArticle(article: Article): ArticleExtraction {
  const people = extractPeople(article);
  return {
    articleId: article.id,
    people,
    events: extractEvents(article),
    quotations: extractQuotations(article, people),
  };
}
