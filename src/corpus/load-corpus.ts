import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Article, CorpusLoad, SkippedFile } from './article.js';
import type { ParsedArticle } from './parsed-article.js';
import { parseTextArticle } from './parse-front-matter-article.js';
import { parseHtml } from './parse-html.js';
import { parseJsonRecords } from './parse-json.js';
import { errorCode, walkFiles } from './walk-files.js';

export interface LoadOptions {
  /** Files larger than this are skipped; a news article is a few kB, a 50 MB file is a mistake. */
  maxFileBytes?: number;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number) => void;
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
  const walk = await walkFiles(root);
  const articles: Article[][] = new Array(walk.files.length);
  const skipped: SkippedFile[] = [...walk.skipped];
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < walk.files.length) {
      const index = next++;
      const relative = walk.files[index]!;
      const result = await loadFile(path.join(root, relative), relative, maxFileBytes);
      if ('reason' in result) skipped.push(result);
      else articles[index] = result;
      options.onProgress?.(++done, walk.files.length);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  const loaded = articles.flat().filter(Boolean);
  return { articles: dropDuplicateIds(loaded, skipped), skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)) };
}

/** One file, as its articles or as the reason it was skipped. */
export async function loadFile(absolute: string, relative: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<Article[] | SkippedFile> {
  const skip = (reason: string): SkippedFile => ({ path: relative, reason });
  const extension = path.extname(relative).toLowerCase();
  const format = FORMATS[extension];
  if (!format) return skip(`unknown file type "${extension}"`);
  let bytes: Buffer;
  try {
    bytes = await readLimited(absolute, maxFileBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return skip(`too large (over ${Math.round(maxFileBytes / 1024 / 1024)} MB)`);
    return skip(`cannot be read (${errorCode(error)})`);
  }
  if (bytes.length === 0) return skip('empty file');
  if (bytes.subarray(0, 8192).includes(0)) return skip('binary file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('invalid UTF-8');
  }
  if (!text.trim()) return skip('empty file');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const id = relative.slice(0, relative.length - extension.length);
  try {
    const records: Array<{ key: string | null; article: ParsedArticle }> =
      format === 'json' || format === 'jsonl'
        ? parseJsonRecords(text, format === 'jsonl')
        : [{ key: null, article: format === 'html' ? parseHtml(text) : parseTextArticle(text, format === 'markdown') }];
    const articles = records
      .filter(({ article }) => article.paragraphs.length > 0)
      .map(({ key, article }): Article => ({
        ...article,
        id: key === null || (records.length === 1 && format === 'json') ? id : `${id}/${key}`,
        path: relative,
        contentHash,
      }));
    if (articles.length === 0) return skip('no article text found');
    return articles;
  } catch (error) {
    return skip(`cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

class TooLargeError extends Error {}

async function readLimited(absolute: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(absolute, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new TooLargeError();
    return await handle.readFile();
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
