/**
 * Speed and scale figures for one corpus, all measured in this one run:
 *
 *   npm run bench -- --corpus DIR        or        npm run bench -- --reuters
 *
 * cold build (no snapshot), warm start (from the snapshot the cold build wrote), reload after
 * one file changed, answer latency per command over a few hundred questions drawn from the
 * corpus, resident memory, and the same search questions answered by a plain baseline
 * (minisearch over the same passages). The last line is one JSON object with the figures.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { CommandName } from '../src/answer/types.js';
import type { Article } from '../src/corpus/article.js';
import type { BriefingService } from '../src/service/briefing-service.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { extractArticle } from '../src/knowledge/build-knowledge.js';
import { countWords, splitPassages } from '../src/text/passages.js';
import { unpackCorpus } from './corpora.js';
import { drawQuestions } from './bench-questions.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, reuters: { type: 'boolean', default: false }, questions: { type: 'string', default: '300' } } });
const source = values.reuters ? unpackCorpus('reuters') : values.corpus;
if (!source) {
  console.error('usage: npm run bench -- --corpus DIR | --reuters');
  process.exit(values.reuters ? 0 : 2);
}

// A private copy, so one file can be changed without touching the original.
const work = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-'));
const corpusDir = path.join(work, 'corpus');
const cacheDir = path.join(work, 'cache');
cpSync(path.resolve(source), corpusDir, { recursive: true });

const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};
const seconds = (since: number): number => (performance.now() - since) / 1000;

let started = performance.now();
let cold: BriefingService | null = await createBriefingService({
  corpusDir,
  cacheDir,
  onEvent: (event) => {
    if (event.kind === 'snapshot-saved') log(`snapshot saved in ${event.milliseconds} ms`);
  },
});
const coldBuildS = seconds(started);
const passageCount = cold.overview().passages;
let articles = cold.listArticles();
const words = articles.reduce((sum, article) => sum + article.paragraphs.reduce((count, paragraph) => count + countWords(paragraph), 0), 0);
log(`corpus: ${articles.length} articles, ${words} words, ${passageCount} passages`);
log(`cold build: ${coldBuildS.toFixed(2)} s`);
await cold.close?.();
// Let the cold build go, so the memory figure is the serving process's alone.
cold = null;
articles = [];
collectGarbage();

started = performance.now();
const service = await createBriefingService({ corpusDir, cacheDir });
const warmStartS = seconds(started);
log(`warm start: ${warmStartS.toFixed(2)} s`);
articles = service.listArticles();

// Change one article's text and reload: the first reload of the serving process is the figure
// (colder than later ones); five more, each of another file, show the steady state.
const editAndReload = async (article: Article): Promise<{ milliseconds: number; changed: string[] }> => {
  const file = path.join(corpusDir, article.path);
  const text = readFileSync(file, 'utf8');
  unlinkSync(file);
  writeFileSync(file, `${text}\n\nThe benchmark added this sentence on Tuesday, a spokesman said.\n`);
  const start = performance.now();
  const { changed } = await service.reload();
  return { milliseconds: performance.now() - start, changed };
};
const first = await editAndReload(articles[Math.floor(articles.length / 2)]!);
const reloadOneMs = first.milliseconds;
log(`reload after one file changed: ${reloadOneMs.toFixed(1)} ms (changed: ${first.changed.join(', ')})`);
const later: number[] = [];
for (let index = 1; index <= 5; index++) later.push((await editAndReload(articles[Math.floor((articles.length * index) / 7)]!)).milliseconds);
log(`five more one-file reloads: median ${percentile(later, 0.5).toFixed(1)} ms (${later.map((value) => value.toFixed(0)).join(', ')})`);

// Extraction alone, on one thread, over (up to) the first 2,000 articles: the issue-3 figure.
const sample = articles.slice(0, 2000);
const sampleWords = sample.reduce((sum, article) => sum + article.paragraphs.reduce((total, paragraph) => total + countWords(paragraph), 0), 0);
started = performance.now();
for (const article of sample) extractArticle(article);
const extractMsPer1000Words = round(((performance.now() - started) / sampleWords) * 1000);
log(`extraction on one thread: ${extractMsPer1000Words} ms per 1,000 words (${sample.length} articles, ${sampleWords} words)`);

const count = Number(values.questions);
const questions = drawQuestions(service, articles, count);
const p50Ms = {} as Record<CommandName, number>;
const p99Ms = {} as Record<CommandName, number>;
for (const command of ['who', 'when', 'quote', 'search'] as const) {
  const timings = time(questions[command], (query) => service.ask(command, query));
  p50Ms[command] = round(percentile(timings, 0.5));
  p99Ms[command] = round(percentile(timings, 0.99));
  log(`${command}: ${questions[command].length} questions, p50 ${p50Ms[command]} ms, p99 ${p99Ms[command]} ms`);
}
collectGarbage();
const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
log(`resident memory: ${rssMb} MB`);

// Baseline: minisearch (BM25) over the very same passages, asked the same search questions.
const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
let id = 0;
for (const article of articles) for (const passage of splitPassages(article)) baseline.add({ id: id++, text: passage.text });
const baselineTimings = time(questions.search, (query) => baseline.search(query, { prefix: false, combineWith: 'OR' }).slice(0, 10));
const baselineSearchP99Ms = round(percentile(baselineTimings, 0.99));
log(`baseline search (minisearch over the same passages): p50 ${round(percentile(baselineTimings, 0.5))} ms, p99 ${baselineSearchP99Ms} ms; ratio p99 ${(baselineSearchP99Ms / p99Ms.search).toFixed(1)}x`);

rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify({ articles: articles.length, words, coldBuildS: round(coldBuildS), warmStartS: round(warmStartS), reloadOneMs: round(reloadOneMs), p50Ms, p99Ms, rssMb, baselineSearchP99Ms, extractMsPer1000Words }));
process.exit(0);

/** A full collection when node runs with --expose-gc (npm run bench does), else nothing. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function time(queries: string[], run: (query: string) => unknown): number[] {
  for (const query of queries.slice(0, 20)) run(query); // warm the JIT, as a serving process is
  return queries.map((query) => {
    const start = performance.now();
    run(query);
    return performance.now() - start;
  });
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
