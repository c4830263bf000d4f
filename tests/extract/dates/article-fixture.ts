import type { Article } from '../../../src/corpus/article.js';

/** A hand-built article: the dates rules only read `published` and `paragraphs`. */
export function newsArticle(paragraphs: string[], published: string | null, id = 'test-article'): Article {
  return {
    id,
    path: `${id}.txt`,
    title: 'Test article',
    published,
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}
