import type { Article, SkippedFile } from '../corpus/article.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { AnswerSet, CommandName } from '../answer/types.js';
import type { Brief, BriefRequest } from '../brief/types.js';

/** A suggestion for autocomplete: a person, a speaker or an article title. */
export interface Suggestion {
  /** What the user sees, e.g. "Ali Shamkhani (2 articles) · Secretary of the SNSC". */
  label: string;
  /** What is put in the option, e.g. "Ali Shamkhani" or an article id. */
  value: string;
}

/** What autocomplete suggests: people, people quoted, or articles. */
export type SuggestionKind = 'person' | 'speaker' | 'article';

export interface CorpusOverview {
  articles: number;
  passages: number;
  dated: number;
  /** Earliest and latest publication dates, null when no article is dated. */
  firstDate: string | null;
  lastDate: string | null;
  newest: Array<Pick<Article, 'id' | 'title' | 'published' | 'source'>>;
  skipped: SkippedFile[];
}

export interface ReloadReport {
  added: string[];
  changed: string[];
  removed: string[];
  skipped: SkippedFile[];
  articles: number;
  milliseconds: number;
}

/**
 * The core as the adapters (terminal, Discord, digest) see it. Answers and suggestions are
 * promises: the in-memory engine resolves them at once from its tables, PostgreSQL after a
 * round trip. A reload builds a new index and swaps it in atomically; `ask` keeps answering
 * from the old one meanwhile, and a failed reload leaves it in place.
 */
export interface BriefingService {
  ask(command: CommandName, query: string): Promise<AnswerSet>;
  /** A whole brief on a person or a topic (src/brief/), from the same tables as the answers. */
  brief(request: BriefRequest): Brief;
  /** An article by id; undefined for ids that are not in the corpus (never touches the disk). */
  article(id: string): Article | undefined;
  /** People named in an article, canonical names first-mentioned first. */
  peopleIn(articleId: string): string[];
  suggest(kind: SuggestionKind, text: string, limit: number): Promise<Suggestion[]>;
  overview(): CorpusOverview;
  /** All articles, for the digest; newest first. */
  listArticles(): Article[];
  /** The serving build's extractions and people (read-only), for the digest. */
  knowledge(): Knowledge;
  reload(): Promise<ReloadReport>;
  /** True while a reload is running; a second reload is refused, not queued. */
  isReloading(): boolean;
  /**
   * Stops a running reload (its extraction threads are ended); it fails with `reason` and the
   * previous index keeps serving. For a shutdown that has waited long enough.
   */
  stopReload?(reason: string): void;
  /** Stops a running reload, then waits for pending writes (the snapshot) so a process can exit without losing them. */
  close?(): Promise<void>;
}
