import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_CORPORA } from '../../scripts/corpora.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import type { IndexReport } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { PostgresAnswerStore } from '../../src/storage/postgres/postgres-answer-store.js';
import { createPostgresBriefingService } from '../../src/storage/postgres/postgres-briefing-service.js';
import { createTestSchema, isDatabaseReachable } from '../support/postgres-schema.js';
import { expectSameAnswers, readCases } from './same-answers.js';
import { expectSameBriefs, expectSameCorpus } from './same-briefs.js';
import { harbourArticle, makeSampleCorpus } from './sample-corpus.js';
import { indexBuild, servedRows } from './served-rows.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the person number tests are skipped');

const seedsFile = path.resolve('../shared/eval/seeds.jsonl');
const bbcArchive = path.join(SHARED_CORPORA, 'bbc-news-corpus.tar.gz');
// BBC articles beside the seed corpus: enough people that most would move if numbered by position.
const BBC_EVERY = 50;

// A made-up person with a three-word name, placed in the directory before everyone named in two
// words or one; the article sorts last, so no article's place in the build moves.
const ADDED_ARTICLE = harbourArticle();

// The tables that hold a row a person, or list persons by number.
const PERSON_TABLES = [
  'who_persons',
  'quote_persons',
  'person_suggestions',
  'who_postings',
  'person_words',
  'quote_terms',
  'quote_entries',
  'story_members',
];

describe.skipIf(!reachable || !existsSync(seedsFile) || !existsSync(bbcArchive))(
  'an added person in PostgreSQL',
  {
    timeout: 180_000,
  },
  () => {
    let changed: Awaited<ReturnType<typeof createTestSchema>>;
    let scratch: Awaited<ReturnType<typeof createTestSchema>>;
    let work: string;
    let folder: string;
    let memory: MemoryBriefingService;
    let report: IndexReport;
    let persons: number;

    beforeAll(async () => {
      ({ work, folder } = makeSampleCorpus('briefbot-pg-person-numbers-', BBC_EVERY));
      changed = await createTestSchema();
      scratch = await createTestSchema();
      await migrate(changed.pool());
      await migrate(scratch.pool());
      const before = await createBriefingService({ corpusDir: folder, workers: 0 });
      persons = before.knowledge().people.persons.length;
      await indexBuild(changed.pool(), before);
      await before.close?.();
      writeFileSync(path.join(folder, 'zzzz_harbour.md'), ADDED_ARTICLE);
      memory = await createBriefingService({ corpusDir: folder, workers: 0 });
      report = await indexBuild(changed.pool(), memory);
      await indexBuild(scratch.pool(), memory);
    }, 240_000);

    // Dropping a schema took past the default 20 s under load in the dev-sample test.
    afterAll(async () => {
      await memory?.close?.();
      await changed?.drop();
      await scratch?.drop();
      if (work) rmSync(work, { recursive: true, force: true });
    }, 120_000);

    it('writes the rows of the new person and its article, and leaves everyone else as they were', async () => {
      expect(report).toMatchObject({ added: ['zzzz_harbour'], changed: [], removed: [], version: 2 });
      // One article in some fifty: /when's, /quote's and the stories' rows follow the change.
      expect(report.followed).toEqual(['who', 'when', 'quote', 'stories']);
      expect(memory.knowledge().people.persons.length).toBe(persons + 1);
      // Numbered by position, every person after the new one moved: most of these rows were written again.
      expect(persons).toBeGreaterThan(100);
      const written = Object.fromEntries(PERSON_TABLES.map((table) => [table, report.written[table] ?? 0]));
      // The new person's own rows, its quotation's entry and its article's members.
      expect(written).toMatchObject({
        who_persons: 1,
        quote_persons: 1,
        person_suggestions: 1,
        quote_entries: 1,
        story_members: 1,
      });
      // Postings of its name's words, full name and role; the words of its name and its quotation.
      expect(written.who_postings).toBeLessThanOrEqual(6);
      expect(written.person_words).toBeLessThanOrEqual(3);
      expect(written.quote_terms).toBeLessThanOrEqual(20);
      expect(await servedRows(changed.pool())).toEqual(await servedRows(scratch.pool()));
    });

    it('answers, suggests and briefs as the in-memory engine and an indexing from scratch', async () => {
      const store = new PostgresAnswerStore(changed.pool());
      const fresh = new PostgresAnswerStore(scratch.pool());
      const cases = readCases(seedsFile);
      const { answered } = await expectSameAnswers(memory, store, cases);
      expect(answered).toBeGreaterThan(cases.length / 3);
      for (const query of ['Maren Sofie Lindqvist', 'Lindqvist', 'harbour board chair', 'quays']) {
        for (const command of ['who', 'when', 'quote'] as const) {
          const expected = await memory.ask(command, query);
          expect(await store.answer(command, query)).toEqual(expected);
          expect(await fresh.answer(command, query)).toEqual(expected);
        }
        expect(await store.suggest('person', query, 25)).toEqual(await memory.suggest('person', query, 25));
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
  },
);
