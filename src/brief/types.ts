import type { StorySource } from '../corpus/story-source.js';
import type { Citation } from '../answer/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Passage } from '../text/passages.js';

/** What a brief is asked about, and the publication dates it keeps to. */
export interface BriefRequest {
  subject: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; articles published before are left out. */
  since?: string | null;
  /** The same; articles published after are left out. */
  until?: string | null;
  /** Longer or shorter sections than the defaults: /timeline shows more events. */
  limits?: Partial<BriefLimits>;
}

/** What building a brief reads: the tables built at index time, and two look-ups over them. */
export interface BriefInput {
  knowledge: Knowledge;
  /** The people a name matches (by full name or surname, not by role), by number in the directory, best first. */
  findPersons(name: string): number[];
  /** The passages matching words, best first, with their scores. */
  searchPassages(query: string, limit: number): Array<{ passage: Passage; score: number }>;
  /** The day the brief is made, `YYYY-MM-DD`, for its heading and file name. */
  today: string;
  limits?: Partial<BriefLimits>;
}

export interface BriefLimits {
  /** Articles analysed, the newest first: keeps a brief on a much-reported name fast. */
  articles: number;
  people: number;
  events: number;
  undated: number;
  quotations: number;
}

export const defaultBriefLimits: BriefLimits = { articles: 200, people: 8, events: 40, undated: 10, quotations: 12 };

/** A person the brief's articles involve, with their roles as /who gives them. */
export interface BriefPerson {
  name: string;
  roles: string[];
  /** Articles in the whole corpus naming them (as /who counts). */
  articles: number;
  /** Stories of this brief naming them. */
  stories: number;
  /** A sentence stating a role, else one naming them. */
  citation: Citation | null;
}

/** A dated event, or (date null) a relevant statement with no date. */
export interface BriefEvent {
  date: string | null;
  /** The words giving the date ("on Saturday"); empty for an undated statement. */
  dateText: string;
  /** The sentence or clause, exact article text. */
  event: string;
  /** The article it is from first, then its syndicated copies that carry the same sentence. */
  citations: Citation[];
}

export interface BriefQuotation {
  quote: string;
  speaker: string;
  citations: Citation[];
}

/** One story: an article and its syndicated copies, folded. */
/** A story the brief used, its copies folded: as the digest cites it. */
export type BriefSource = StorySource;

export interface Brief {
  /** As asked. */
  subject: string;
  /** A person brief centres on one person of the directory; a topic brief on matching passages. */
  kind: 'person' | 'topic';
  /** The person's canonical name, or the subject as asked for a topic. */
  title: string;
  since: string | null;
  until: string | null;
  today: string;
  /** Articles about the subject within the dates (copies included). */
  articleCount: number;
  /** Of those, the ones analysed (the newest `limits.articles`). */
  analysedCount: number;
  people: BriefPerson[];
  /** Oldest first. */
  timeline: BriefEvent[];
  /** Relevant statements with no date, after the timeline. */
  undated: BriefEvent[];
  quotations: BriefQuotation[];
  /** Newest first. */
  sources: BriefSource[];
  /** Set when no brief can be made (a bad date, nothing found). */
  error?: string;
}
