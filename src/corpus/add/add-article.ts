import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingService } from '../../service/briefing-service.js';
import { DEFAULT_FETCH_SETTINGS, FetchRefusal, fetchPage, type FetchSettings } from '../../fetch/fetch-page.js';
import type { Article } from '../article.js';
import { sharedHtmlThreads, type HtmlThreads } from '../html/html-threads.js';
import { writeFetchNote } from '../html/fetch-note.js';
import { parseTextArticle } from '../parse-front-matter-article.js';
import { parseJsonRecords } from '../parse-json.js';
import type { ParsedArticle } from '../parsed-article.js';
import { decodeBody, EXTENSIONS, formatOfFileName, formatOfMediaType, READABLE_FILE_TYPES, type AddedFormat } from './article-file.js';
import { findDuplicate } from './duplicates.js';
import { chooseSavePath } from './save-path.js';

/** What to add: a link to a page, a file attached to a Discord message, or a file on this machine. */
export type AddSource =
  | { kind: 'link'; url: string }
  | { kind: 'attachment'; name: string; url: string; size: number }
  | { kind: 'file'; path: string };

export type AddResult =
  | { kind: 'added'; article: Article; articles: number; people: string[]; path: string }
  | { kind: 'duplicate'; article: Article; by: 'link' | 'content' }
  | { kind: 'refused'; reason: string };

export interface AddOptions {
  corpusDir: string;
  fetch?: FetchSettings;
  htmlThreads?: HtmlThreads;
  /** The time written into the saved page's fetch note. */
  now?: () => Date;
}

interface Gathered {
  format: AddedFormat;
  text: string;
  /** Where the page was fetched from, for the citation; null for files. */
  url: string | null;
  /** The name to fall back on for the file name. */
  name: string;
}

// One addition at a time per service: two adds of one link must not both pass the duplicate check.
const queues = new WeakMap<BriefingService, Promise<unknown>>();

/**
 * Adds one article to the corpus: fetches or reads it, reads it as the loader would, refuses it
 * if the corpus already has that link or that body, saves it under `added/` (a page with the link
 * and the time it was fetched, so the citation links to it), and runs the same incremental reload
 * as /reload. Never throws for bad input: every refusal is a result with its reason.
 */
export function addToCorpus(service: BriefingService, source: AddSource, options: AddOptions): Promise<AddResult> {
  const previous = queues.get(service) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => addNow(service, source, options));
  queues.set(service, run);
  return run;
}

async function addNow(service: BriefingService, source: AddSource, options: AddOptions): Promise<AddResult> {
  // A process reading its corpus from a database cannot add to it: the indexer does.
  if (service.reloadElsewhere) return { kind: 'refused', reason: service.reloadElsewhere };
  const settings = options.fetch ?? DEFAULT_FETCH_SETTINGS;
  if (source.kind === 'link') {
    const known = findDuplicate(await service.listArticles(), [source.url], null);
    if (known) return { kind: 'duplicate', ...known };
  }
  let gathered: Gathered;
  try {
    gathered = await gather(source, settings);
  } catch (error) {
    if (error instanceof FetchRefusal) return { kind: 'refused', reason: error.message };
    throw error;
  }
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  const content =
    gathered.format === 'html' && gathered.url
      ? `${writeFetchNote({ url: gathered.url, at: fetchedAt })}${gathered.text}`
      : gathered.text;
  let parsed: ParsedArticle[];
  try {
    parsed = await readArticles(content, gathered.format, options.htmlThreads ?? sharedHtmlThreads());
  } catch (error) {
    return { kind: 'refused', reason: `the ${gathered.url ? 'page' : 'file'} ${reasonOf(error)}` };
  }
  const first = parsed.find((article) => article.paragraphs.length > 0);
  if (!first) return { kind: 'refused', reason: `no article text found in the ${gathered.url ? 'page' : 'file'}` };
  const duplicate = findDuplicate(await service.listArticles(), [gathered.url, first.url], first.paragraphs);
  if (duplicate) return { kind: 'duplicate', ...duplicate };

  const site = gathered.url ? new URL(gathered.url).hostname : null;
  const relative = chooseSavePath(options.corpusDir, site, first.title, gathered.name, EXTENSIONS[gathered.format]);
  await saveAtomically(path.join(options.corpusDir, relative), content);
  await reloadWhenFree(service);
  const added = (await service.listArticles()).filter((article) => article.path === relative);
  if (added.length === 0) {
    // The loader would not take it after all: leave nothing behind, say why.
    const skipped = (await service.overview()).skipped.find((file) => file.path === relative);
    await rm(path.join(options.corpusDir, relative), { force: true });
    await reloadWhenFree(service);
    return { kind: 'refused', reason: `the corpus could not read it (${skipped?.reason ?? 'no article text found'})` };
  }
  const article = added.find((candidate) => candidate.title === first.title) ?? added[0]!;
  return { kind: 'added', article, articles: added.length, people: await service.peopleIn(article.id), path: relative };
}

