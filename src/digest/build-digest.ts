import type { Article } from '../corpus/article.js';
import { compareNewestFirst, entryFromGroup } from './digest-entries.js';
import { pickEvents, pickQuotations, rankPeople, storyFactsOf } from './digest-facts.js';
import { groupDuplicates } from '../corpus/duplicates.js';
import { defaultDigestLimits, type BuildDigestInput, type Digest, type DigestEntry } from './types.js';

function compareEntries(left: DigestEntry, right: DigestEntry): number {
  if (left.published !== right.published) {
    if (left.published === null) return 1;
    if (right.published === null) return -1;
    return left.published < right.published ? 1 : -1;
  }
  return left.title.localeCompare(right.title) || left.articleId.localeCompare(right.articleId);
}

/** The articles a digest reads the facts of: the newest `limit`. */
export function analysedOf(articles: readonly Article[], limit: number): Article[] {
  return [...articles].sort(compareNewestFirst).slice(0, limit);
}

/**
 * The digest of a set of articles (the ones the reader has not been sent yet): stories newest
 * first with duplicates folded, then the people, quotations and events they carry. Pure: the
 * caller decides which articles are new.
 */
export function buildDigest(input: BuildDigestInput): Digest {
  const limits = { ...defaultDigestLimits, ...input.limits };
  const analysed = analysedOf(input.articles, limits.articles);
  const entries = groupDuplicates(analysed).map(entryFromGroup).sort(compareEntries);
  const stories = storyFactsOf(entries, input.knowledge);
  const people = rankPeople(stories, input.knowledge, limits.people);
  return {
    since: input.since,
    generatedAt: input.generatedAt.toISOString(),
    articleCount: input.articles.length,
    entries: entries.slice(0, limits.entries),
    omittedEntries: Math.max(0, entries.length - limits.entries),
    unanalysedArticles: input.articles.length - analysed.length,
    people,
    quotations: pickQuotations(stories, people, input.knowledge, limits.quotations),
    events: pickEvents(stories, people, input.knowledge, limits.events),
  };
}
