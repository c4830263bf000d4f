/**
 * `npm run bench -- --database [--corpus DIR] [--questions 300]`: the in-memory engine and
 * PostgreSQL side by side, on Reuters by default. Index time (the in-memory build; the
 * indexer's, which is that build plus writing the database), p50/p99 per command and for
 * autocomplete, and the resident memory of a serving process of each engine, each in a
 * process of its own (scripts/bench-database-serve.ts). Works in a schema of its own, dropped
 * at the end; BENCH_DATABASE_URL, else the machine's server (postgres://postgres@127.0.0.1:5432/test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { indexCorpus } from '../src/storage/postgres/index-corpus.js';
import { migrate } from '../src/storage/postgres/migrate.js';
import { createBenchSchema } from './bench-schema.js';
import { drawQuestions } from './bench-questions.js';
import { log, round } from './bench-timing.js';

export async function runDatabaseBench(corpusDir: string, questionCount: number): Promise<void> {
  const connectionString = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const work = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-database-'));
  const cacheDir = path.join(work, 'cache');
  const { schema, pool, drop } = await createBenchSchema(connectionString);
  try {
    let started = performance.now();
    const memory = await createBriefingService({ corpusDir, cacheDir });
    const memoryBuildS = (performance.now() - started) / 1000;
    const knowledge = memory.knowledge();
    const articles = [...knowledge.articles.values()];
    log(`in-memory build: ${memoryBuildS.toFixed(1)} s, ${articles.length} articles`);
    const questions = {
      ...(await drawQuestions(memory, articles, questionCount)),
      // What a user has typed when autocomplete is asked: the first letters of a name.
      suggest: (await memory.suggest('person', '', questionCount)).map(({ value }) => value.slice(0, 4)),
    };
    const questionsFile = path.join(work, 'questions.json');
    writeFileSync(questionsFile, JSON.stringify(questions));

    await migrate(pool);
    started = performance.now();
    const { skipped } = memory.overview();
    const report = await indexCorpus(pool, articles, { knowledge, skipped });
    const databaseWriteS = (performance.now() - started) / 1000;
    started = performance.now();
    await indexCorpus(pool, articles, { knowledge, skipped });
    const unchangedS = (performance.now() - started) / 1000;
    await memory.close?.();
    const size = await pool.query<{ bytes: string }>(
      `SELECT sum(pg_total_relation_size(quote_ident($1) || '.' || quote_ident(tablename)))::bigint AS bytes
         FROM pg_tables WHERE schemaname = $1`,
      [schema],
    );
    const databaseMb = Math.round(Number(size.rows[0]!.bytes) / 1e6);
    log(
      `database write: ${databaseWriteS.toFixed(1)} s (${report.passages} passages, ${databaseMb} MB), unchanged ${unchangedS.toFixed(1)} s`,
    );

    const serve = (engine: string) => {
      const run = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${process.env.HEAP_MB ?? 6144}`,
          '--expose-gc',
          '--import',
          'tsx',
          path.join(import.meta.dirname, 'bench-database-serve.ts'),
          ...['--engine', engine, '--corpus', corpusDir, '--cache', cacheDir, '--questions', questionsFile],
          ...['--schema', schema, '--database', connectionString],
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
      );
      if (run.status !== 0) throw new Error(`the ${engine} serving process failed (${run.status})`);
      return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
        startS: number;
        p50Ms: Record<string, number>;
        p99Ms: Record<string, number>;
        readyRssMb: number;
        rssMb: number;
      };
    };
    const inMemory = serve('memory');
    const database = serve('database');
    const cell = (figures: typeof inMemory, name: string) =>
      figures.p50Ms[name] === undefined ? 'from memory' : `${figures.p50Ms[name]} / ${figures.p99Ms[name]}`;
    const rows = [
      [
        'index (build; for PostgreSQL the build plus the write)',
        `${round(memoryBuildS)} s`,
        `${round(memoryBuildS)} + ${round(databaseWriteS)} s`,
      ],
      ['index again, nothing changed', 'snapshot', `${round(unchangedS)} s`],
      ['start of a serving process', `${inMemory.startS} s (warm, snapshot)`, `${database.startS} s`],
      ...['who', 'when', 'quote', 'search', 'suggest', 'brief'].map((name) => [
        `${name === 'suggest' ? 'autocomplete' : `/${name}`} p50 / p99 ms`,
        cell(inMemory, name),
        cell(database, name),
      ]),
      ['resident memory of the serving process, ready', `${inMemory.readyRssMb} MB`, `${database.readyRssMb} MB`],
      ['resident memory of the serving process, after the questions', `${inMemory.rssMb} MB`, `${database.rssMb} MB`],
      ['storage', 'in the process', `${databaseMb} MB in PostgreSQL`],
    ];
    console.log(`| figure | in memory | PostgreSQL |\n|---|---|---|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(
      JSON.stringify({
        articles: articles.length,
        passages: report.passages,
        memoryBuildS,
        databaseWriteS,
        unchangedS,
        databaseMb,
        inMemory,
        database,
      }),
    );
  } finally {
    await drop();
    rmSync(work, { recursive: true, force: true });
  }
}
