/**
 * /search from PostgreSQL against the in-memory engine, on Reuters (or a folder):
 *   node --import tsx scripts/bench-postgres.ts [--corpus DIR] [--queries 300]
 * Indexing time of each, p50/p99 of multi-word queries drawn from the corpus (a fixed seed),
 * and how often both give the same top five. Works in a schema of its own, dropped at the end;
 * BENCH_DATABASE_URL, else the machine's server (postgres://postgres@127.0.0.1:5432/test).
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { PassageIndex } from '../src/search/passage-index.js';
import { indexCorpus } from '../src/storage/postgres/index-corpus.js';
import { migrate } from '../src/storage/postgres/migrate.js';
import { createBenchSchema } from './bench-schema.js';
import { PostgresPassageSearch } from '../src/storage/postgres/search-passages.js';
import { splitSentences } from '../src/text/sentences.js';
import { unpackCorpus } from './corpora.js';
import { log, percentile, round } from './bench-timing.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, queries: { type: 'string', default: '300' } },
});
const folder = values.corpus ?? unpackCorpus('reuters');
if (!folder) {
  log('no corpus: pass --corpus DIR, or have ../shared/corpora');
  process.exit(2);
}
const connectionString = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const count = Number(values.queries);

const load = await loadCorpus(folder);
const articles = load.articles;
log(`${articles.length} articles`);

let start = performance.now();
const memory = PassageIndex.build(articles);
const memoryIndexMs = performance.now() - start;

const { schema, pool, drop } = await createBenchSchema(connectionString);
try {
  await migrate(pool);
  start = performance.now();
  const report = await indexCorpus(pool, articles);
  const databaseIndexMs = performance.now() - start;
  start = performance.now();
  await indexCorpus(pool, articles);
  const unchangedMs = performance.now() - start;
  const size = await pool.query<{ bytes: string }>(
    `SELECT sum(pg_total_relation_size(quote_ident($1) || '.' || quote_ident(tablename)))::bigint AS bytes
       FROM pg_tables WHERE schemaname = $1`,
    [schema],
  );

  const queries = drawQueries(count);
  const database = new PostgresPassageSearch(pool);
  for (const query of queries.slice(0, 20)) {
    memory.search(query);
    await database.search(query);
  }
  const memoryTimes: number[] = [];
  const databaseTimes: number[] = [];
  let same = 0;
  let sameFirst = 0;
  // Where the top fives differ: whether PostgreSQL's answers score at least as high, rank by rank.
  let asGood = 0;
  for (const query of queries) {
    let begin = performance.now();
    const expected = memory.search(query, 5);
    memoryTimes.push(performance.now() - begin);
    begin = performance.now();
    const actual = await database.search(query, 5);
    databaseTimes.push(performance.now() - begin);
    const keys = (hits: Array<{ passage: { articleId: string; position: number } }>) =>
      hits.map((hit) => `${hit.passage.articleId}#${hit.passage.position}`).join(' ');
    if (keys(expected.slice(0, 1)) === keys(actual.slice(0, 1))) sameFirst++;
    if (keys(expected) === keys(actual)) same++;
    else if (expected.every((hit, index) => (actual[index]?.score ?? -Infinity) >= hit.score - 1e-9)) asGood++;
  }
  const figures = (times: number[]) =>
    `p50 ${round(percentile(times, 0.5))} ms, p99 ${round(percentile(times, 0.99))} ms`;
  console.log(
    [
      `corpus: ${articles.length} articles, ${memory.size} passages (${report.passages} in PostgreSQL)`,
      `index: in-memory ${round(memoryIndexMs / 1000)} s; PostgreSQL ${round(databaseIndexMs / 1000)} s, ` +
        `again unchanged ${round(unchangedMs / 1000)} s, ${Math.round(Number(size.rows[0]!.bytes) / 1e6)} MB`,
      `search (${queries.length} queries of 2-4 words, top 5): in-memory ${figures(memoryTimes)}; PostgreSQL ${figures(databaseTimes)}`,
      `same top five ${same}/${queries.length}, same first ${sameFirst}/${queries.length}; ` +
        `of the others, PostgreSQL's scores as high at every rank in ${asGood}`,
    ].join('\n'),
  );
} finally {
  await drop();
}

/** Runs of 2-4 words from the corpus's own sentences, the same on every run. */
function drawQueries(total: number): string[] {
  let state = 20261203;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const queries: string[] = [];
  while (queries.length < total) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const sentences = article.paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text));
    if (sentences.length === 0) continue;
    const words = sentences[Math.floor(random() * sentences.length)]!.split(/\s+/).filter((word) =>
      /^[\p{L}'-]{3,}$/u.test(word),
    );
    const length = 2 + (queries.length % 3);
    if (words.length < length) continue;
    const first = Math.floor(random() * (words.length - length + 1));
    queries.push(words.slice(first, first + length).join(' '));
  }
  return queries;
}
