import { createHash } from 'node:crypto';
import type { Article } from '../article.js';

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src|smid)$/i;

/** A link as its page: no fragment, no tracking parameters, no "www.", no trailing slash, http = https. */
export function normalizeUrl(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    const parameters = [...url.searchParams.entries()].filter(([name]) => !TRACKING.test(name)).sort();
    const query = parameters.map(([name, value]) => `${name}=${value}`).join('&');
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const port = url.port ? `:${url.port}` : '';
    return `${host}${port}${url.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

const bodyKeys = new WeakMap<Article, string>();

/** The body's words, for "the same content": markup, case, spacing and punctuation aside. */
export function bodyKey(paragraphs: readonly string[]): string {
  const words = paragraphs.join(' ').toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

function articleBodyKey(article: Article): string {
  let key = bodyKeys.get(article);
  if (key === undefined) {
    key = bodyKey(article.paragraphs);
    bodyKeys.set(article, key);
  }
  return key;
}

export type Duplicate = { article: Article; by: 'link' | 'content' };

/** An article of the corpus with one of these links (its own or the one it was fetched from), else with this body. */
export function findDuplicate(
  articles: readonly Article[],
  links: ReadonlyArray<string | null>,
  paragraphs: readonly string[] | null,
): Duplicate | null {
  const wanted = new Set(links.map(normalizeUrl).filter((link): link is string => link !== null));
  if (wanted.size > 0) {
    const byLink = articles.find(
      (article) =>
        wanted.has(normalizeUrl(article.url) ?? '') || wanted.has(normalizeUrl(article.extra.fetchedUrl) ?? ''),
    );
    if (byLink) return { article: byLink, by: 'link' };
  }
  if (!paragraphs || paragraphs.length === 0) return null;
  const key = bodyKey(paragraphs);
  const byContent = articles.find((article) => articleBodyKey(article) === key);
  return byContent ? { article: byContent, by: 'content' } : null;
}
