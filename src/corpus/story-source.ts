import type { Article } from './article.js';

/** One copy of a story as a citation lists it. */
export interface StoryCopy {
  articleId: string;
  source: string | null;
  url: string | null;
  published: string | null;
}

/** A story carried by one or more copies (exact or near duplicates): how the digest and a brief cite it. */
export interface StorySource {
  /** The copy whose title and link are shown (the newest one). */
  articleId: string;
  title: string;
  url: string | null;
  published: string | null;
  /** Every distinct source that carried the story, in first-seen order. */
  sources: string[];
  copies: StoryCopy[];
}

/** Newest publication first; undated last; then by id so the order is stable. */
export function compareNewestFirst(left: Article, right: Article): number {
  if (left.published !== right.published) {
    if (left.published === null) return 1;
    if (right.published === null) return -1;
    return left.published < right.published ? 1 : -1;
  }
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/** One story from a group of copies; the newest copy gives the title and link. */
export function describeStory(group: readonly Article[]): StorySource {
  const copies = [...group].sort(compareNewestFirst);
  const shown = copies[0];
  if (!shown) throw new Error('describeStory: empty group');
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
