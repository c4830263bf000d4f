/**
 * HTML extraction figures over a folder of test pages, `pages/<name>/{source.html, expected.html,
 * expected-metadata.json}` (Readability.js's test pages have this shape):
 *
 *   npm run bench -- --html DIR        (DIR holds the page folders, or a pages/ folder)
 *   npm run bench -- --html            (../shared/corpora's Readability pages, unpacked to a temporary folder)
 *   npm run bench -- --html DIR --text (each page's visible text read as a plain-text scrape)
 *
 * Body: word 4-gram shingles of the extracted paragraphs against those of expected.html, counted
 * as multisets; precision and recall are means over the pages and F1 is their harmonic mean (the
 * article-extraction benchmark's way). Dates: the share of the pages that state a publication
 * date (expected-metadata.json, and scripts/bench-html-dates.ts) where one was found, and where it was the stated day.
 * Time: parseHtml alone, on this thread, after a warm-up pass over the pages; the median and the slowest page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readBlockTexts } from '../src/corpus/html/block-text.js';
import type { DomElement } from '../src/corpus/html/dom.js';
import { parseTextArticle } from '../src/corpus/parse-front-matter-article.js';
import { parseHtml } from '../src/corpus/parse-html.js';
import { STATED_DATES } from './bench-html-dates.js';
import { log, percentile, round } from './bench-timing.js';
import { overlap } from './shingle-overlap.js';

interface PageScore {
  name: string;
  precision: number;
  recall: number;
  empty: boolean;
  milliseconds: number;
  /** CPU time of the process meanwhile: on a busy shared machine, wall time counts others' work too. */
  cpuMilliseconds: number;
  published: string | null;
  stated: string | null;
}

export function runHtmlBench(folder: string, options: { verbose?: boolean; asText?: boolean } = {}): void {
  const pagesDir = existsSync(path.join(folder, 'pages')) ? path.join(folder, 'pages') : folder;
  const names = readdirSync(pagesDir)
    .filter((name) => existsSync(path.join(pagesDir, name, 'source.html')))
    .sort();
  const pages = names.map((name) => ({
    name,
    source: readSource(path.join(pagesDir, name, 'source.html'), options.asText ?? false),
    stated: statedDate(path.join(pagesDir, name)),
    expected: existsSync(path.join(pagesDir, name, 'expected.html'))
      ? visibleText(readFileSync(path.join(pagesDir, name, 'expected.html'), 'utf8'))
      : null,
  }));
  const parse = options.asText ? (text: string) => parseTextArticle(text, false) : parseHtml;
  for (const page of pages) parse(page.source); // warm-up: a serving process has its parser compiled
  const scores: PageScore[] = [];
  for (const page of pages) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const article = parse(page.source);
    const milliseconds = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const extracted = article.paragraphs.join('\n');
    const { precision, recall } =
      page.expected === null ? { precision: 1, recall: 1 } : overlap(extracted, page.expected);
    scores.push({
      name: page.name,
      precision,
      recall,
      empty: article.paragraphs.length === 0,
      milliseconds,
      cpuMilliseconds: (cpu.user + cpu.system) / 1000,
      published: article.published,
      stated: page.stated,
    });
    if (options.verbose) {
      log(
        `${page.name.padEnd(40)} P ${precision.toFixed(2)} R ${recall.toFixed(2)} ${milliseconds.toFixed(1)} ms  date ${article.published ?? '-'}  source ${article.source ?? '-'}  title ${article.title.slice(0, 60)}`,
      );
    }
  }
  const scored = scores.filter((score) => pages.find((page) => page.name === score.name)!.expected !== null);
  const precision = mean(scored.map((score) => score.precision));
  const recall = mean(scored.map((score) => score.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const stating = scores.filter((score) => score.stated !== null);
  const found = stating.filter((score) => score.published !== null);
  const right = stating.filter((score) => score.published !== null && sameDay(score.published, score.stated!));
  const timings = scores.map((score) => score.milliseconds);
  const figures = {
    pages: scores.length,
    f1: Math.round(f1 * 1000) / 1000,
    precision: Math.round(precision * 1000) / 1000,
    recall: Math.round(recall * 1000) / 1000,
    pagesWithNothing: scores.filter((score) => score.empty).length,
    pagesStatingADate: stating.length,
    dateFoundShare: Math.round((found.length / Math.max(1, stating.length)) * 1000) / 1000,
    dateRightShare: Math.round((right.length / Math.max(1, stating.length)) * 1000) / 1000,
    medianMs: round(percentile(timings, 0.5)),
    medianCpuMs: round(
      percentile(
        scores.map((score) => score.cpuMilliseconds),
        0.5,
      ),
    ),
    slowestMs: round(Math.max(...timings)),
  };
  log(
    `${figures.pages} pages: body F1 ${figures.f1} (P ${figures.precision}, R ${figures.recall}), ${figures.pagesWithNothing} with nothing`,
  );
  log(
    `publication date found on ${found.length} of ${stating.length} pages that state one (${right.length} the stated day)`,
  );
  log(
    `${options.asText ? 'parseTextArticle' : 'parseHtml'}: median ${figures.medianMs} ms a page (CPU ${figures.medianCpuMs} ms), slowest ${figures.slowestMs} ms`,
  );
  console.log(JSON.stringify(figures));
}

/**
 * The page, or with --text the page's visible lines as a plain-text scrape saves them (menus,
 * widgets and comment forms included), to measure the web-scrape reading on real pages.
 */
function readSource(file: string, asText: boolean): string {
  const html = readFileSync(file, 'utf8');
  if (!asText) return html;
  const { document } = parseHTML(html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, ''));
  return document.body ? readBlockTexts(document.body as unknown as DomElement).join('\n') : '';
}

/**
 * The day a page states: expected-metadata.json's publishedTime (what Readability.js found) or
 * published, else the hand-checked list for the pages where Readability.js found none.
 */
function statedDate(folder: string): string | null {
  const name = path.basename(folder);
  if (STATED_DATES[name] !== undefined) return STATED_DATES[name];
  const file = path.join(folder, 'expected-metadata.json');
  if (!existsSync(file)) return null;
  const metadata = JSON.parse(readFileSync(file, 'utf8')) as {
    publishedTime?: string | null;
    published?: string | null;
  };
  const stated = metadata.publishedTime ?? metadata.published ?? null;
  return stated ? stated.slice(0, 10) : null;
}

/** A date found within a day of the stated one: pages state local times, metadata often UTC. */
function sameDay(found: string, stated: string): boolean {
  return Math.abs(Date.parse(found) - Date.parse(stated)) <= 86_400_000;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The text of an HTML fragment, a space between every two text nodes. */
function visibleText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  return texts.join(' ');
}
