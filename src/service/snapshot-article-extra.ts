import type { Article } from '../corpus/article.js';

/**
 * Articles' `extra` fields (a feed's own metadata: Reuters' collection, topics, places, ids)
 * are an object and half a dozen strings an article, an eighth of a warm start's objects, and
 * nothing that serves reads them (adding an article reads one of a fetched page's). A snapshot
 * stores them as one JSON string an article; a start gives them back parsed when first read.
 */

// An article kept apart as an object (snapshot-articles.ts): its extra as JSON text under this key.
const PACKED_EXTRA = 'extraJson';

// JSON text of each restored article's extra, until it is read. A weak map holds it in one
// table rather than as a property that the article's equality and serialisation would see.
const packedExtras = new WeakMap<object, string>();

/**
 * One accessor for every restored article, so they share one hidden class. The first read
 * puts the parsed object in its place as a plain property, as are every other article's.
 */
const lazyExtra: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Article): Record<string, string> {
    const extra = JSON.parse(packedExtras.get(this) ?? '{}') as Record<string, string>;
    settle(this, extra);
    return extra;
  },
  set(this: Article, value: Record<string, string>): void {
    settle(this, value);
  },
};

function settle(article: Article, extra: Record<string, string>): void {
  packedExtras.delete(article);
  Object.defineProperty(article, 'extra', { value: extra, enumerable: true, configurable: true, writable: true });
}

/** The article's extra as JSON text: text not yet read is given as it came, without parsing it to write it again. */
export function extraJsonOf(article: Article): string {
  return packedExtras.get(article) ?? JSON.stringify(article.extra);
}

/** `article` (without its extra) with an extra read from `json` when first asked; returned as an Article. */
export function settleLazyExtra(article: Omit<Article, 'extra'>, json: string): Article {
  packedExtras.set(article, json);
  Object.defineProperty(article, 'extra', lazyExtra);
  return article as Article;
}

// The fields of an article, but its extra, in the order the loader gives them.
const ARTICLE_KEYS = ['title', 'published', 'source', 'url', 'paragraphs', 'credits', 'id', 'path', 'contentHash'];
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** Whether the snapshot's stream can hold the article: these fields in this order with these types, and an extra. */
export function isUsualArticle(article: Article): boolean {
  const keys = Object.keys(article).filter((key) => key !== 'extra');
  return (
    keys.length === ARTICLE_KEYS.length &&
    keys.every((key, index) => key === ARTICLE_KEYS[index]) &&
    Object.keys(article).includes('extra') &&
    isText(article.title) &&
    isTextOrNull(article.published) &&
    isTextOrNull(article.source) &&
    isTextOrNull(article.url) &&
    Array.isArray(article.paragraphs) &&
    article.paragraphs.every(isText) &&
    Array.isArray(article.credits) &&
    article.credits.every(isText) &&
    isText(article.id) &&
    isText(article.path) &&
    isText(article.contentHash)
  );
}

/** A copy of an article of another shape for the snapshot, its extra as JSON text; the original is untouched. */
export function packArticleApart(article: Article): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'extra') copy[key] = article[key as keyof Article];
  copy[PACKED_EXTRA] = extraJsonOf(article);
  return copy;
}

/** An article kept apart, in place (fresh from deserialisation): its extra read when asked. */
export function restoreArticleApart(packed: unknown): Article {
  const fields = packed as Partial<Record<typeof PACKED_EXTRA, unknown>> & { id?: unknown };
  const json = fields?.[PACKED_EXTRA];
  if (typeof json !== 'string') throw new Error(`the article ${String(fields?.id)} has no extra fields`);
  delete fields[PACKED_EXTRA];
  return settleLazyExtra(fields as Omit<Article, 'extra'>, json);
}
