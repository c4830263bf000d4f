/** The answer objects of the eval contract (../shared/eval/README.md), shared by every adapter. */
export type CommandName = 'who' | 'when' | 'quote' | 'search';

export interface Citation {
  article: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  /** Exact text from the article that supports the answer. */
  passage: string;
}

export interface WhoAnswer {
  person: string;
  roles: string[];
  citations: Citation[];
}

export interface WhenAnswer {
  date: string | null;
  /** Absent when the date is the publication date itself. */
  dateText?: string;
  event: string;
  citations: Citation[];
}

export interface QuoteAnswer {
  quote: string;
  speaker: string;
  citations: Citation[];
}

export interface SearchAnswer {
  text: string;
  citations: Citation[];
}

export type Answer = WhoAnswer | WhenAnswer | QuoteAnswer | SearchAnswer;

export interface AnswerSet<A extends Answer = Answer> {
  command: CommandName;
  query: string;
  answers: A[];
  /** Set when the command cannot answer at all (a bad query, a feature not built yet). */
  error?: string;
}
