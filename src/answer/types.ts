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

/** Each command's kind of answer. */
export interface AnswerOf {
  who: WhoAnswer;
  when: WhenAnswer;
  quote: QuoteAnswer;
  search: SearchAnswer;
}

export type Answer = AnswerOf[CommandName];

/** The answers to one question of one command. */
export interface AnswerSetOf<C extends CommandName> {
  command: C;
  query: string;
  answers: Array<AnswerOf[C]>;
  /** Set when the command cannot answer at all (a bad query, a feature not built yet). */
  error?: string;
}

/**
 * Each command's answer set, by command: `AnswerSets[C]` for a command known only as a type
 * parameter (TypeScript relates it to `AnswerSetOf<C>`, which a union of sets it cannot).
 */
export type AnswerSets = { [C in CommandName]: AnswerSetOf<C> };

/** The answers to a question, discriminated by `command`: checking it tells which answers they are. */
export type AnswerSet = AnswerSets[CommandName];
