import type { Article } from '../corpus/article.js';
import type { DigestEntry } from './types.js';

/** Newest publication first; undated last; then by id so the order is stable. */
export function compareNewestFirst(left: Article, right: Article): number {
  if (left.published !== right.published) {
    if (left.published === null) return 1;
    if (right.published === null) return -1;
    return left.published < right.published ? 1 : -1;
  }
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/** One entry per group of copies; the newest copy gives the title and link. */
export function entryFromGroup(group: readonly Article[]): DigestEntry {
  const copies = [...group].sort(compareNewestFirst);
  const shown = copies[0];
  if (!shown) throw new Error('entryFromGroup: empty group');
  const sources: string[] = [];
  for (const copy of copies) {
    if (copy.source && !sources.includes(copy.source)) sources.push(copy.source);
  }
  return {
    articleId: shown.id,
    title: shown.title.trim() || shown.id,
    url: shown.url ?? copies.find((copy) => copy.url)?.url ?? null,
    published: shown.published,
    sources,
    copies: copies.map((copy) => ({
      articleId: copy.id,
      source: copy.source,
      url: copy.url,
      published: copy.published,
    })),
  };
}
