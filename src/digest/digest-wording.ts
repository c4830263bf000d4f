import type { Digest, DigestEntry } from './types.js';

/** Words shared by the terminal and Discord renderings, so both say the same thing. */

export function truncate(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  return `${flat.slice(0, Math.max(0, limit - 1)).trimEnd()}…`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function sinceWords(digest: Pick<Digest, 'since'>): string {
  return digest.since ? `since ${digest.since}` : 'so far';
}

export function storyCount(digest: Digest): number {
  return digest.entries.length + digest.omittedEntries;
}

export function headline(digest: Digest): string {
  if (digest.unanalysedArticles > 0)
    return `Daily digest: ${plural(digest.articleCount, 'new article')} ${sinceWords(digest)}`;
  const stories = storyCount(digest);
  const copies = digest.articleCount > stories ? ` (${plural(digest.articleCount, 'article')})` : '';
  return `Daily digest: ${plural(stories, 'new story', 'new stories')}${copies} ${sinceWords(digest)}`;
}

export function emptyLine(digest: Pick<Digest, 'since'>): string {
  return `Daily digest: no new articles ${sinceWords(digest)}.`;
}

/** "Reuters, AP (3 copies)": every source that carried the story. */
export function sourceWords(entry: DigestEntry): string {
  const sources = entry.sources.length > 0 ? entry.sources.join(', ') : 'unknown source';
  return entry.copies.length > 1 ? `${sources} (${entry.copies.length} copies)` : sources;
}

export function hasOmissions(digest: Digest): boolean {
  return digest.omittedEntries > 0 || digest.unanalysedArticles > 0;
}

export function omittedLine(digest: Digest): string {
  const parts: string[] = [];
  if (digest.omittedEntries > 0) parts.push(plural(digest.omittedEntries, 'more story', 'more stories'));
  if (digest.unanalysedArticles > 0) parts.push(plural(digest.unanalysedArticles, 'older article'));
  return `…and ${parts.join(' and ')}; use /search to find them.`;
}

export function isEmptyDigest(digest: Digest): boolean {
  return digest.articleCount === 0;
}
