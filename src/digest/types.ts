import type { Article } from '../corpus/article.js';
import type { StoryCopy, StorySource } from '../corpus/story-source.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';

/** What the digest reads from the knowledge base: facts extracted per article and the people. */
export interface DigestKnowledge {
  extractions: ReadonlyMap<string, ArticleExtraction>;
  people: PeopleDirectory;
}

/** One copy of a story: a syndicated or repeated article folded into an entry. */
export type DigestCopy = StoryCopy;
/** One story of the digest: an article and every exact or near duplicate of it. */
export type DigestEntry = StorySource;

export interface DigestPerson {
  name: string;
  role: string | null;
  /** Stories (entries) of this digest that name the person. */
  stories: number;
  mentions: number;
}

export interface DigestQuotation {
  quote: string;
  speaker: string;
  articleId: string;
  title: string;
}

export interface DigestEvent {
  date: string;
  dateText: string;
  event: string;
  articleId: string;
}

export interface Digest {
  /** What the digest covers since, as words for the reader (a date or "the start"). */
  since: string | null;
  generatedAt: string;
  /** Number of articles the digest covers (duplicates included). */
  articleCount: number;
  /** Stories listed, newest first; at most `limits.entries`. */
  entries: DigestEntry[];
  /** Stories left out of the list because the digest was too long. */
  omittedEntries: number;
  /** Older articles past `limits.articles`: counted and marked as sent, not analysed. */
  unanalysedArticles: number;
  people: DigestPerson[];
  quotations: DigestQuotation[];
  events: DigestEvent[];
}

export interface DigestLimits {
  /** Articles analysed (folded, ranked); the newest ones. Keeps a huge first digest fast. */
  articles: number;
  entries: number;
  people: number;
  quotations: number;
  events: number;
}

export const defaultDigestLimits: DigestLimits = { articles: 2000, entries: 40, people: 8, quotations: 4, events: 6 };

export interface BuildDigestInput {
  articles: readonly Article[];
  knowledge: DigestKnowledge;
  since: string | null;
  generatedAt: Date;
  limits?: Partial<DigestLimits>;
}
