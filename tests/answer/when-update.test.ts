import { describe, expect, it } from 'vitest';
import type { KnowledgeChange } from '../../src/answer/answerer.js';
import { createWhenAnswerer } from '../../src/answer/when.js';
import { buildTables, slotCount, type WhenTables } from '../../src/answer/when/tables.js';
import { postingLength } from '../../src/answer/when/posting-lists.js';
import { compactTables, updateTables } from '../../src/answer/when/update-tables.js';
import type { Article } from '../../src/corpus/article.js';
import { article, knowledgeOf, WHEN_QUESTIONS, WIRE_STORIES } from './when-fixture.js';

const SHIPYARD = article('ship-08', 'Shipyard workers walk out', '1987-06-03', [
  'Shipyard workers walked out on Tuesday over pay, their union said.',
]);
const AIRLINE = article('air-09', 'Airline orders jets', '1987-06-04', [
  'The airline ordered 12 new jets in February, its chairman said.',
]);
const BANK_CHANGED = article('bank-03', 'Central bank cuts discount rate again', '1987-04-02', [
  'The central bank cut its discount rate by a full point on Friday.',
  'A constructor signed the contract for the new bridge in 1985.',
]);

/** Each step: the corpus after a reload, and the change the engine would report. */
const STEPS: Array<{ name: string; articles: Article[]; change: KnowledgeChange }> = [
  { name: 'an article added', articles: [...WIRE_STORIES, SHIPYARD], change: { removed: [], upserted: ['ship-08'] } },
  {
    name: 'an article changed',
    articles: [...WIRE_STORIES.map((item) => (item.id === 'bank-03' ? BANK_CHANGED : item)), SHIPYARD],
    change: { removed: [], upserted: ['bank-03'] },
  },
  {
    name: 'an article removed and another added',
    articles: [
      ...WIRE_STORIES.filter((item) => item.id !== 'strike-05').map((item) =>
        item.id === 'bank-03' ? BANK_CHANGED : item,
      ),
      SHIPYARD,
      AIRLINE,
    ],
    change: { removed: ['strike-05'], upserted: ['air-09'] },
  },
  {
    name: 'the removed article back and the first change undone',
    articles: [...WIRE_STORIES, SHIPYARD, AIRLINE],
    change: { removed: [], upserted: ['strike-05', 'bank-03'] },
  },
  {
    name: 'everything removed',
    articles: [],
    change: { removed: [...WIRE_STORIES.map((item) => item.id), 'ship-08', 'air-09'], upserted: [] },
  },
  {
    name: 'everything back',
    articles: [...WIRE_STORIES],
    change: { removed: [], upserted: WIRE_STORIES.map((item) => item.id) },
  },
];

/** The tables' content apart from numbering: live slots by article and part, and word frequencies. */
function describeTables(tables: WhenTables): {
  slots: string[];
  frequency: Record<string, number>;
  context: Record<string, number>;
  live: number;
} {
  const slots: string[] = [];
  const starts = tables.slotTermStart.values;
  for (let slot = 0; slot < slotCount(tables); slot++) {
    const group = tables.slotGroup.values[slot]!;
    if (group < 0) continue;
    const words = Array.from(
      tables.slotTerms.values.subarray(starts[slot], starts[slot + 1]),
      (term) => tables.vocabulary[term]!,
    );
    slots.push(`${tables.groupArticle[group]} ${tables.slotPart.values[slot]} ${words.sort().join(' ')}`);
  }
  const count = (lists: WhenTables['postings']): Record<string, number> =>
    Object.fromEntries(
      tables.vocabulary
        .map((word, term) => [word, postingLength(lists, term)] as const)
        .filter(([, length]) => length > 0),
    );
  return {
    slots: slots.sort(),
    frequency: count(tables.postings),
    context: count(tables.contextPostings),
    live: tables.liveSlots,
  };
}

describe('updateTables', () => {
  it('keeps slots and corpus statistics equal to a fresh build at every step', () => {
    const tables = buildTables(knowledgeOf(WIRE_STORIES));
    for (const step of STEPS) {
      const knowledge = knowledgeOf(step.articles);
      updateTables(tables, knowledge, step.change);
      expect(describeTables(tables), step.name).toEqual(describeTables(buildTables(knowledge)));
    }
  });

  it('compacts to the live slots only, with the same content', () => {
    const tables = buildTables(knowledgeOf(WIRE_STORIES));
    for (const step of STEPS.slice(0, 3)) updateTables(tables, knowledgeOf(step.articles), step.change);
    const before = describeTables(tables);
    expect(slotCount(tables)).toBeGreaterThan(tables.liveSlots);
    compactTables(tables);
    expect(slotCount(tables)).toBe(tables.liveSlots);
    expect(describeTables(tables)).toEqual(before);
    // Still updatable after renumbering.
    const last = STEPS[3]!;
    updateTables(tables, knowledgeOf(last.articles), last.change);
    expect(describeTables(tables)).toEqual(describeTables(buildTables(knowledgeOf(last.articles))));
  });
});

