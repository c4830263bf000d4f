import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import type { IndexReport } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { PostgresAnswerStore } from '../../src/storage/postgres/postgres-answer-store.js';
import { createPostgresBriefingService } from '../../src/storage/postgres/postgres-briefing-service.js';
import { createTestSchema, isDatabaseReachable, migrateBefore } from '../support/postgres-schema.js';
import { expectSameBriefs, expectSameCorpus } from './same-briefs.js';
import { ARDENCO_ARTICLE, expectSameAnswers, readCases } from './same-answers.js';
import { indexBuild, servedRows } from './served-rows.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the index-by-change tests are skipped');

const seedsFile = path.resolve('../shared/eval/seeds.jsonl');

describe.skipIf(!reachable || !existsSync(seedsFile))('an indexing written by change', { timeout: 180_000 }, () => {
  let changed: Awaited<ReturnType<typeof createTestSchema>>;
  let scratch: Awaited<ReturnType<typeof createTestSchema>>;
  let folder: string;
  let memory: MemoryBriefingService;
  let report: IndexReport;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-by-change-'));
    cpSync('corpus', folder, { recursive: true });
    changed = await createTestSchema();
    scratch = await createTestSchema();
    await migrate(changed.pool());
    await migrate(scratch.pool());
    const before = await createBriefingService({ corpusDir: folder, workers: 0 });
    expect((await indexBuild(changed.pool(), before)).version).toBe(1);
    await before.close?.();
    // One article changed (a new person, quoted, with a date), one added, one removed.
    appendFileSync(
      path.join(folder, '002_2bc597ee5486c2f4.txt'),
      '\n"The work was done on March 3," said Omar Haddad, a port engineer.\n',
    );
    writeFileSync(path.join(folder, 'ardenco.md'), ARDENCO_ARTICLE);
    rmSync(path.join(folder, '004_c59ae9a75706696f.txt'));
    memory = await createBriefingService({ corpusDir: folder, workers: 0 });
    report = await indexBuild(changed.pool(), memory);
    expect((await indexBuild(scratch.pool(), memory)).version).toBe(1);
  });

  afterAll(async () => {
    await memory?.close?.();
    await changed?.drop();
    await scratch?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('serves the very rows an indexing of the new corpus from scratch writes', async () => {
    expect(report).toMatchObject({
      added: ['ardenco'],
      changed: ['002_2bc597ee5486c2f4'],
      removed: ['004_c59ae9a75706696f'],
      version: 2,
    });
    expect(await servedRows(changed.pool())).toEqual(await servedRows(scratch.pool()));
    // Only what changed was written again: most rows of the first version still serve, and of
    // /when's groups only the changed article's and the added one's (which took the removed
    // one's number), though the changed one gained a slot: slots are numbered group by group.
    const kept = await changed.pool().query('SELECT count(*)::int AS n FROM who_persons WHERE added_in = 1');
    expect(kept.rows[0].n).toBeGreaterThan(0);
    const groups = await changed
      .pool()
      .query('SELECT article_id FROM when_groups WHERE added_in = 2 ORDER BY article_id');
    expect(groups.rows.map((row) => row.article_id)).toEqual(['002_2bc597ee5486c2f4', 'ardenco']);
  });

  it('gives the same answers, suggestions, briefs and stories as the in-memory engine and the scratch index', async () => {
    const store = new PostgresAnswerStore(changed.pool());
    const fresh = new PostgresAnswerStore(scratch.pool());
    const cases = readCases(seedsFile);
    const { answered } = await expectSameAnswers(memory, store, cases);
    expect(answered).toBeGreaterThan(cases.length / 3);
    for (const { command, query } of cases) {
      for (const asked of new Set([command, 'search' as const])) {
        expect({ asked, query, set: await store.answer(asked, query) }).toEqual({
          asked,
          query,
          set: await fresh.answer(asked, query),
        });
      }
    }
    for (const query of ['Karim Nasser', 'Omar Haddad', 'quays']) {
      for (const command of ['who', 'when', 'quote'] as const)
        expect(await store.answer(command, query)).toEqual(await memory.ask(command, query));
    }
    const served = createPostgresBriefingService(changed.pool());
    try {
      const names = [...new Set(memory.knowledge().people.persons.map((person) => person.name))];
      expect((await expectSameBriefs(memory, served, names)).persons).toBeGreaterThan(0);
      await expectSameCorpus(memory, served);
    } finally {
      await served.close?.();
    }
  });
});

describe.skipIf(!reachable)('migration 010 on a database written before it', { timeout: 120_000 }, () => {
  it("carries the serving version's answer rows over, drops an unpublished indexing's, and the next indexing rewrites them", async () => {
    const schema = await createTestSchema();
    try {
      const pool = schema.pool();
      await migrateBefore(pool, '010');
      await pool.query('UPDATE corpus_version SET version = 1');
      // The serving version's rows, and those an indexer killed before publishing left.
      for (const version of [1, 2]) {
        await pool.query("INSERT INTO example_questions (version, command, question) VALUES ($1, 'who', $2)", [
          version,
          `question ${version}`,
        ]);
        await pool.query("INSERT INTO term_statistics (version, term, passages) VALUES ($1, 'port', $2)", [
          version,
          version,
        ]);
      }
      expect(await migrate(pool)).toEqual(['010_answer_rows_by_change.sql', '011_stable_person_numbers.sql']);
      const examples = await pool.query('SELECT added_in, removed_in, row_hash, question FROM example_questions');
      expect(examples.rows).toEqual([{ added_in: '1', removed_in: null, row_hash: '', question: 'question 1' }]);
      const terms = await pool.query('SELECT added_in, removed_in, passages FROM term_statistics');
      expect(terms.rows).toEqual([{ added_in: '1', removed_in: null, passages: 1 }]);

      await pool.query('DELETE FROM term_statistics');
      const memory = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
      try {
        expect((await indexBuild(pool, memory)).version).toBe(2);
        const carried = await pool.query("SELECT count(*)::int AS n FROM example_questions WHERE row_hash = ''");
        expect(carried.rows[0].n).toBe(0);
        const store = new PostgresAnswerStore(schema.pool());
        expect(await store.answer('who', ' ')).toEqual(await memory.ask('who', ' '));
      } finally {
        await memory.close?.();
      }
    } finally {
      await schema.drop();
    }
  });
});
