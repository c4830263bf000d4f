import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Article, CorpusLoad, FileChange, FileRecord, SkippedFile } from './article.js';
import { toArticleId } from './article-id.js';
import type { ParsedArticle } from './parsed-article.js';
import { parseTextArticle } from './parse-front-matter-article.js';
import { sharedHtmlThreads, type HtmlThreads } from './html/html-threads.js';
import { DEFAULT_MAX_RECORDS, parseJsonRecords, TooManyRecordsError } from './parse-json.js';
import { FileReaderThread } from './read-off-thread.js';
import { removeInvisibleMarks } from '../text/invisible-marks.js';
import type { StatThread } from './stat-thread.js';
import {
  articleCountOf,
  countMatchedArticles,
  matchDelta,
  matchPrevious,
  matchSkippedRecords,
  reuseArticles,
} from './reuse-previous-load.js';
import {
  errorCode,
  isInsideRoots,
  isRacy,
  OUTSIDE_REASON,
  UNTRUSTED_MODIFIED_MS,
  walkFiles,
  type NumberedWalk,
  type WalkResult,
} from './walk-files.js';

export interface LoadOptions {
  /** Files larger than this are skipped; a news article is a few kB, a 50 MB file is a mistake. */
  maxFileBytes?: number;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The previous load: files with the same size and modification time are not read again, and
   * with its articles given, an edit that keeps every article id reuses its article list.
   */
  previous?: PreviousLoad;
  /** A second thread for stat-ing large folders. */
  statThread?: StatThread;
  /** Where HTML pages are read, each with a time limit (default: the process's shared threads). */
  htmlThreads?: HtmlThreads;
  /** Folders besides the corpus folder that links inside it may lead into (CORPUS_EXTRA_ROOTS). */
  extraRoots?: readonly string[];
  /** A feed (JSON, JSON Lines) with more records than this is skipped: each record costs an article. */
  maxRecords?: number;
  /**
   * Files larger than this are read and parsed on a worker thread (default 256 kB; 0 for none):
   * the serving thread never holds for a large file. HTML pages have threads of their own.
   */
  offThreadBytes?: number;
  /** Longest reading of one large file on its thread before it is skipped (default 20 s). */
  readBudgetMs?: number;
  /** Stops the load: large files being read are abandoned and the promise rejects. */
  signal?: AbortSignal;
  /** A walk of the folder begun earlier (`startWalk`, at start beside the snapshot's read), used instead of walking. */
  walk?: Promise<WalkResult | NumberedWalk>;
}

export const DEFAULT_OFF_THREAD_BYTES = 256 * 1024;

export interface PreviousLoad {
  files: readonly FileRecord[];
  articles?: readonly Article[];
  /** The stat thread's walk the files follow (CorpusLoad.walk). */
  walk?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
const PARALLEL_READS = 32;

type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';
const FORMATS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/**
 * Reads every article under `root`. Never throws for one bad file: each file that cannot be
 * read or parsed is returned in `skipped` with its reason, and the rest load.
 */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<CorpusLoad> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const extraRoots = await realExtraRoots(options.extraRoots ?? []);
  const walk = await (options.walk ?? walkCorpus(root, options.statThread, extraRoots, options.previous?.walk));
  const fileOptions: FileOptions = {
    maxFileBytes,
    maxRecords: options.maxRecords,
    roots: [await realpath(root), ...extraRoots],
  };
  // A delta from the walk the previous records follow costs the change, not the folder.
  const { records, toRead, gone } =
    'since' in walk
      ? matchDelta(options.previous!.files, walk.changed, walk.gone)
      : matchPrevious(walk.files, options.previous?.files ?? []);
  const offThreadBytes = options.offThreadBytes ?? DEFAULT_OFF_THREAD_BYTES;
  const reader = offThreadBytes > 0 ? new FileReaderThread(options.readBudgetMs ?? 20_000, options.signal) : null;
  let next = 0;
  let done = records.length - toRead.length;
  async function worker(): Promise<void> {
    while (next < toRead.length) {
      options.signal?.throwIfAborted();
      const index = toRead[next++]!;
      const file = records[index]!;
      const absolute = path.join(root, file.path);
      const result =
        reader && file.size > offThreadBytes && FORMATS[path.extname(file.path).toLowerCase()] !== 'html'
          ? await reader.load(absolute, file.path, fileOptions)
          : await loadFile(absolute, file.path, fileOptions, options.htmlThreads);
      const skipped = 'reason' in result;
      records[index] = {
        path: file.path,
        size: file.size,
        modifiedMs: isRacy(file.modifiedMs, walk.startedMs) ? UNTRUSTED_MODIFIED_MS : file.modifiedMs,
        articles: skipped ? null : result,
        skipReason: skipped ? result.reason : null,
      };
      options.onProgress?.(++done, records.length);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, toRead.length) }, worker));
  } finally {
    await reader?.close();
  }
  if (toRead.length === 0) options.onProgress?.(done, records.length);
  const before = gone;
  const after = toRead.map((index) => records[index]!);
  const previous = options.previous;
  // What the records skip and how many articles they hold, from the previous records and the
  // change: a reload of one file does not pass over every record (176,000 at 8 copies).
  const matchedAgainst = previous?.files ?? [];
  const skipped: SkippedFile[] = [...walk.skipped, ...matchSkippedRecords(records, matchedAgainst, before, after)];
  const articleCount = countMatchedArticles(records, matchedAgainst, before, after);
  const previousUnique = previous?.articles !== undefined && previous.articles.length === articleCountOf(previous.files);
  const reused = previousUnique ? reuseArticles(previous.articles!, before, after) : null;
  const articles = reused ?? dropDuplicateIds(records.flatMap((record) => record.articles ?? []), skipped);
  const change: FileChange | null = previousUnique && articles.length === articleCount ? { before, after, inPlace: reused !== null } : null;
  return {
    articles,
    skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)),
    files: records,
    change,
    ...('id' in walk && walk.id !== undefined ? { walk: walk.id } : {}),
  };
}

