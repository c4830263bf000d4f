import type { Article } from './article.js';
import {
  hashString,
  jaccard,
  minHashSignature,
  normalizeWords,
  shingleHashes,
  signatureLength,
} from '../text/fingerprint.js';

/**
 * Finds exact and near-duplicate articles (syndicated copies, repeats, corrections): the
 * digest lists a story once (`groupDuplicates`) and answers fold copies (`createCopyCheck`).
 * Exact copies share their normalised body; near copies are found with MinHash + LSH bands and
 * confirmed by the real shingle Jaccard. A short body (price tables, one-line notices) says too
 * little to prove a copy, so it also needs similar titles: otherwise two companies' identical
 * "qtly div" notices would merge. Copies are published within days of each other; a weekly
 * report that reuses last week's wording is a new story, so bodies dated further apart must be
 * near-identical.
 */

export interface DuplicateOptions {
  /** Shingle Jaccard at or above which two bodies are the same story. */
  bodySimilarity: number;
  /** Bodies with fewer words also need `titleSimilarity` between their titles. */
  shortBodyWords: number;
  titleSimilarity: number;
  /** Copies dated more than this many days apart need `distantSimilarity`. */
  copyWindowDays: number;
  distantSimilarity: number;
}

export const defaultDuplicateOptions: DuplicateOptions = {
  bodySimilarity: 0.6,
  shortBodyWords: 25,
  titleSimilarity: 0.75,
  copyWindowDays: 3,
  distantSimilarity: 0.95,
};

const bandRows = 4;

/** What the copy check compares of an article; the PostgreSQL engine stores it beside the article. */
export interface Fingerprint {
  words: number;
  shingles: Set<number>;
  titleWords: Set<string>;
  day: number | null;
}

export function fingerprintOf(article: Article): Fingerprint {
  const words = normalizeWords(article.paragraphs.join('\n'));
  return {
    words: words.length,
    shingles: shingleHashes(words),
    titleWords: new Set(normalizeWords(article.title)),
    day: article.published ? Math.floor(Date.parse(article.published) / 86_400_000) : null,
  };
}

function titleJaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export function isSameStory(
  left: Fingerprint,
  right: Fingerprint,
  options: DuplicateOptions = defaultDuplicateOptions,
): boolean {
  if (left.shingles.size === 0 || right.shingles.size === 0) return false;
  const distant = left.day !== null && right.day !== null && Math.abs(left.day - right.day) > options.copyWindowDays;
  const similarity = jaccard(left.shingles, right.shingles);
  if (similarity < (distant ? options.distantSimilarity : options.bodySimilarity)) return false;
  const short = Math.min(left.words, right.words) < options.shortBodyWords;
  return !short || titleJaccard(left.titleWords, right.titleWords) >= options.titleSimilarity;
}

function createUnionFind(size: number): { find(index: number): number; join(a: number, b: number): void } {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = index;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  return { find, join: (a, b) => void (parent[find(a)] = find(b)) };
}

/** Groups of articles telling the same story; each group keeps the input order. */
export function groupDuplicates(
  articles: readonly Article[],
  options: DuplicateOptions = defaultDuplicateOptions,
): Article[][] {
  const fingerprints = articles.map(fingerprintOf);
  const union = createUnionFind(articles.length);
  const buckets = new Map<string, number[]>();
  fingerprints.forEach((fingerprint, index) => {
    if (fingerprint.shingles.size === 0) return;
    const signature = minHashSignature(fingerprint.shingles);
    for (let band = 0; band < signatureLength / bandRows; band += 1) {
      const rows = Array.from(signature.subarray(band * bandRows, band * bandRows + bandRows));
      const key = `${band}:${hashString(rows.join(','))}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const compared = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let left = 0; left < bucket.length; left += 1) {
      for (let right = left + 1; right < bucket.length; right += 1) {
        const a = bucket[left] ?? 0;
        const b = bucket[right] ?? 0;
        const pair = `${a}:${b}`;
        if (union.find(a) === union.find(b) || compared.has(pair)) continue;
        compared.add(pair);
        const first = fingerprints[a];
        const second = fingerprints[b];
        if (first && second && isSameStory(first, second, options)) union.join(a, b);
      }
    }
  }
  const groups = new Map<number, Article[]>();
  articles.forEach((article, index) => {
    const root = union.find(index);
    const group = groups.get(root);
    if (group) group.push(article);
    else groups.set(root, [article]);
  });
  return [...groups.values()];
}

/**
 * Whether two articles are copies of one story, for a few articles at a time (those an answer
 * cites). Fingerprints of the articles asked about most recently are kept, so a question
 * asked again costs no re-reading of bodies; the whole corpus is never fingerprinted.
 */
export function createCopyCheck(
  options: DuplicateOptions = defaultDuplicateOptions,
  remembered = 512,
): (left: Article, right: Article) => boolean {
  const fingerprints = new Map<Article, Fingerprint>();
  const fingerprint = (article: Article): Fingerprint => {
    let found = fingerprints.get(article);
    if (found) {
      fingerprints.delete(article);
    } else {
      found = fingerprintOf(article);
      if (fingerprints.size >= remembered) fingerprints.delete(fingerprints.keys().next().value!);
    }
    fingerprints.set(article, found);
    return found;
  };
  return (left, right) => left === right || isSameStory(fingerprint(left), fingerprint(right), options);
}
