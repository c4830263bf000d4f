/**
 * A serving process of `npm run bench -- --database` (started by scripts/bench-database.ts):
 * `--engine memory` starts warm from the snapshot as `npm start` does; `--engine database` is
 * what `npm start` serves with DATABASE_URL, over the schema the bench indexed: no corpus held. Times each
 * command the engine answers and autocomplete, then prints one JSON line with its start time
 * and resident memory at rest.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CommandName } from '../src/answer/types.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { createPool } from '../src/storage/postgres/pool.js';
import { DATABASE_COMMANDS } from '../src/storage/postgres/postgres-answer-store.js';
import { createPostgresBriefingService } from '../src/storage/postgres/postgres-briefing-service.js';
import { log, percentile, residentMb, round, timeAsync } from './bench-timing.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string' },
    corpus: { type: 'string' },
    cache: { type: 'string' },
    schema: { type: 'string' },
    database: { type: 'string' },
    questions: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const questions = JSON.parse(readFileSync(values.questions!, 'utf8')) as Record<CommandName | 'suggest', string[]>;
const rounds = Number(values.rounds);

const started = performance.now();
let ask: (command: CommandName, query: string) => Promise<unknown>;
let suggest: (text: string) => Promise<unknown>;
let brief: (subject: string) => Promise<unknown>;
let commands: readonly CommandName[];
let close: () => Promise<void>;
if (values.engine === 'memory') {
  const service = await createBriefingService({ corpusDir: values.corpus!, cacheDir: values.cache! });
  ask = (command, query) => service.ask(command, query);
  brief = async (subject) => service.brief({ subject });
  suggest = (text) => service.suggest('person', text, 25);
  commands = ['who', 'when', 'quote', 'search'];
  close = async () => service.close?.();
} else {
  // A serving process as `npm start` composes it with DATABASE_URL: it holds no corpus.
  const service = createPostgresBriefingService(
    createPool({ connectionString: values.database!, schema: values.schema! }),
  );
  // The first question opens the pool's connection: part of a start.
  await service.ask('search', 'start');
  ask = (command, query) => service.ask(command, query);
  brief = async (subject) => service.brief({ subject });
  suggest = (text) => service.suggest('person', text, 25);
  commands = [...DATABASE_COMMANDS];
  close = async () => service.close?.();
}
const startS = (performance.now() - started) / 1000;
log(`${values.engine}: ready in ${startS.toFixed(2)} s`);
// Resident memory once ready, before any question: what holding the corpus (or not) costs.
const readyRssMb = await residentMb();
log(`${values.engine}: resident memory ready ${readyRssMb} MB (${memoryParts()})`);

/** Where the resident memory is: V8's heap (reserved, in use), memory outside it (buffers), in MB. */
function memoryParts(): string {
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return `heap ${mb(usage.heapTotal)} reserved / ${mb(usage.heapUsed)} used, external ${mb(usage.external)}, array buffers ${mb(usage.arrayBuffers)}`;
}

const p50Ms: Record<string, number> = {};
const p99Ms: Record<string, number> = {};
const record = (name: string, timings: number[]): void => {
  p50Ms[name] = round(percentile(timings, 0.5));
  p99Ms[name] = round(percentile(timings, 0.99));
  log(`${values.engine} ${name}: ${timings.length} timings, p50 ${p50Ms[name]} ms, p99 ${p99Ms[name]} ms`);
};
for (const command of commands) {
  record(command, await timeAsync(questions[command], (query) => ask(command, query), rounds));
}
record('suggest', await timeAsync(questions.suggest, suggest, rounds));
// A brief on each /who question's subject (a name, a role or a word), once: a brief reads far more than an answer.
record('brief', await timeAsync(questions.who, brief, 1));
const rssMb = await residentMb();
log(`${values.engine}: resident memory at rest ${rssMb} MB (${memoryParts()})`);
await close();
console.log(JSON.stringify({ engine: values.engine, startS: round(startS), p50Ms, p99Ms, readyRssMb, rssMb }));
