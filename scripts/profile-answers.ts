/**
 * Which questions make a command's tail, for one corpus folder and cache folder:
 *
 *   node --expose-gc --import tsx scripts/profile-answers.ts --corpus DIR --cache DIR [--command when] [--rounds 5]
 *
 * Draws the bench's questions (scripts/bench-questions.ts, the same fixed seed), times each one
 * `rounds` times after a warm-up, and prints the p50/p99 over all and the slowest questions by
 * their median time; `--only-slowest N` then asks the N slowest 200 times over, and
 * `--cpu-profile FILE` writes a CPU profile of that loop alone.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { CommandName } from '../src/answer/types.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { drawQuestions } from './bench-questions.js';
import { log, percentile, round } from './bench-timing.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    cache: { type: 'string' },
    command: { type: 'string', default: 'when' },
    rounds: { type: 'string', default: '5' },
    questions: { type: 'string', default: '300' },
    'only-slowest': { type: 'string' },
    'cpu-profile': { type: 'string' },
  },
});
if (!values.corpus || !values.cache) {
  console.error('usage: profile-answers.ts --corpus DIR --cache DIR [--command when] [--rounds 5]');
  process.exit(2);
}
const command = values.command as CommandName;
const service = await createBriefingService({ corpusDir: values.corpus, cacheDir: values.cache });
const drawn = (await drawQuestions(service, service.listArticles(), Number(values.questions)))[command];
const rounds = Number(values.rounds);
for (const query of drawn.slice(0, 20)) await service.ask(command, query);
const timings = new Map<string, number[]>(drawn.map((query) => [query, []]));
const all: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const query of drawn) {
    const start = performance.now();
    await service.ask(command, query);
    const milliseconds = performance.now() - start;
    timings.get(query)!.push(milliseconds);
    all.push(milliseconds);
  }
}
log(
  `${command}: ${drawn.length} questions x ${rounds}, p50 ${round(percentile(all, 0.5))} ms, p99 ${round(percentile(all, 0.99))} ms`,
);
const slowest = [...timings]
  .map(([query, times]) => ({ query, medianMs: round(percentile(times, 0.5)), maxMs: round(Math.max(...times)) }))
  .sort((a, b) => b.medianMs - a.medianMs)
  .slice(0, 12);
for (const entry of slowest) log(`${entry.medianMs} ms (max ${entry.maxMs}): ${JSON.stringify(entry.query)}`);
const only = values['only-slowest'];
if (only) {
  // The slowest alone, many times over: what a --cpu-prof profile of this run is about.
  const queries = slowest.slice(0, Number(only)).map((entry) => entry.query);
  const session = new Session();
  const profile = values['cpu-profile'];
  if (profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const started = performance.now();
  for (let round = 0; round < 200; round++) for (const query of queries) await service.ask(command, query);
  log(`slowest ${queries.length} x 200: ${round((performance.now() - started) / (200 * queries.length))} ms each`);
  if (profile) {
    writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile));
    log(`profile: ${profile}`);
  }
}
await service.close?.();
process.exit(0);
