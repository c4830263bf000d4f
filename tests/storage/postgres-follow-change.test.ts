import { appendFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_CORPORA } from '../../scripts/corpora.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { PostgresAnswerStore } from '../../src/storage/postgres/postgres-answer-store.js';
import { createTestSchema, isDatabaseReachable } from '../support/postgres-schema.js';
import { harbourArticle, makeSampleCorpus } from './sample-corpus.js';
import { expectSameAnswers, type EvalCase } from './same-answers.js';
import { indexBuild, servedRows } from './served-rows.js';

const reachable = await isDatabaseReachable();
if (!reachable)
  console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the follow-the-change tests are skipped');

const bbcArchive = path.join(SHARED_CORPORA, 'bbc-news-corpus.tar.gz');
// BBC articles beside the seed corpus: over a hundred, so three touched are few enough to follow.
const BBC_EVERY = 20;

const EDIT = '\n"The new stand will open on May 4," said Ilse Vandermeer, a council spokeswoman.\n';
// Sorts after every other file: its group takes the number of the removed last one. Henrik Sjoberg
// is named in no quotation nor around one: /quote's terms list him by name alone.
const LAST_ARTICLE = harbourArticle('The board thanked Henrik Sjoberg, who led it for nine years.');
// Sorts before every other file: a fresh build numbers every group after it anew.
const FIRST_ARTICLE = `---
title: Ferry timetable changes
date: 2021-06-04
source: Harbour Daily
---

"The winter timetable starts on October 30," said Tomasz Okonjo, the ferry operator's director.
`;

// Sorting after the others: an owner named in full, then by surname alone in an article of its own
// (linked to her, the only one of that surname); a namesake's article then unlinks that one.
const QUARRY_ARTICLES = {
  zzzz_quarry_1: `---
title: Quarry to reopen
date: 2021-06-07
source: Harbour Daily
---

Dagny Tvedt, the quarry owner, said on Monday the site would reopen.

"We will hire forty people," Tvedt said.
`,
  zzzz_quarry_2: `---
title: Quarry hires
date: 2021-06-11
source: Harbour Daily
---

The quarry took on workers on Friday.

"The first forty are hired," said Mr Tvedt.
`,
};
const NAMESAKE_ARTICLE = `---
title: Rock survey
date: 2021-06-14
source: Harbour Daily
---

Arvid Tvedt, a geologist, said the rock was sound.

"It will last," Arvid Tvedt said.
`;

const TABLES = [
  'who_postings',
  'who_persons',
  'person_suggestions',
  'person_words',
  'article_suggestions',
  'when_terms',
  'when_groups',
  'quote_terms',
  'quote_entries',
  'quote_groups',
  'story_contents',
];
// The person tables' lists: a change writes those of its persons' names and roles alone.
const PERSON_LISTS = ['who_postings', 'person_words'];

/** The questions and autocomplete about these names, as same-answers.ts asks both engines. */
function casesAbout(names: readonly string[]): EvalCase[] {
  return names.flatMap((name, index) =>
    (['who', 'quote'] as const).map((command) => ({ id: `${command}-${index}`, command, query: name, expect: {} })),
  );
}

