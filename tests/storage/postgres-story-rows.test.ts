import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { indexCorpus } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { createPostgresBriefingService } from '../../src/storage/postgres/postgres-briefing-service.js';
import { readPinned } from '../../src/storage/postgres/pinned-read.js';
import { readStories } from '../../src/storage/postgres/stories-from-database.js';
import { numberPersons } from '../../src/storage/postgres/person-numbers.js';
import { writeStoryTables } from '../../src/storage/postgres/write-story-tables.js';
import { createTestSchema, isDatabaseReachable, migrateBefore } from '../support/postgres-schema.js';
import { expectSameBriefs, expectSameCorpus } from './same-briefs.js';
import { ARDENCO_ARTICLE } from './same-answers.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the story row tests are skipped');

describe.skipIf(!reachable)('story tables written by change', { timeout: 120_000 }, () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let pool: pg.Pool;
  let folder: string;

  async function build(): Promise<MemoryBriefingService> {
    return createBriefingService({ corpusDir: folder, workers: 0 });
  }

  async function index(options: Parameters<typeof indexCorpus>[2] = {}) {
    const memory = await build();
    try {
      const { skipped } = memory.overview();
      const knowledge = memory.knowledge();
      return await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped, ...options });
    } finally {
      await memory.close?.();
    }
  }

  /** story_contents rows by the version that added them, and how many are marked replaced. */
  async function contents(): Promise<{ added: Record<string, string[]>; replaced: number }> {
    const rows = await pool.query<{ article_id: string; added_in: string; removed_in: string | null }>(
      'SELECT article_id, added_in, removed_in FROM story_contents ORDER BY article_id',
    );
    const added: Record<string, string[]> = {};
    for (const row of rows.rows) (added[row.added_in] ??= []).push(row.article_id);
    return { added, replaced: rows.rows.filter((row) => row.removed_in !== null).length };
  }

  /** The served corpus and briefs are the in-memory build's. */
  async function expectServedAsBuilt(): Promise<void> {
    const memory = await build();
    const served = createPostgresBriefingService(schema.pool());
    try {
      await expectSameCorpus(memory, served);
      const names = [...new Set(memory.knowledge().people.persons.map((person) => person.name))];
      expect((await expectSameBriefs(memory, served, names)).persons).toBeGreaterThan(0);
    } finally {
      await served.close?.();
      await memory.close?.();
    }
  }

  beforeAll(async () => {
    schema = await createTestSchema();
    pool = schema.pool();
    await migrate(pool);
    folder = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-stories-'));
    cpSync('corpus', folder, { recursive: true });
    expect((await index()).version).toBe(1);
  });

  afterAll(async () => {
    await schema?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('an indexing writes again only the stories added or changed, and drops the removed ones', async () => {
    const first = await contents();
    expect(first.added['1']).toHaveLength(5);
    appendFileSync(
      path.join(folder, '002_2bc597ee5486c2f4.txt'),
      '\nOmar Haddad, a port engineer, said the work was done.\n',
    );
    writeFileSync(path.join(folder, 'ardenco.md'), ARDENCO_ARTICLE);
    rmSync(path.join(folder, '004_c59ae9a75706696f.txt'));
    const report = await index();
    expect(report).toMatchObject({ added: ['ardenco'], changed: ['002_2bc597ee5486c2f4'], version: 2 });
    const after = await contents();
    expect(after).toEqual({
      added: {
        '1': first.added['1']!.filter((id) => !['002_2bc597ee5486c2f4', '004_c59ae9a75706696f'].includes(id)),
        '2': ['002_2bc597ee5486c2f4', 'ardenco'],
      },
      replaced: 0,
    });
    // Every article is listed at the new version, with its place and its people's numbers: the
    // rows that moved written again, the ones replaced gone once published.
    const members = await pool.query(
      'SELECT count(*)::int AS n, count(removed_in)::int AS replaced, max(added_in) AS newest FROM story_members',
    );
    expect(members.rows[0]).toEqual({ n: 5, replaced: 0, newest: '2' });
    await expectServedAsBuilt();
  });

  it('a new version without a changed story writes no story again, and still serves them all', async () => {
    const before = await contents();
    const report = await index({ codeVersion: 'other-code' });
    expect(report).toMatchObject({ version: 3, added: [], changed: [], removed: [] });
    expect(await contents()).toEqual(before);
    // Nor any member row: no place or person number moved.
    const members = await pool.query('SELECT count(*)::int AS n, max(added_in) AS newest FROM story_members');
    expect(members.rows[0]).toEqual({ n: 5, newest: '2' });
    await expectServedAsBuilt();
  });

  it('stories written for a version never published stay unseen, and the next run clears them', async () => {
    const served = createPostgresBriefingService(schema.pool());
    const before = await served.article('ardenco');
    writeFileSync(path.join(folder, 'ardenco.md'), ARDENCO_ARTICLE.replace('in July', 'in August'));
    const memory = await build();
    // What an indexer killed after writing the stories, before publishing, leaves.
    const client = await pool.connect();
    try {
      await writeStoryTables(
        client,
        4,
        memory.knowledge(),
        memory.overview(),
        numberPersons(memory.knowledge().people),
      );
    } finally {
      client.release();
    }
    await memory.close?.();
    expect(await served.article('ardenco')).toEqual(before);
    expect((await contents()).replaced).toBe(1);

    const report = await index();
    expect(report).toMatchObject({ changed: ['ardenco'], version: 4 });
    expect((await served.article('ardenco'))?.paragraphs[0]).toContain('in August');
    expect(await contents()).toMatchObject({ replaced: 0 });
    expect((await contents()).added['4']).toEqual(['ardenco']);
    await served.close?.();
    await expectServedAsBuilt();
  });
});

