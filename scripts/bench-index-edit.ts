/**
 * `node --import tsx scripts/bench-index-edit.ts [--corpus DIR] [--rounds 3] [--settle 0]`: what the indexer's
 * database write costs after a real edit, extraction included (bench-index-change.ts keeps the
 * extraction as built). Copies the corpus to a temporary folder, builds it and writes it to a
 * schema of its own, then each round adds to one article a sentence quoting a new person with
 * a date, builds again as `npm run indexer` does (warm from the snapshot of the round before),
 * and times the write alone; prints each round's time and how many rows it wrote, and the median.
 * `--settle S` waits S seconds between the build and the write: whatever the build leaves running
 * in the process (its snapshot is saved at once, as in `npm run indexer`; not broken down) otherwise
 * runs during the write, and on a busy machine adds a second or two to whatever the write does.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { indexCorpus } from '../src/storage/postgres/index-corpus.js';
import { migrate } from '../src/storage/postgres/migrate.js';
import { ANSWER_TABLES } from '../src/storage/postgres/write-answer-tables.js';
import { createBenchSchema } from './bench-schema.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, rounds: { type: 'string' }, settle: { type: 'string' } },
});
const source = path.resolve(values.corpus ?? '../shared/corpora/reuters21578/articles');
const rounds = Number(values.rounds ?? 3);
const settleMs = Number(values.settle ?? 0) * 1000;
const connectionString = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const work = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-edit-'));
const corpusDir = path.join(work, 'corpus');
const cacheDir = path.join(work, 'cache');
cpSync(source, corpusDir, { recursive: true });
const files = readdirSync(corpusDir).sort();
const NEW_NAMES = ['Ilse Vandermeer', 'Maren Lindqvist', 'Tomasz Okonjo', 'Rafaela Quintero', 'Oskar Brandvold'];

async function indexOnce(pool: Parameters<typeof indexCorpus>[0]) {
  const service = await createBriefingService({ corpusDir, cacheDir, snapshotDelayMs: 0 });
  try {
    const knowledge = service.knowledge();
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    const started = performance.now();
    const report = await indexCorpus(pool, [...knowledge.articles.values()], {
      knowledge,
      skipped: service.overview().skipped,
    });
    return { report, seconds: (performance.now() - started) / 1000 };
  } finally {
    await service.close?.();
  }
}

const { pool, drop } = await createBenchSchema(connectionString);
try {
  await migrate(pool);
  console.log(`first write: ${(await indexOnce(pool)).seconds.toFixed(1)} s`);
  const timings: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const file = files[round * 997]!;
    appendFileSync(
      path.join(corpusDir, file),
      `\n"The terminal will reopen on March ${round + 2}," said ${NEW_NAMES[(round - 1) % NEW_NAMES.length]}, a port spokeswoman.\n`,
    );
    const { report, seconds } = await indexOnce(pool);
    timings.push(seconds);
    const written: string[] = [];
    for (const table of new Set(['articles', 'passages', 'story_contents', 'term_statistics', ...ANSWER_TABLES])) {
      // Tables keyed by version (before migration 010) are written whole each version.
      const column = (
        await pool.query(
          "SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'added_in' AND table_schema = current_schema()",
          [table],
        )
      ).rowCount
        ? 'added_in'
        : 'version';
      const rows = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
        report.version,
      ]);
      if (rows.rows[0]!.n > 0) written.push(`${table} ${rows.rows[0]!.n}`);
    }
    console.log(
      `${file} edited (changed ${report.changed.length}): ${seconds.toFixed(2)} s; rows written: ${written.join(', ')}`,
    );
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s (${timings.map((s) => s.toFixed(2)).join(', ')})`,
  );
} finally {
  await drop();
  rmSync(work, { recursive: true, force: true });
}