/**
 * The walk `loadCorpus` would begin with, begun now: on the stat thread it runs while this
 * thread does other work (a start reads the snapshot meanwhile). Its failure is the load's to
 * report, so it is not left unhandled in between.
 */
export function startWalk(
  root: string,
  options: Pick<LoadOptions, 'statThread' | 'extraRoots'> = {},
): Promise<WalkResult | NumberedWalk> {
  const walk = realExtraRoots(options.extraRoots ?? []).then((extraRoots) =>
    walkCorpus(root, options.statThread, extraRoots),
  );
  walk.catch(() => undefined);
  return walk;
}

/** The walk on the stat thread (numbered there, a delta when `since` is its previous one), else on this thread. */
async function walkCorpus(
  root: string,
  statThread: StatThread | undefined,
  extraRoots: readonly string[],
  since?: number,
): Promise<WalkResult | NumberedWalk> {
  return (await statThread?.walk(root, extraRoots, since)) ?? walkFiles(root, { extraRoots });
}

/** Extra roots as real paths; one that does not exist leads nowhere and is left out. */
async function realExtraRoots(roots: readonly string[]): Promise<string[]> {
  const real: string[] = [];
  for (const root of roots) {
    try {
      real.push(await realpath(root));
    } catch {
      // Nothing can be inside a folder that is not there.
    }
  }
  return real;
}

export interface FileOptions {
  maxFileBytes?: number;
  maxRecords?: number;
  /**
   * Real paths the file's own real path must lie under; checked when the file is opened, since
   * it may have become a link out of the corpus after the walk listed it.
   */
  roots?: readonly string[];
}

/** One file, as its articles or as the reason it was skipped. */
export async function loadFile(
  absolute: string,
  relative: string,
  options: FileOptions = {},
  htmlThreads?: HtmlThreads,
): Promise<Article[] | SkippedFile> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  const skip = (reason: string): SkippedFile => ({ path: relative, reason });
  const extension = path.extname(relative).toLowerCase();
  const format = FORMATS[extension];
  if (!format) return skip(`unknown file type "${extension}"`);
  let bytes: Buffer;
  try {
    bytes = await readLimited(absolute, maxFileBytes, options.roots);
  } catch (error) {
    if (error instanceof TooLargeError) return skip(`too large (over ${Math.round(maxFileBytes / 1024 / 1024)} MB)`);
    if (error instanceof OutsideError) return skip(OUTSIDE_REASON);
    if (error instanceof NotRegularError) return skip('not a regular file');
    return skip(`cannot be read (${errorCode(error)})`);
  }
  if (bytes.length === 0) return skip('empty file');
  if (bytes.subarray(0, 8192).includes(0)) return skip('binary file');
  let text: string;
  try {
    text = removeInvisibleMarks(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return skip('invalid UTF-8');
  }
  if (!text.trim()) return skip('empty file');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const id = relative.slice(0, relative.length - extension.length);
  let page: ParsedArticle | null = null;
  if (format === 'html') {
    try {
      page = await (htmlThreads ?? sharedHtmlThreads()).parse(text);
    } catch (error) {
      return skip(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    const records: Array<{ key: string | null; article: ParsedArticle }> =
      format === 'json' || format === 'jsonl'
        ? parseJsonRecords(text, format === 'jsonl', maxRecords)
        : [{ key: null, article: page ?? parseTextArticle(text, format === 'markdown') }];
    const articles = records
      .filter(({ article }) => article.paragraphs.length > 0)
      .map(({ key, article }): Article => ({
        ...article,
        // A file of one article is that article; a feed's records are its children.
        id: toArticleId(key === null || records.length === 1 ? id : `${id}/${key}`),
        path: relative,
        // A record's own hash, so one changed record in a feed does not re-extract the others.
        contentHash: key === null ? contentHash : createHash('sha256').update(JSON.stringify(article)).digest('hex'),
      }));
    if (articles.length === 0) return skip('no article text found');
    return articles;
  } catch (error) {
    if (error instanceof TooManyRecordsError) return skip(`too many records (over ${maxRecords} in one file)`);
    return skip(`cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

class TooLargeError extends Error {}
class OutsideError extends Error {}
class NotRegularError extends Error {}

// Non-blocking, so a file swapped for a pipe since the walk is refused instead of waited on forever.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The file's bytes, read from its real path, never more than `maxBytes` (it may grow while read). */
async function readLimited(absolute: string, maxBytes: number, roots: readonly string[] | undefined): Promise<Buffer> {
  const real = await realpath(absolute);
  if (roots && !isInsideRoots(real, roots)) throw new OutsideError();
  const handle = await open(real, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularError();
    if (info.size > maxBytes) throw new TooLargeError();
    let buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new TooLargeError();
        // The file grew since the stat: read on, within the limit.
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
}


/** Two files can map to one id ("a.txt" and "a.md"): keep the first, report the other. */
function dropDuplicateIds(articles: Article[], skipped: SkippedFile[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((article) => {
    if (!seen.has(article.id)) {
      seen.add(article.id);
      return true;
    }
    skipped.push({ path: article.path, reason: `duplicate article id "${article.id}"` });
    return false;
  });
}