describe.skipIf(!reachable)('story tables after a warm start', () => {
  it('an article whose extra comes last, as a warm start gives it back, is the same story', async () => {
    const schema = await createTestSchema();
    const memory = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
    try {
      const pool = schema.pool();
      await migrate(pool);
      const knowledge = memory.knowledge();
      const { skipped } = memory.overview();
      await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped, codeVersion: 'cold' });
      // A warm start defines `extra` after the other fields (snapshot-article-extra.ts).
      const restored = new Map(
        [...knowledge.articles].map(([id, { extra, ...fields }]) => [id, { ...fields, extra }] as const),
      );
      expect(Object.keys(restored.values().next().value!).at(-1)).toBe('extra');
      const report = await indexCorpus(pool, [...restored.values()], {
        knowledge: { ...knowledge, articles: restored },
        skipped,
        codeVersion: 'warm',
      });
      expect(report.version).toBe(2);
      const rows = await pool.query('SELECT DISTINCT added_in FROM story_contents');
      expect(rows.rows).toEqual([{ added_in: '1' }]);
    } finally {
      await memory.close?.();
      await schema.drop();
    }
  });
});

describe.skipIf(!reachable)('migration 009 on a database written before it', () => {
  it("carries the serving version's stories over, so they serve without an indexer run", async () => {
    const schema = await createTestSchema();
    try {
      const pool = schema.pool();
      await migrateBefore(pool, '009');
      await pool.query('UPDATE corpus_version SET version = 1');
      const article = { id: 'ardenco', title: 'Ardenco names a chief', paragraphs: ['Karim Nasser leads Ardenco.'] };
      // The serving version's row, and one an indexer killed before publishing left.
      for (const version of [1, 2])
        await pool.query(
          `INSERT INTO story_articles (version, ordinal, article_id, published, content_hash, article, extraction, persons)
           VALUES ($1, 0, 'ardenco', '2021-06-03', 'hash', $2, NULL, '{"Karim Nasser": 0}')`,
          [version, JSON.stringify({ ...article, title: `${article.title} ${version}` })],
        );
      expect(await migrate(pool)).toEqual([
        '009_story_rows_by_change.sql',
        '010_answer_rows_by_change.sql',
        '011_stable_person_numbers.sql',
      ]);
      const stories = await readPinned(pool, (read) => readStories(read, ['ardenco']));
      expect(stories.articles.get('ardenco')).toEqual({ ...article, title: `${article.title} 1` });
      expect(stories.people.byArticleName).toEqual({ 'ardenco\u0000Karim Nasser': 0 });
      const rows = await pool.query('SELECT added_in, story_hash FROM story_contents');
      expect(rows.rows).toEqual([{ added_in: '1', story_hash: '' }]);
      const gone = await pool.query("SELECT to_regclass('story_articles') AS name");
      expect(gone.rows[0].name).toBeNull();
    } finally {
      await schema.drop();
    }
  });
});
