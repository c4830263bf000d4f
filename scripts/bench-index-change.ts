/**
 * `node --import tsx scripts/bench-index-change.ts [--corpus DIR] [--cache DIR]`: what the
 * indexer's database write costs when one article changed. Builds the corpus in memory (warm
 * from the snapshot in --cache when it is there), writes it to a schema of its own, then three
 * times changes one article's last paragraph and indexes again, timing each write; prints the
 * median and the three. The build is left out: it is the same for both engines.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/corpus/article.js';
import { createBriefingService } from '../src/service/create-briefing-service.js';
import { indexCorpus } from '../src/storage/postgres/index-corpus.js';
import { migrate } from '../src/storage/postgres/migrate.js';
import { createBenchSchema } from './bench-schema.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, cache: { type: 'string' } },
});
const corpusDir = path.resolve(values.corpus ?? '../shared/corpora/reuters21578');
const cacheDir = path.resolve(values.cache ?? path.join(corpusDir, '..', 'bench-cache'));
const connectionString = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const service = await createBriefingService({ corpusDir, cacheDir, snapshotDelayMs: 0 });
const knowledge = service.knowledge();
const { skipped } = service.overview();
const { pool, drop } = await createBenchSchema(connectionString);
try {
  await migrate(pool);
  let started = performance.now();
  await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped });
  console.log(`first write: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ids = [...knowledge.articles.keys()];
  const timings: number[] = [];
  for (let round = 1; round <= 3; round++) {
    // A correction to one article's last paragraph, a different article each time.
    const id = ids[round * 997]!;
    const article = knowledge.articles.get(id)!;
    const paragraphs = [...article.paragraphs];
    paragraphs[paragraphs.length - 1] = `${paragraphs.at(-1) ?? ''} (Corrected ${round}.)`;
    // The build's map, changed in place: the extraction stays the article's as built.
    (knowledge.articles as Map<string, Article>).set(id, { ...article, paragraphs });
    started = performance.now();
    const report = await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped });
    timings.push((performance.now() - started) / 1000);
    console.log(`one article changed (${report.changed.join(', ')}): ${timings.at(-1)!.toFixed(2)} s`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(`median ${sorted[1]!.toFixed(2)} s (${timings.map((s) => s.toFixed(2)).join(', ')})`);
} finally {
  await drop();
  await service.close?.();
}
