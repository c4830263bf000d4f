/**
 * The benchmark's serving process (started by scripts/bench.ts, not by hand): starts warm from
 * the snapshot the cold build wrote, as `npm start` does on every start after the first, then
 * times one-file reloads and the questions, and measures its resident memory. A process of its
 * own, so that memory is the server's and not what a cold build in the same process left behind.
 * Prints one JSON line.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandName } from '../src/answer/types.js';
import type { Article } from '../src/corpus/article.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { log, percentile, residentMb, round, timeAsync } from './bench-timing.js';
import { benchBriefs } from './bench-briefs.js';
import { watchEventLoop } from './event-loop-watch.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    cache: { type: 'string' },
    questions: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const corpusDir = values.corpus!;
const questions = JSON.parse(readFileSync(values.questions!, 'utf8')) as Record<CommandName, string[]>;

// A timer the bench can wait on: each snapshot write the reloads cause, and how long it held the loop.
let onSaved: (() => void) | null = null;
const watch = watchEventLoop();
let started = performance.now();
const service = await createBriefingService({
  corpusDir,
  cacheDir: values.cache!,
  // Longer than a reload takes, so the five reloads below write one snapshot, after the last.
  snapshotDelayMs: 2000,
  onEvent: (event) => {
    if (event.kind !== 'snapshot-loaded' && event.kind.startsWith('snapshot-')) log(JSON.stringify(event));
    if (['snapshot-saved', 'snapshot-delta-saved', 'snapshot-failed'].includes(event.kind)) onSaved?.();
  },
});
const warmStartS = (performance.now() - started) / 1000;
// The start serves before its tables are in memory (they are restored in slices after it): the
// first question waits for them and for the full collection their restore owes (collect-while-idle.ts).
// The start's freeze counts until it is answered.
await service.ask('search', questions.search[0] ?? 'the');
const firstAnswerS = (performance.now() - started) / 1000;
const warmFreezeMs = watch.take();
log(
  `warm start: ${warmStartS.toFixed(2)} s, its first answer at ${firstAnswerS.toFixed(2)} s (longest event-loop freeze ${warmFreezeMs.toFixed(0)} ms)`,
);
const articles = service.listArticles();

// Change one article's text and reload: the first reload of the serving process is the figure
// (colder than later ones); five more, each of another file, show the steady state.
const editAndReload = async (article: Article): Promise<{ milliseconds: number; changed: string[] }> => {
  const file = path.join(corpusDir, article.path);
  const text = readFileSync(file, 'utf8');
  unlinkSync(file);
  writeFileSync(file, `${text}\n\nThe benchmark added this sentence on Tuesday, a spokesman said.\n`);
  started = performance.now();
  const { changed } = await service.reload();
  return { milliseconds: performance.now() - started, changed };
};
const first = await editAndReload(articles[Math.floor(articles.length / 2)]!);
log(`reload after one file changed: ${first.milliseconds.toFixed(1)} ms (changed: ${first.changed.join(', ')})`);
const later: number[] = [];
for (let index = 1; index <= 5; index++)
  later.push((await editAndReload(articles[Math.floor((articles.length * index) / 7)]!)).milliseconds);
log(
  `five more one-file reloads: median ${percentile(later, 0.5).toFixed(1)} ms (${later.map((value) => value.toFixed(0)).join(', ')})`,
);
const reloadFreezeMs = watch.take();
// The snapshot the reloads asked for, written once they are quiet.
// (The service's timer does not keep a process alive; this wait must.)
const keepAlive = setInterval(() => undefined, 1000);
await new Promise<void>((resolve) => (onSaved = resolve));
clearInterval(keepAlive);
const snapshotFreezeMs = watch.stop();
log(
  `longest event-loop freeze: ${reloadFreezeMs.toFixed(0)} ms during the reloads, ${snapshotFreezeMs.toFixed(0)} ms during the snapshot write`,
);

const rounds = Number(values.rounds);
const p50Ms = {} as Record<CommandName, number>;
const p99Ms = {} as Record<CommandName, number>;
for (const command of ['who', 'when', 'quote', 'search'] as const) {
  const timings = await timeAsync(questions[command], (query) => service.ask(command, query), rounds);
  p50Ms[command] = round(percentile(timings, 0.5));
  p99Ms[command] = round(percentile(timings, 0.99));
  log(
    `${command}: ${questions[command].length} questions x ${rounds}, p50 ${p50Ms[command]} ms, p99 ${p99Ms[command]} ms`,
  );
}
const rssMb = await residentMb();
const rssPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
log(`resident memory of the serving process: ${rssMb} MB (peak ${rssPeakMb} MB)`);
// Answers hold the loop for as long as they take: their p99 stands for them here.
const longestFreezeMs = Math.max(reloadFreezeMs, snapshotFreezeMs, ...Object.values(p99Ms));
// After the memory figures: what briefs leave for the collector is not what a server keeps.
const briefs = benchBriefs(service, questions.search.slice(0, 30), rounds);
console.log(
  JSON.stringify({
    warmStartS: round(warmStartS),
    firstAnswerS: round(firstAnswerS),
    warmFreezeMs: round(warmFreezeMs),
    longestFreezeMs: round(longestFreezeMs),
    reloadFreezeMs: round(reloadFreezeMs),
    snapshotFreezeMs: round(snapshotFreezeMs),
    rssPeakMb,
    reloadOneMs: round(first.milliseconds),
    reloadLaterMedianMs: round(percentile(later, 0.5)),
    p50Ms,
    p99Ms,
    ...briefs,
    rssMb,
  }),
);
process.exit(0);