describe('createWhenAnswerer update', () => {
  it('answers after each update exactly as a fresh build over the same knowledge', () => {
    const answerer = createWhenAnswerer(knowledgeOf(WIRE_STORIES));
    for (const step of STEPS) {
      const knowledge = knowledgeOf(step.articles);
      answerer.update(knowledge, step.change);
      const fresh = createWhenAnswerer(knowledge);
      for (const question of WHEN_QUESTIONS) {
        expect(answerer.answer(question), `${step.name}: ${question}`).toEqual(fresh.answer(question));
      }
    }
  });

  it('finds added and changed words, and forgets removed ones', () => {
    const answerer = createWhenAnswerer(knowledgeOf(WIRE_STORIES));
    expect(answerer.answer('shipyard workers walked out')).toEqual([]);
    for (const step of STEPS.slice(0, 3)) answerer.update(knowledgeOf(step.articles), step.change);
    const dateTexts = (question: string): Array<string | undefined> =>
      answerer.answer(question).map((answer) => answer.dateText);
    expect(answerer.answer('shipyard workers walked out on Tuesday over pay')).toContainEqual(
      expect.objectContaining({ date: '1987-06-02', dateText: 'on Tuesday' }),
    );
    expect(answerer.answer('central bank cut discount rate by a full point')).toContainEqual(
      expect.objectContaining({ date: '1987-03-27', dateText: 'on Friday' }),
    );
    expect(dateTexts('constructor signed the contract for the bridge')).toContain('in 1985');
    expect(dateTexts('bank cut discount rate by half a point')).not.toContain('on Thursday');
    expect(answerer.answer('dockers end strike at the port')).toEqual([]);
  });

  it('ranks with corpus statistics of the live articles only', () => {
    // "rates" becomes rare once the bank stories go; a question's weights must follow.
    const remaining = WIRE_STORIES.filter((item) => !item.id.startsWith('bank'));
    const answerer = createWhenAnswerer(knowledgeOf(WIRE_STORIES));
    answerer.update(knowledgeOf(remaining), { removed: ['bank-03', 'bank-04'], upserted: [] });
    const fresh = createWhenAnswerer(knowledgeOf(remaining));
    for (const question of ['oil output quotas', 'grain exports halted by strike', 'prices cut in December']) {
      expect(answerer.answer(question)).toEqual(fresh.answer(question));
    }
  });

  it('renumbers its slots once removed ones pile up, answering as before', () => {
    const stories = Array.from({ length: 400 }, (_, index) =>
      article(`wire-${index}`, `Company ${index} reports results`, '1987-04-01', [
        `Company ${index} said profits of unit ${index % 37} rose in March after sales began on Tuesday.`,
      ]),
    );
    const answerer = createWhenAnswerer(knowledgeOf(stories));
    const slotsOf = (tables: typeof answerer): number =>
      (tables.toSnapshot() as { slotGroup: Int32Array }).slotGroup.length;
    const revised = stories.map((item, index) =>
      article(item.id, `${item.title} again`, item.published, [
        item.paragraphs[0]!,
        `Unit ${index} shipped its first order in 1986.`,
      ]),
    );
    const knowledge = knowledgeOf(revised);
    answerer.update(knowledge, { removed: [], upserted: revised.map((item) => item.id) });
    const fresh = createWhenAnswerer(knowledge);
    // Every slot was replaced: without compaction the old ones would still be counted.
    expect(slotsOf(answerer)).toBe(slotsOf(fresh));
    for (const question of [
      'profits of company 42 rose in March',
      'unit 7 shipped its first order',
      'company 399 reports results again',
    ]) {
      expect(answerer.answer(question)).toEqual(fresh.answer(question));
      expect(answerer.answer(question).length).toBeGreaterThan(0);
    }
  });

  it('ignores ids it does not know and upserts missing from the knowledge', () => {
    const answerer = createWhenAnswerer(knowledgeOf(WIRE_STORIES));
    answerer.update(knowledgeOf(WIRE_STORIES), { removed: ['never-there'], upserted: ['not-in-knowledge'] });
    const fresh = createWhenAnswerer(knowledgeOf(WIRE_STORIES));
    for (const question of WHEN_QUESTIONS) expect(answerer.answer(question)).toEqual(fresh.answer(question));
  });
});
