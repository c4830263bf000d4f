import type { Article } from '../corpus/article.js';
import type { Citation } from './types.js';

export function citeArticle(article: Article, passage: string): Citation {
  return {
    article: article.id,
    title: article.title,
    source: article.source,
    published: article.published,
    url: article.url,
    passage,
  };
}
