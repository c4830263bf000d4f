import type { Article } from '../corpus/article.js';
import { extractEvents } from '../extract/dates/index.js';
import { extractPeople, linkPeople } from '../extract/people/index.js';
import { extractQuotations } from '../extract/quotes/index.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Knowledge } from './knowledge.js';

/** Extraction of one article: people first, since quotations are attributed to them. */
export function extractArticle(article: Article): ArticleExtraction {
  const people = extractPeople(article);
  return {
    articleId: article.id,
    people,
    events: extractEvents(article),
    quotations: extractQuotations(article, people),
  };
}

export interface BuildKnowledgeOptions {
  /** Extractions already made for unchanged articles, keyed by content hash and id. */
  cached?: (article: Article) => ArticleExtraction | undefined;
  onProgress?: (done: number, total: number) => void;
}

/** Runs every extractor once over the corpus, then links people across articles. */
export function buildKnowledge(articles: readonly Article[], options: BuildKnowledgeOptions = {}): Knowledge {
  const extractions = new Map<string, ArticleExtraction>();
  articles.forEach((article, index) => {
    extractions.set(article.id, options.cached?.(article) ?? extractArticle(article));
    options.onProgress?.(index + 1, articles.length);
  });
  const extractionList = [...extractions.values()];
  return {
    articles: new Map(articles.map((article) => [article.id, article])),
    extractions,
    people: linkPeople([...articles], extractionList),
  };
}