describe.skipIf(!reachable || !existsSync(bbcArchive))(
  "derived tables that follow an indexing's change",
  { timeout: 240_000 },
  () => {
    let changed: Awaited<ReturnType<typeof createTestSchema>>;
    let work: string;
    let folder: string;
    // A person the corpus names in several articles, with the files naming them.
    let known: { name: string; files: string[] };

    /** The folder built in memory and indexed into the changed schema and a fresh one: the report, both served rows. */
    async function indexAndScratch() {
      const memory: MemoryBriefingService = await createBriefingService({ corpusDir: folder, workers: 0 });
      const scratch = await createTestSchema();
      try {
        await migrate(scratch.pool());
        const report = await indexBuild(changed.pool(), memory);
        await indexBuild(scratch.pool(), memory);
        return { report, memory, rows: await servedRows(changed.pool()), fresh: await servedRows(scratch.pool()) };
      } finally {
        await scratch.drop();
      }
    }

    beforeAll(async () => {
      ({ work, folder } = makeSampleCorpus('briefbot-pg-follow-', BBC_EVERY));
      changed = await createTestSchema();
      await migrate(changed.pool());
      const memory = await createBriefingService({ corpusDir: folder, workers: 0 });
      expect((await indexBuild(changed.pool(), memory)).followed).toEqual([]);
      const person = memory
        .knowledge()
        .people.persons.filter(({ name }) => name.split(' ').length >= 2)
        .sort((left, right) => right.articleIds.length - left.articleIds.length)[0]!;
      known = { name: person.name, files: person.articleIds.map((id) => `${id}.txt`) };
      expect(known.files.length).toBeGreaterThan(1);
      await memory.close?.();
    }, 240_000);

    afterAll(async () => {
      await changed?.drop();
      if (work) rmSync(work, { recursive: true, force: true });
    }, 120_000);

    it('an article edited, the last removed and one added last: only their rows are written, the very rows of a fresh index', async () => {
      const files = readdirSync(folder).sort();
      const edited = files.slice(Math.floor(files.length / 2)).find((file) => !known.files.includes(file))!;
      // The edit also names a person of other articles: their rows change, and the lists naming them.
      appendFileSync(path.join(folder, edited), `${EDIT}\n${known.name} did not attend the opening.\n`);
      rmSync(path.join(folder, files[files.length - 1]!));
      writeFileSync(path.join(folder, 'zzzz_harbour.md'), LAST_ARTICLE);
      const { report, memory, rows, fresh } = await indexAndScratch();
      try {
        expect(files.length).toBeGreaterThan(100);
        expect(report).toMatchObject({ added: ['zzzz_harbour'], changed: [edited.replace(/\.txt$/, '')] });
        expect(report.followed).toEqual(['who', 'when', 'quote', 'stories']);
        expect(rows).toEqual(fresh);
        const written = Object.fromEntries(TABLES.map((table) => [table, report.written[table] ?? 0]));
        // The edited and the added article's groups and stories; the new speakers' entries.
        expect(written).toMatchObject({ when_groups: 2, quote_groups: 2, story_contents: 2, article_suggestions: 1 });
        // The new persons and the one named again, and those of the removed article's surnames.
        expect(written.who_persons).toBeGreaterThanOrEqual(4);
        expect(written.who_persons).toBeLessThan(rows.who_persons!.length / 10);
        expect(written.person_suggestions).toBe(written.who_persons);
        for (const table of PERSON_LISTS) expect(written[table]).toBeLessThan(rows[table]!.length / 10);
        expect(written.quote_entries).toBeLessThanOrEqual(4);
        // The terms of the removed, the edited and the added article, of some thousands.
        expect(written.when_terms).toBeLessThan(rows.when_terms!.length / 10);
        expect(written.quote_terms).toBeLessThan(rows.quote_terms!.length / 10);
        const store = new PostgresAnswerStore(changed.pool());
        for (const query of ['Ilse Vandermeer', 'Maren Sofie Lindqvist', 'Henrik Sjoberg', 'new stand', 'quays']) {
          for (const command of ['who', 'when', 'quote'] as const)
            expect(await store.answer(command, query)).toEqual(await memory.ask(command, query));
        }
        await expectSameAnswers(memory, store, casesAbout(['Ilse Vandermeer', 'Maren Sofie Lindqvist', known.name]));
      } finally {
        await memory.close?.();
      }
    });

    it('an article added before the others: the tables it renumbers are made whole, and the rows are still a fresh index', async () => {
      writeFileSync(path.join(folder, '0000_ferry.md'), FIRST_ARTICLE);
      const { report, memory, rows, fresh } = await indexAndScratch();
      try {
        expect(report.added).toEqual(['0000_ferry']);
        expect(report.followed).toEqual(['who', 'stories']);
        expect(rows).toEqual(fresh);
      } finally {
        await memory.close?.();
      }
    });

    it("a namesake added: a surname in an untouched article is linked otherwise, and that article's quotation follows", async () => {
      for (const [name, text] of Object.entries(QUARRY_ARTICLES)) writeFileSync(path.join(folder, `${name}.md`), text);
      const linked = await indexAndScratch();
      try {
        expect(linked.report.followed).toEqual(['who', 'when', 'quote', 'stories']);
        expect(linked.rows).toEqual(linked.fresh);
        const person = linked.memory.knowledge().people.persons.find(({ name }) => name === 'Dagny Tvedt');
        expect(person?.articleIds).toContain('zzzz_quarry_2');
      } finally {
        await linked.memory.close?.();
      }
      writeFileSync(path.join(folder, 'zzzz_quarry_3.md'), NAMESAKE_ARTICLE);
      const { report, memory, rows, fresh } = await indexAndScratch();
      try {
        expect(report.added).toEqual(['zzzz_quarry_3']);
        expect(report.followed).toEqual(['who', 'when', 'quote', 'stories']);
        expect(rows).toEqual(fresh);
        expect(memory.knowledge().people.persons.find(({ name }) => name === 'Tvedt')?.articleIds).toEqual([
          'zzzz_quarry_2',
        ]);
        // The untouched article's quotation, whose speaker is someone else now (the namesake's
        // article quotes nobody: its quotation names its speaker before the words).
        expect(report.written.quote_entries).toBe(1);
        await expectSameAnswers(
          memory,
          new PostgresAnswerStore(changed.pool()),
          casesAbout(['Tvedt', 'Dagny Tvedt', 'Mr Tvedt']),
        );
      } finally {
        await memory.close?.();
      }
    });

    it('an article naming a person of several articles removed: their rows and lists follow, the very rows of a fresh index', async () => {
      const removed = known.files.find((file) => existsSync(path.join(folder, file)))!;
      rmSync(path.join(folder, removed));
      const { report, memory, rows, fresh } = await indexAndScratch();
      try {
        expect(report.removed).toEqual([removed.replace(/\.txt$/, '')]);
        expect(report.followed).toContain('who');
        expect(rows).toEqual(fresh);
        expect(report.written.who_persons ?? 0).toBeLessThan(rows.who_persons!.length / 10);
        await expectSameAnswers(memory, new PostgresAnswerStore(changed.pool()), casesAbout([known.name]));
      } finally {
        await memory.close?.();
      }
    });
  },
);
