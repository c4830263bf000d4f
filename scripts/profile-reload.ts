/**
 * Where one-file reloads' time goes, the first in the process against the later ones, for one
 * corpus folder and cache folder (a warm start over them, as scripts/bench-serve.ts does):
 *
 *   node --expose-gc --import tsx scripts/profile-reload.ts --corpus DIR --cache DIR [--reloads 6]
 *     [--cpu-profile PREFIX] [--idle-ms 0]
 *
 * Each reload edits one article's file, as the bench does, and prints its wall time and the
 * longest event-loop freeze during it; with `--cpu-profile` each reload's main-thread profile is
 * written to PREFIX-N.cpuprofile. The edited files are put back at the end.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { log, round } from './bench-timing.js';
import { watchEventLoop } from './event-loop-watch.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    cache: { type: 'string' },
    reloads: { type: 'string', default: '6' },
    'cpu-profile': { type: 'string' },
    'idle-ms': { type: 'string', default: '0' },
  },
});
if (!values.corpus || !values.cache) {
  console.error('usage: profile-reload.ts --corpus DIR --cache DIR [--reloads 6] [--cpu-profile PREFIX]');
  process.exit(2);
}
const corpusDir = values.corpus;
let started = performance.now();
let warm = false;
const service = await createBriefingService({
  corpusDir,
  cacheDir: values.cache,
  snapshotDelayMs: 600_000,
  onEvent: (event) => {
    warm ||= event.kind === 'snapshot-loaded';
    // A cold run exists to write the snapshot the next run starts from: say when it could not.
    if (event.kind === 'snapshot-failed') log(`snapshot not written: ${event.reason}`);
  },
});
log(`${warm ? 'warm' : 'cold'} start: ${round((performance.now() - started) / 1000)} s`);
if (!warm) {
  // Closing writes the snapshot the next run starts from.
  await service.close?.();
  log('built cold and wrote the snapshot: run again for a warm start');
  process.exit(0);
}
// A start serves before its tables are restored (in slices after it); a first question waits
// for them and the full collection their restore owes, so the first reload below is the reload
// alone, as the bench measures it.
await service.ask('search', 'the');
log(`first answer: ${round((performance.now() - started) / 1000)} s`);
// A pause before the first reload, to tell work left over from the start from the reload's own.
await new Promise((resolve) => setTimeout(resolve, Number(values['idle-ms'])));
const articles = service.listArticles();
const session = new Session();
const prefix = values['cpu-profile'];
if (prefix) {
  session.connect();
  await session.post('Profiler.enable');
  // A sample every 100 µs: the default millisecond gives a reload a few dozen samples.
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
}
const originals = new Map<string, string>();
const timings: number[] = [];
const busyTimes: number[] = [];
const reloads = Number(values.reloads);
for (let index = 0; index < reloads; index++) {
  const article = articles[Math.floor((articles.length * (index + 1)) / (reloads + 2))]!;
  const file = path.join(corpusDir, article.path);
  const text = readFileSync(file, 'utf8');
  if (!originals.has(file)) originals.set(file, text);
  unlinkSync(file);
  writeFileSync(file, `${text}\n\nThe benchmark added this sentence on Tuesday, a spokesman said.\n`);
  if (prefix) await session.post('Profiler.start');
  const watch = watchEventLoop();
  const loopBefore = performance.eventLoopUtilization();
  started = performance.now();
  await service.reload();
  const milliseconds = performance.now() - started;
  // The loop's busy time: the reload's own work on this thread, without the wait for the walk.
  const busy = performance.eventLoopUtilization(loopBefore).active;
  const freeze = watch.stop();
  if (prefix) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${prefix}-${index + 1}.cpuprofile`, JSON.stringify(profile));
  }
  timings.push(milliseconds);
  busyTimes.push(busy);
  log(
    `reload ${index + 1}: ${round(milliseconds)} ms, ${round(busy)} ms of it busy on this thread ` +
      `(longest event-loop freeze ${round(freeze)} ms), ` +
      `at ${round(started)}-${round(started + milliseconds)} ms of the process (as --trace-gc stamps it)`,
  );
}
// Put back without closing the service: closing writes the snapshot, which would then hold the edits.
for (const [file, text] of originals) writeFileSync(file, text);
console.log(JSON.stringify({ reloadMs: timings.map(round), busyMs: busyTimes.map(round) }));
process.exit(0);
