/**
 * Where a warm start's time and the resting heap go, for one corpus folder and cache folder:
 *
 *   node --expose-gc --import tsx scripts/profile-warm-start.ts --corpus DIR --cache DIR [--heap-snapshot FILE]
 *     [--cpu-profile FILE]
 *
 * The first run over an empty cache folder builds cold and writes the snapshot; later runs
 * start warm from it (`--cpu-profile` writes the main thread's profile of that start). Prints
 * the start's time and that of its first answer (a start serves before its tables are
 * restored, and the answer waits for them), the longest event-loop freeze until then, the
 * start's CPU time and main-thread garbage collection, the heap at rest and resident memory,
 * one JSON line. Run it as npm scripts run node (GLIBC_TUNABLES, see package.json) for their
 * memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { parseArgs } from 'node:util';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { log, residentMb, round } from './bench-timing.js';
import { watchEventLoop } from './event-loop-watch.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    cache: { type: 'string' },
    'heap-snapshot': { type: 'string' },
    'cpu-profile': { type: 'string' },
  },
});
if (!values.corpus || !values.cache) {
  console.error('usage: profile-warm-start.ts --corpus DIR --cache DIR [--heap-snapshot FILE] [--cpu-profile FILE]');
  process.exit(2);
}
// The start's main-thread profile alone (node's --cpu-prof is not written when the process exits itself).
const session = new Session();
if (values['cpu-profile']) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
}
// The main thread's collections during the start, and the process's CPU time: on a machine
// shared with other work these move less than the start's wall time does.
let gcMs = 0;
const collections = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
collections.observe({ entryTypes: ['gc'] });
const cpuBefore = process.cpuUsage();
const mainCpuBefore = mainThreadCpuS();
const watch = watchEventLoop();
const started = performance.now();
const startedMicroseconds = process.hrtime.bigint() / 1000n;
let warm = false;
const service = await createBriefingService({
  corpusDir: values.corpus,
  cacheDir: values.cache,
  onEvent: (event) => {
    if (event.kind === 'snapshot-loaded') warm = true;
    else log(JSON.stringify(event));
  },
});
const startS = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuS = (cpu.user + cpu.system) / 1e6;
const mainCpuS = mainThreadCpuS() - mainCpuBefore;
const startGcMs = gcMs;
// A start may serve before its tables are in memory (they are restored in slices after it):
// the first answer waits for them and the full collection their restore owes. The freeze and
// the collections count until then.
await service.ask('search', 'the');
const firstAnswerS = (performance.now() - started) / 1000;
const freezeMs = watch.stop();
// Entries are delivered after the task that queued them: let the last ones in.
await new Promise((resolve) => setImmediate(resolve));
collections.disconnect();
if (values['cpu-profile']) {
  writeFileSync(values['cpu-profile'], JSON.stringify((await session.post('Profiler.stop')).profile));
  session.disconnect();
}
// The start's window on the clock a --cpu-prof profile is stamped with, to read the start alone.
log(`start window (hrtime µs): ${startedMicroseconds} - ${process.hrtime.bigint() / 1000n}`);
log(
  `${warm ? 'warm' : 'cold'} start: ${startS.toFixed(2)} s, its first answer at ${firstAnswerS.toFixed(2)} s (longest event-loop freeze ${freezeMs.toFixed(0)} ms)`,
);
log(
  `its CPU time (every thread) ${cpuS.toFixed(2)} s, of the main thread ${mainCpuS.toFixed(2)} s, ` +
    `main-thread garbage collection ${startGcMs.toFixed(0)} ms (${gcMs.toFixed(0)} ms until the first answer)`,
);
const rssMb = await residentMb();
const heapMb = Math.round(getHeapStatistics().used_heap_size / 1024 ** 2);
log(
  `at rest: resident ${rssMb} MB, heap ${heapMb} MB, external ${Math.round(process.memoryUsage().external / 1024 ** 2)} MB`,
);
for (const space of getHeapSpaceStatistics())
  log(
    `${space.space_name}: used ${Math.round(space.space_used_size / 1024 ** 2)} MB of ${Math.round(space.space_size / 1024 ** 2)} MB`,
  );
if (values['heap-snapshot']) log(`heap snapshot: ${writeHeapSnapshot(values['heap-snapshot'])}`);
await service.close?.();
console.log(
  JSON.stringify({
    warm,
    startS: round(startS),
    firstAnswerS: round(firstAnswerS),
    freezeMs: round(freezeMs),
    cpuS: round(cpuS),
    mainCpuS: round(mainCpuS),
    gcMs: round(startGcMs),
    gcUntilAnswerMs: round(gcMs),
    rssMb,
    heapMb,
  }),
);
process.exit(0);

/**
 * The main thread's CPU time (Linux, in clock ticks of 10 ms; 0 elsewhere): on a machine shared
 * with other work, what the serving thread itself spent, apart from other threads and waits.
 */
function mainThreadCpuS(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