async function gather(source: AddSource, settings: FetchSettings): Promise<Gathered> {
  if (source.kind === 'file') {
    const format = formatOfFileName(source.path);
    if (!format) throw new FetchRefusal(`not a file type the corpus reads (${READABLE_FILE_TYPES})`);
    const info = await stat(source.path).catch(() => null);
    if (!info?.isFile()) throw new FetchRefusal('no such file');
    if (info.size > settings.maxBytes) throw new FetchRefusal(`too large (over ${megabytes(settings.maxBytes)} MB)`);
    const text = decodeBody(await readFile(source.path), format, null);
    if (text === null) throw new FetchRefusal(format === 'html' ? 'not text' : 'not UTF-8 text');
    return { format, text, url: null, name: path.basename(source.path) };
  }
  if (source.kind === 'attachment') {
    const format = formatOfFileName(source.name);
    if (!format) throw new FetchRefusal(`not a file type the corpus reads (${READABLE_FILE_TYPES})`);
    if (source.size > settings.maxBytes) throw new FetchRefusal(`too large (over ${megabytes(settings.maxBytes)} MB)`);
    // Discord serves attachments with generic types; the file's own extension says what it is.
    const page = await fetchPage(source.url, () => true, settings);
    const text = decodeBody(page.body, format, format === 'html' ? page.charset : null);
    if (text === null) throw new FetchRefusal(format === 'html' ? 'not text' : 'not UTF-8 text');
    return { format, text, url: null, name: source.name };
  }
  const page = await fetchPage(source.url, (type) => formatOfMediaType(type) !== null, settings);
  const format = formatOfMediaType(page.mediaType)!;
  const text = decodeBody(page.body, format, page.charset);
  if (text === null) throw new FetchRefusal('the page is not text');
  const name = new URL(page.url).pathname.split('/').filter(Boolean).at(-1) ?? 'page';
  return { format, text: format === 'html' ? text : withLink(text, format, page.url), url: page.url, name };
}

/** A text article fetched from a link keeps the link in front matter, where the loader reads it. */
function withLink(text: string, format: AddedFormat, url: string): string {
  if ((format !== 'text' && format !== 'markdown') || text.startsWith('---')) return text;
  const parsed = parseTextArticle(text, format === 'markdown');
  const lines = ['---', `title: ${oneLine(parsed.title)}`, `url: ${url}`];
  if (parsed.published) lines.push(`date: ${parsed.published}`);
  if (parsed.source) lines.push(`source: ${oneLine(parsed.source)}`);
  return `${lines.join('\n')}\n---\n\n${parsed.paragraphs.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function readArticles(content: string, format: AddedFormat, threads: HtmlThreads): Promise<ParsedArticle[]> {
  if (format === 'html') return [await threads.parse(content)];
  if (format === 'json' || format === 'jsonl') {
    return parseJsonRecords(content, format === 'jsonl').map((record) => record.article);
  }
  return [parseTextArticle(content, format === 'markdown')];
}

async function saveAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // A dot name: the loader passes over it if a reload runs meanwhile.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, content);
  await rename(temporary, file);
}

const RELOAD_WAIT_MS = 100;
const RELOAD_WAIT_LIMIT_MS = 120_000;

/** The service's reload, after the one running (a watcher's or an admin's) has finished. */
async function reloadWhenFree(service: BriefingService): Promise<void> {
  const started = Date.now();
  for (;;) {
    while (service.isReloading()) {
      if (Date.now() - started > RELOAD_WAIT_LIMIT_MS) throw new Error('a reload has been running for two minutes');
      await new Promise((resolve) => setTimeout(resolve, RELOAD_WAIT_MS));
    }
    try {
      await service.reload();
      return;
    } catch (error) {
      if (!service.isReloading()) throw error; // another reload started between the check and ours: wait for it
    }
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /^(took|ran|could|cannot)/.test(message) ? message : `cannot be read (${message})`;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
