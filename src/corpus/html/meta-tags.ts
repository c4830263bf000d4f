import type { DomDocument } from './dom.js';

/**
 * The page's <meta> tags by lower-cased name, property or itemprop, first value kept: one pass
 * over the tags instead of a selector a key, and case-blind (sites write `Date`, `DC.Date.Issued`).
 */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(document: DomDocument): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      // "og:title twitter:title" in one property attribute names the tag twice.
      for (const key of (meta.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

export function firstTag(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}
