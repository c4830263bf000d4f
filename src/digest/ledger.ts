import type { Article } from '../corpus/article.js';
import type { DigestStoreState } from './store-state.js';

type Ledger = DigestStoreState['ledger'];

/** The article version a ledger numbers: an edited article is a new version, new again. */
export function versionOf(article: Article): string {
  return article.contentHash.slice(0, 16);
}

/** The order new article versions are numbered in: oldest publication first, so numbers roughly follow the news. */
export function arrivalOrder(left: Article, right: Article): number {
  return (left.published ?? '').localeCompare(right.published ?? '') || left.id.localeCompare(right.id);
}

/**
 * Numbers the article versions the ledger has not seen, oldest publication first so numbers
 * roughly follow the news, and drops the entries of articles no longer in the corpus (the
 * ledger would otherwise grow forever, and the store is rewritten on every change): an article
 * removed and added again later is new again. Replaces `ledger.entries` with a new object
 * (callers pass a draft whose entries are shared with the current state). Returns, for each
 * article, its number.
 */
export function recordArrivals(ledger: Ledger, articles: readonly Article[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const unseen: Article[] = [];
  // No prototype: an article id such as "__proto__" is a key like any other.
  const entries = Object.create(null) as Ledger['entries'];
  for (const article of articles) {
    const entry = Object.hasOwn(ledger.entries, article.id) ? ledger.entries[article.id] : undefined;
    if (entry && entry[0] === versionOf(article)) {
      numbers.set(article.id, entry[1]);
      entries[article.id] = entry;
    } else unseen.push(article);
  }
  unseen.sort(arrivalOrder);
  for (const article of unseen) {
    const number = ledger.next;
    ledger.next += 1;
    entries[article.id] = [versionOf(article), number];
    numbers.set(article.id, number);
  }
  ledger.entries = entries;
  return numbers;
}

/** The articles numbered after `highWater`: what a guild has not been sent. */
export function articlesAfter(
  articles: readonly Article[],
  numbers: ReadonlyMap<string, number>,
  highWater: number,
): { articles: Article[]; highWater: number } {
  let newest = highWater;
  const fresh = articles.filter((article) => {
    const number = numbers.get(article.id) ?? 0;
    if (number > highWater) newest = Math.max(newest, number);
    return number > highWater;
  });
  return { articles: fresh, highWater: newest };
}
