/** One article of the corpus, as every part of the core sees it. Plain data, JSON-serialisable. */
export interface Article {
  /** Path under the corpus folder without the extension, with forward slashes. */
  id: string;
  /** Path under the corpus folder, with the extension. */
  path: string;
  title: string;
  /** Publication date as ISO `YYYY-MM-DD`, or null when the article does not state one. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** Body paragraphs, cleaned of web chrome; each is exact article text. */
  paragraphs: string[];
  /** Photo credits and similar, kept as metadata rather than body text. */
  credits: string[];
  /** Other front-matter or meta fields (topics, dateline, category ...). */
  extra: Record<string, string>;
  /** sha256 of the raw file, for caching extraction by content. */
  contentHash: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface CorpusLoad {
  articles: Article[];
  skipped: SkippedFile[];
  /** One record a file, sorted by path, for an incremental reload. */
  files: FileRecord[];
  /**
   * The files that differ from the previous load's, when one was given with its articles and
   * no article id is claimed by two files in either load (then an id could move between files
   * without either file changing). Null otherwise: compare the articles themselves.
   */
  change: FileChange | null;
  /**
   * The stat thread's number for the walk the records follow (every record's path, size and
   * modification time are that walk's): the next load asks the thread only what changed since.
   */
  walk?: number;
}

/** Files read again since the previous load, as records before and after, each list sorted by path. */
export interface FileChange {
  /** The previous records of files changed or gone. */
  before: FileRecord[];
  /** The records of files changed or new. */
  after: FileRecord[];
  /**
   * Whether the article list is the previous one with the re-read files' articles put in their
   * places, every other article keeping its position; false when the list was made again (a file
   * came or went, or changed its ids or their order).
   */
  inPlace: boolean;
}

/** What a file gave at its last reading, so an unchanged file is not read again. */
export interface FileRecord {
  path: string;
  size: number;
  modifiedMs: number;
  /** The file's articles, or the reason it was skipped. */
  articles: Article[] | null;
  skipReason: string | null;
}
