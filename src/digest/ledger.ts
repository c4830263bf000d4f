import type { Article } from '../corpus/article.js';
import type { DigestStoreState } from './store-state.js';

type Ledger = DigestStoreState['ledger'];

function versionOf(article: Article): string {
  return article.contentHash.slice(0, 16);
}

/**
 * Numbers the article versions the ledger has not seen, oldest publication first so numbers
 * roughly follow the news. Mutates `ledger` (callers pass a draft). Returns, for each article,
 * its number.
 */
export function recordArrivals(ledger: Ledger, articles: readonly Article[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const unseen: Article[] = [];
  for (const article of articles) {
    const entry = ledger.entries[article.id];
    if (entry && entry[0] === versionOf(article)) numbers.set(article.id, entry[1]);
    else unseen.push(article);
  }
  unseen.sort(
    (left, right) => (left.published ?? '').localeCompare(right.published ?? '') || left.id.localeCompare(right.id),
  );
  for (const article of unseen) {
    const number = ledger.next;
    ledger.next += 1;
    ledger.entries[article.id] = [versionOf(article), number];
    numbers.set(article.id, number);
  }
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
