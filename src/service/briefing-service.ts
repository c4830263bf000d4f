import type { Article, SkippedFile } from '../corpus/article.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { AnswerSet, CommandName } from '../answer/types.js';
import type { Brief, BriefRequest } from '../brief/types.js';
import type { DigestSource, DigestStories } from '../digest/digest-source.js';

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

/** What the in-memory engine returns at once and PostgreSQL after a round trip. */
export type Awaitable<T> = T | Promise<T>;

/**
 * The core as the adapters (terminal, Discord, digest) see it. Two implementations: the
 * in-memory engine (createBriefingService, which returns what it reads at once) and a serving
 * process over PostgreSQL that holds no corpus (src/storage/postgres/postgres-briefing-service.ts,
 * which reads what each request needs): so what reads the corpus may be a promise. A reload
 * builds a new index and swaps it in atomically; `ask` keeps answering from the old one
 * meanwhile, and a failed reload leaves it in place.
 */
export interface BriefingService extends DigestSource {
  ask(command: CommandName, query: string): Promise<AnswerSet>;
  /** A whole brief on a person or a topic (src/brief/), from the same tables as the answers. */
  brief(request: BriefRequest): Awaitable<Brief>;
  /** An article by id; undefined for ids that are not in the corpus (never touches the disk). */
  article(id: string): Awaitable<Article | undefined>;
  /** People named in an article, canonical names first-mentioned first. */
  peopleIn(articleId: string): Awaitable<string[]>;
  suggest(kind: SuggestionKind, text: string, limit: number): Promise<Suggestion[]>;
  overview(): Awaitable<CorpusOverview>;
  /** All articles, for the digest and /add; newest first (a database's without their bodies). */
  listArticles(): Awaitable<Article[]>;
  reload(): Promise<ReloadReport>;
  /**
   * Set when this process cannot reload (or add to) its corpus itself, saying what does: a
   * process reading the corpus from PostgreSQL, whose indexer writes it.
   */
  readonly reloadElsewhere?: string;
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

/**
 * The in-memory engine's service: everything is read at once from the build it holds, which
 * the indexer, the terminal and tests read whole.
 */
export interface MemoryBriefingService extends BriefingService {
  brief(request: BriefRequest): Brief;
  article(id: string): Article | undefined;
  peopleIn(articleId: string): string[];
  overview(): CorpusOverview;
  listArticles(): Article[];
  readStories(articles: readonly Article[]): DigestStories;
  /** The serving build's extractions and people (read-only). */
  knowledge(): Knowledge;
}

/** A reload a process cannot do itself; the message says what does it instead. */
export class ReloadElsewhereError extends Error {
  override name = 'ReloadElsewhereError';
}
