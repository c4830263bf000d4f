import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { indexCorpus } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { readPinned } from '../../src/storage/postgres/pinned-read.js';
import { PostgresAnswerStore } from '../../src/storage/postgres/postgres-answer-store.js';
import { PostgresPassageSearch } from '../../src/storage/postgres/search-passages.js';
import { createTestSchema, isDatabaseReachable } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the corpus version tests are skipped');

const NEW_ARTICLE = `---
title: Zanzibar delegation meets port officials
date: 2021-05-02
source: Harbour Daily
---

Harbour master Kees Jansen said on Sunday that a Zanzibar delegation had come to see the new quays.
`;

describe.skipIf(!reachable)('corpus versions in PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let pool: pg.Pool;
  let folder: string;
  let store: PostgresAnswerStore;

  /** The in-memory build of the folder as it is now: what the indexer writes. */
  async function build(): Promise<{ articles: Article[]; service: MemoryBriefingService }> {
    const service = await createBriefingService({ corpusDir: folder, workers: 0 });
    return { articles: [...service.knowledge().articles.values()], service };
  }

  async function index(options: Parameters<typeof indexCorpus>[2] = {}) {
    const { articles, service } = await build();
    try {
      return await indexCorpus(pool, articles, { knowledge: service.knowledge(), ...options });
    } finally {
      await service.close?.();
    }
  }

  beforeAll(async () => {
    schema = await createTestSchema();
    pool = schema.pool();
    await migrate(pool);
    folder = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-versions-'));
    cpSync('corpus', folder, { recursive: true });
    expect((await index()).version).toBe(1);
    store = new PostgresAnswerStore(schema.pool());
  });

  afterAll(async () => {
    await schema?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('a read pinned to a version sees none of an indexing published while it runs', async () => {
    writeFileSync(path.join(folder, 'zanzibar.md'), NEW_ARTICLE);
    const search = new PostgresPassageSearch(pool);
    const during = await readPinned(pool, async (read) => {
      const before = await search.searchPinned(read, 'Zanzibar delegation', 3);
      const report = await index();
      const after = await search.searchPinned(read, 'Zanzibar delegation', 3);
      return { version: read.version, before, after, published: report.version };
    });
    expect(during).toMatchObject({ version: '1', before: [], after: [], published: 2 });
    const [hit] = await search.search('Zanzibar delegation', 3);
    expect(hit!.passage.articleId).toBe('zanzibar');
    const { service } = await build();
    const who = await store.answer('who', 'Kees Jansen');
    expect(who.answers).toMatchObject([{ person: 'Kees Jansen', citations: [{ article: 'zanzibar' }] }]);
    expect(who).toEqual(await service.ask('who', 'Kees Jansen'));
    await service.close?.();
  });

  it('an indexer stopped between batches leaves the old version serving; the next run clears what it wrote', async () => {
    const question = () => store.answer('who', 'Jansen');
    const before = await question();
    writeFileSync(path.join(folder, 'zanzibar.md'), NEW_ARTICLE.replace('Kees Jansen', 'Kees Jansen and Anna Dekker'));
    rmSync(path.join(folder, '004_c59ae9a75706696f.txt'));
    await expect(
      index({
        batchSize: 1,
        afterBatch: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const version = await pool.query('SELECT version FROM corpus_version');
    expect(version.rows[0].version).toBe('2');
    // Written but never published: invisible to every reader.
    const unpublished = await pool.query('SELECT count(*)::int AS n FROM articles WHERE added_in > 2');
    expect(unpublished.rows[0].n).toBe(1);
    expect(await question()).toEqual(before);
    expect(await store.answer('search', 'Anna Dekker')).toMatchObject({ answers: [] });

    const report = await index();
    expect(report).toMatchObject({ changed: ['zanzibar'], removed: ['004_c59ae9a75706696f'], version: 3 });
    expect((await store.answer('search', 'Anna Dekker')).answers[0]?.citations[0]?.article).toBe('zanzibar');
    // Nothing of the versions before is left: one row an article, none marked removed.
    const rows = await pool.query(
      'SELECT count(*)::int AS n, count(removed_in)::int AS removed, count(DISTINCT id)::int AS ids FROM articles',
    );
    expect(rows.rows[0]).toEqual({ n: 5, removed: 0, ids: 5 });
    const tables = await pool.query(
      'SELECT count(removed_in)::int AS replaced, max(added_in) AS newest FROM who_persons',
    );
    expect(tables.rows[0]).toEqual({ replaced: 0, newest: '3' });
  });

  it('other code rewrites the answer tables though no article changed; the same code does not', async () => {
    const first = await index({ codeVersion: 'code-a' });
    const again = await index({ codeVersion: 'code-a' });
    expect(again.version).toBe(first.version);
    // A row as code-a would have written it, unlike what code-b writes.
    const person = await pool.query(
      `UPDATE who_persons SET payload = '{}', row_hash = 'code-a'
        WHERE removed_in IS NULL AND person = (SELECT min(person) FROM who_persons) RETURNING person`,
    );
    expect(person.rowCount).toBe(1);
    const upgraded = await index({ codeVersion: 'code-b' });
    expect(upgraded).toMatchObject({ version: first.version + 1, added: [], changed: [], removed: [] });
    const rewritten = await pool.query(
      "SELECT added_in, payload -> 'record' ->> 'name' AS name FROM who_persons WHERE person = $1",
      [person.rows[0].person],
    );
    expect(rewritten.rows).toEqual([{ added_in: String(upgraded.version), name: expect.any(String) }]);
    // The rows code-b writes alike stay as they were.
    const kept = await pool.query('SELECT count(*)::int AS n FROM who_persons WHERE added_in < $1', [upgraded.version]);
    expect(kept.rows[0].n).toBeGreaterThan(0);
    const stamp = await pool.query('SELECT code_version FROM corpus_version');
    expect(stamp.rows[0].code_version).toBe('code-b');
  });
});
