import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { CORPUS_CHANNEL, indexCorpus } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { createPool, quoteIdentifier } from '../../src/storage/postgres/pool.js';
import { PostgresPassageSearch } from '../../src/storage/postgres/search-passages.js';
import { isDatabaseReachable, testDatabaseUrl } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
const connectionString = testDatabaseUrl;
if (!reachable) console.warn(`PostgreSQL is not reachable at TEST_DATABASE_URL: the PostgreSQL tests are skipped`);

// Names, words of one article, common words, a phrase, plurals, accents, a word no article holds.
const QUERIES = [
  'Shamkhani',
  'Abdolreza Rahmani Fazli',
  'terrorist groups',
  'Takfiri terrorist groups recruitment',
  'interior minister',
  'Iran',
  'Syria and Iraq',
  'Deir Ezzor',
  'Daesh remnants',
  'anti-terrorism cooperation in the region',
  'defence minister',
  'US attacks on resistance forces',
  'Tasnim News Agency',
  'security official',
  'liberation',
  'Kurdistan referendum',
  'oil prices',
  'zzzz nothing here',
];

describe.skipIf(!reachable)('/search from PostgreSQL', () => {
  const schema = `briefbot_test_${randomBytes(6).toString('hex')}`;
  let pool: pg.Pool;
  let folder: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
    await admin.end();
    pool = createPool({ connectionString, schema });
    folder = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-'));
    cpSync('corpus', folder, { recursive: true });
  });

  afterAll(async () => {
    await pool?.end();
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
    await admin.end();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('migrates once, recording each migration', async () => {
    const all = [
      '001_corpus.sql',
      '002_versioned_corpus.sql',
      '003_when_tables.sql',
      '004_quote_tables.sql',
      '005_digest.sql',
      '006_rate_limits_and_pages.sql',
      '007_story_tables.sql',
      '008_code_version.sql',
      '009_story_rows_by_change.sql',
      '010_answer_rows_by_change.sql',
      '011_stable_person_numbers.sql',
    ];
    expect(await migrate(pool)).toEqual(all);
    expect(await migrate(pool)).toEqual([]);
    const rows = await pool.query('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.rows.map((row) => row.name)).toEqual(all);
  });

  it('indexes the sample corpus and answers as the in-memory engine does', async () => {
    const load = await loadCorpus(folder);
    expect(load.articles.length).toBe(5);
    const report = await indexCorpus(pool, load.articles, { batchSize: 2 });
    expect(report.added).toHaveLength(5);
    expect(report.version).toBe(1);
    const memory = PassageIndex.build(load.articles);
    expect(report.passages).toBe(memory.size);
    const database = new PostgresPassageSearch(pool);
    let answered = 0;
    for (const query of QUERIES) {
      const expected = memory.search(query, 5);
      const actual = await database.search(query, 5);
      const keys = (hits: typeof expected) => hits.map((hit) => `${hit.passage.articleId}#${hit.passage.position}`);
      expect({ query, hits: keys(actual) }).toEqual({ query, hits: keys(expected) });
      actual.forEach((hit, index) => expect(hit.score).toBeCloseTo(expected[index]!.score, 9));
      if (expected.length > 0) answered++;
    }
    // The queries are not all empty answers that would agree trivially.
    expect(answered).toBeGreaterThan(QUERIES.length - 4);
    const [answer] = await database.answer('Shamkhani', 1);
    const article = load.articles.find((candidate) => candidate.id === answer!.citations[0]!.article)!;
    expect(answer!.citations[0]).toEqual({
      article: article.id,
      title: article.title,
      source: article.source,
      published: article.published,
      url: article.url,
      passage: answer!.text,
    });
  });

  it('reindexing after one file changes rewrites that article alone, bumps the version and notifies', async () => {
    const listener = new pg.Client({ connectionString });
    await listener.connect();
    // NOTIFY is heard across the database, so other test files' indexers are heard too: the
    // notices are kept by the server process that sent them, and this indexer's are one list.
    const notices = new Map<number, string[]>();
    listener.on('notification', (message) =>
      notices.set(message.processId, [...(notices.get(message.processId) ?? []), message.payload ?? '']),
    );
    await listener.query(`LISTEN ${CORPUS_CHANNEL}`);
    try {
      const unchanged = await indexCorpus(pool, (await loadCorpus(folder)).articles);
      expect(unchanged).toMatchObject({ added: [], changed: [], removed: [], version: 1 });

      const file = path.join(folder, '003_d6daf2ee1ee61935.txt');
      // A paragraph in the body (the page's closing lines are chrome the loader drops).
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.splice(4, 0, '', 'A Zanzibar delegation answered the minister.', '');
      writeFileSync(file, lines.join('\n'));
      const before = await pool.query('SELECT article_id, position, ctid::text FROM passages ORDER BY 1, 2');
      const load = await loadCorpus(folder);
      const report = await indexCorpus(pool, load.articles);
      expect(report).toMatchObject({ added: [], changed: ['003_d6daf2ee1ee61935'], removed: [], version: 2 });
      // Rows of the other articles are the very same tuples: nothing but that article was written.
      const after = await pool.query('SELECT article_id, position, ctid::text FROM passages ORDER BY 1, 2');
      const others = (rows: Array<{ article_id: string }>) =>
        rows.filter((row) => row.article_id !== '003_d6daf2ee1ee61935');
      expect(others(after.rows)).toEqual(others(before.rows));
      const database = new PostgresPassageSearch(pool);
      const hits = await database.search('Zanzibar delegation', 3);
      expect(hits[0]!.passage.articleId).toBe('003_d6daf2ee1ee61935');
      expect(hits.map((hit) => hit.score)).toEqual(
        PassageIndex.build(load.articles)
          .search('Zanzibar delegation', 3)
          .map((hit) => hit.score),
      );
      // Term statistics follow: the in-memory engine's weights, so its ranking, for every query.
      const memory = PassageIndex.build(load.articles);
      for (const query of QUERIES) {
        const keys = (found: Array<{ passage: { articleId: string; position: number } }>) =>
          found.map((hit) => `${hit.passage.articleId}#${hit.passage.position}`);
        expect({ query, hits: keys(await database.search(query, 5)) }).toEqual({
          query,
          hits: keys(memory.search(query, 5)),
        });
      }

      rmSync(path.join(folder, '004_c59ae9a75706696f.txt'));
      const removal = await indexCorpus(pool, (await loadCorpus(folder)).articles);
      expect(removal).toMatchObject({ removed: ['004_c59ae9a75706696f'], version: 3 });
      const left = await pool.query(
        "SELECT count(*)::int AS n FROM passages WHERE article_id = '004_c59ae9a75706696f'",
      );
      expect(left.rows[0].n).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect([...notices.values()]).toContainEqual(['2', '3']);
    } finally {
      await listener.end();
    }
  });
});
