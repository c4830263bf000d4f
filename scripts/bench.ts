/**
 * Speed and scale figures for one corpus, all measured in this one run:
 *
 *   npm run bench -- --corpus DIR    or    npm run bench -- --reuters    or    npm run bench -- --copies N
 *
 * (--copies N: Reuters and BBC N times over, each copy rewritten to be distinct text, see
 * scripts/copy-corpus.ts; 8 copies are about 176,000 articles)
 *
 * cold build (no snapshot), then in a serving process of its own (scripts/bench-serve.ts) the
 * warm start from the snapshot the cold build wrote (and its first answer, which waits for the
 * tables the start restores after it serves), reloads after one file changed, answer
 * latency per command over a few hundred questions drawn from the corpus and resident memory;
 * and the same search questions answered by a plain baseline (minisearch over the same
 * passages). The last line is one JSON object with the figures.
 *
 * `--database`: the in-memory engine and PostgreSQL side by side instead (scripts/bench-database.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { CommandName } from '../src/answer/types.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { extractArticle } from '../src/knowledge/build-knowledge.js';
import { countWords, splitPassages } from '../src/text/passages.js';
import { unpackCorpus } from './corpora.js';
import { copiedCorpus } from './copy-corpus.js';
import { drawQuestions } from './bench-questions.js';
import { log, percentile, residentMb, round, time } from './bench-timing.js';

// `--html` alone (parseArgs wants a value) means the shared Readability pages.
const argv = process.argv.slice(2);
const htmlAt = argv.indexOf('--html');
if (htmlAt >= 0 && (htmlAt === argv.length - 1 || argv[htmlAt + 1]!.startsWith('--'))) argv.splice(htmlAt + 1, 0, '');
const { values } = parseArgs({
  args: argv,
  options: {
    corpus: { type: 'string' },
    reuters: { type: 'boolean', default: false },
    copies: { type: 'string' },
    questions: { type: 'string', default: '300' },
    html: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    text: { type: 'boolean', default: false },
    database: { type: 'boolean', default: false },
  },
});
if (values.database) {
  const { runDatabaseBench } = await import('./bench-database.js');
  const folder = values.corpus ?? unpackCorpus('reuters');
  if (!folder) {
    console.error('bench: ../shared/corpora is not here; give a folder: npm run bench -- --database --corpus DIR');
    process.exit(0);
  }
  await runDatabaseBench(folder, Number(values.questions));
  process.exit(0);
}
if (values.html !== undefined) {
  const { runHtmlBench } = await import('./bench-html.js');
  const folder = values.html || unpackCorpus('web');
  if (!folder) {
    console.error('bench: ../shared/corpora is not here; give a folder: npm run bench -- --html DIR');
    process.exit(0);
  }
  runHtmlBench(folder, { verbose: values.verbose, asText: values.text });
  process.exit(0);
}
const copies = values.copies === undefined ? null : Number(values.copies);
if (copies !== null && !(Number.isInteger(copies) && copies >= 1)) {
  console.error('bench: --copies takes a whole number of copies, 1 or more');
  process.exit(2);
}
const source = copies ? copiedCorpus(copies) : values.reuters ? unpackCorpus('reuters') : values.corpus;
if (!source) {
  console.error('usage: npm run bench -- --corpus DIR | --reuters | --copies N');
  process.exit(values.reuters || copies ? 0 : 2);
}

// A private copy, so one file can be changed without touching the original.
const work = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-'));
const corpusDir = path.join(work, 'corpus');
const cacheDir = path.join(work, 'cache');
cpSync(path.resolve(source), corpusDir, { recursive: true });

let started = performance.now();
const cold = await createBriefingService({
  corpusDir,
  cacheDir,
  onEvent: (event) => {
    if (event.kind === 'snapshot-saved') log(`snapshot saved in ${event.milliseconds} ms`);
  },
});
const coldBuildS = (performance.now() - started) / 1000;
const articles = cold.listArticles();
const words = articles.reduce(
  (sum, article) => sum + article.paragraphs.reduce((count, paragraph) => count + countWords(paragraph), 0),
  0,
);
log(`corpus: ${articles.length} articles, ${words} words, ${cold.overview().passages} passages`);
log(`cold build: ${coldBuildS.toFixed(2)} s`);
await cold.close?.();
const snapshotMb = Math.round(
  readdirSync(cacheDir).reduce((sum, name) => sum + statSync(path.join(cacheDir, name)).size, 0) / 1e6,
);
log(`snapshot: ${snapshotMb} MB`);
const questions = await drawQuestions(cold, articles, Number(values.questions));
const questionsFile = path.join(work, 'questions.json');
writeFileSync(questionsFile, JSON.stringify(questions));
// The process that built cold serves too (a first start); its memory is reported beside the warm one's.
const rssColdMb = await residentMb();
log(`resident memory of the process that built cold: ${rssColdMb} MB`);

// Extraction alone, on one thread, over (up to) the first 2,000 articles: the issue-3 figure.
const sample = articles.slice(0, 2000);
const sampleWords = sample.reduce(
  (sum, article) => sum + article.paragraphs.reduce((total, paragraph) => total + countWords(paragraph), 0),
  0,
);
started = performance.now();
for (const article of sample) extractArticle(article);
const extractMsPer1000Words = round(((performance.now() - started) / sampleWords) * 1000);
log(
  `extraction on one thread: ${extractMsPer1000Words} ms per 1,000 words (${sample.length} articles, ${sampleWords} words)`,
);

// Warm start, reloads, answers and memory, in a serving process of their own, run as `npm start`
// runs the bot: the JavaScript built into dist/, without tsx (unless it cannot be built).
const serving = spawnSync(
  process.execPath,
  [
    ...withoutTsx(process.execArgv),
    // npm start's young generation (package.json), so the memory at rest is the bot's.
    '--max-semi-space-size=8',
    ...compiledEntry('scripts/bench-serve.ts'),
    '--corpus',
    corpusDir,
    '--cache',
    cacheDir,
    '--questions',
    questionsFile,
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  },
);
if (serving.status !== 0) throw new Error(`bench: the serving process failed (exit ${serving.status})`);
const served = JSON.parse(serving.stdout.trim().split('\n').at(-1)!) as {
  warmStartS: number;
  firstAnswerS: number;
  warmFreezeMs: number;
  longestFreezeMs: number;
  reloadOneMs: number;
  reloadLaterMedianMs: number;
  p50Ms: Record<CommandName, number>;
  p99Ms: Record<CommandName, number>;
  briefPersonP50Ms: number;
  briefPersonP99Ms: number;
  briefTopicP50Ms: number;
  briefPeople: string[];
  rssMb: number;
};

// Baseline: minisearch (BM25) over the very same passages, asked the same search questions.
const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
let id = 0;
for (const article of articles)
  for (const passage of splitPassages(article)) baseline.add({ id: id++, text: passage.text });
const baselineTimings = time(questions.search, (query) =>
  baseline.search(query, { prefix: false, combineWith: 'OR' }).slice(0, 10),
);
const baselineSearchP99Ms = round(percentile(baselineTimings, 0.99));
log(
  `baseline search (minisearch over the same passages): p50 ${round(percentile(baselineTimings, 0.5))} ms, p99 ${baselineSearchP99Ms} ms; ratio p99 ${(baselineSearchP99Ms / served.p99Ms.search).toFixed(1)}x`,
);

rmSync(work, { recursive: true, force: true });
console.log(
  JSON.stringify({
    copies: copies ?? 0,
    articles: articles.length,
    words,
    coldBuildS: round(coldBuildS),
    ...served,
    rssColdMb,
    snapshotMb,
    baselineSearchP99Ms,
    extractMsPer1000Words,
  }),
);
process.exit(0);

/** Node's options without tsx's loader (`--import tsx`, as npm run bench gives them). */
function withoutTsx(options: readonly string[]): string[] {
  return options.filter(
    (option, index) => !(option === '--import' && options[index + 1] === 'tsx') && option !== 'tsx',
  );
}

/** node's arguments to run a script as npm start runs src/main.ts (scripts/compiled-entry.mjs). */
function compiledEntry(script: string): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const printed = execFileSync(process.execPath, [path.join(root, 'scripts', 'compiled-entry.mjs'), script], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return printed.split(' ').map((word) => (/\.[jt]s$/.test(word) ? path.resolve(root, word) : word));
}
