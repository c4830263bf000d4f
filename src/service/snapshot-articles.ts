import type { Article, FileRecord } from '../corpus/article.js';

/**
 * Articles' `extra` fields (a feed's own metadata: Reuters' collection, topics, places, ids)
 * are an object and half a dozen strings an article, an eighth of a warm start's objects, and
 * nothing that serves reads them (adding an article reads one of a fetched page's). A snapshot
 * stores them as one JSON string an article; a start gives them back parsed when first read.
 */

// A file record as the snapshot stores it: articles with `extra` as JSON text under this key.
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

/** Copies of `files` for a snapshot, each article's extra as JSON text; the originals are untouched. */
export function packFileRecords(files: readonly FileRecord[]): unknown[] {
  return files.map((file) =>
    file.articles
      ? {
          ...file,
          articles: file.articles.map((article) => {
            // Text not yet read is stored as it came, without parsing it to write it again.
            const json = packedExtras.get(article) ?? JSON.stringify(article.extra);
            const copy: Record<string, unknown> = {};
            for (const key of Object.keys(article)) if (key !== 'extra') copy[key] = article[key as keyof Article];
            copy[PACKED_EXTRA] = json;
            return copy;
          }),
        }
      : file,
  );
}

/** The file records of a snapshot, in place (fresh from deserialisation): extras read when asked. */
export function unpackFileRecords(files: unknown[]): FileRecord[] {
  for (const file of files as FileRecord[]) {
    for (const article of file.articles ?? []) {
      const packed = article as Partial<Record<typeof PACKED_EXTRA, unknown>>;
      const json = packed[PACKED_EXTRA];
      if (typeof json !== 'string') throw new Error(`the article ${article.id} has no extra fields`);
      delete packed[PACKED_EXTRA];
      packedExtras.set(article, json);
      Object.defineProperty(article, 'extra', lazyExtra);
    }
  }
  return files as FileRecord[];
}
