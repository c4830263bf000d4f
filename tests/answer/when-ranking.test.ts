import { describe, expect, it } from 'vitest';
import { hashAnswerKey } from '../../src/answer/when/answer-key.js';
import { rankSlots, type RankedSlots } from '../../src/answer/when/ranked-slots.js';
import type { ScoredSlot } from '../../src/answer/when/score-slots.js';
import { buildTables, slotCount, type WhenTables } from '../../src/answer/when/tables.js';
import { toAnswers } from '../../src/answer/when/to-answers.js';
import { article, knowledgeOf } from './when-fixture.js';

const bySlot = (a: ScoredSlot, b: ScoredSlot): number => a.slot - b.slot;
const byScoreThenSlot = (a: ScoredSlot, b: ScoredSlot): number => b.score - a.score || bySlot(a, b);

describe('rankSlots', () => {
  it.each([
    ['distinct scores', [0.3, 0.9, 0.1, 0.7, 0.5]],
    ['ties broken by the comparison', [0.5, 0.5, 0.9, 0.5, 0.1, 0.9]],
    ['one slot', [0.4]],
    ['none', []],
  ])('hands out %s best first', (_case, scores) => {
    const scored = scores.map((score, slot) => ({ slot, score }));
    const expected = [...scored].sort(byScoreThenSlot).map((entry) => entry.slot);
    const ranked = rankSlots(scored, bySlot);
    const taken: number[] = [];
    for (let slot = ranked.next(); slot !== undefined; slot = ranked.next()) taken.push(slot);
    expect(taken).toEqual(expected);
  });

  it('gives the rest that passes a test, best first, after the best few were taken', () => {
    const scored = [0.2, 0.8, 0.6, 0.9, 0.4, 0.7, 0.1].map((score, slot) => ({ slot, score }));
    const ranked = rankSlots(scored, bySlot);
    expect([ranked.next(), ranked.next()]).toEqual([3, 1]);
    expect(ranked.restWhere((slot) => slot !== 2)).toEqual([5, 4, 0, 6]);
    expect(ranked.next()).toBeUndefined();
  });

  it('hands out many ties in the order of a full sort, before and after the rest is asked for', () => {
    // Thirteen scores over 500 slots; ties go to the later slot, so the tie-break shows.
    const scored = Array.from({ length: 500 }, (_, slot) => ({ slot, score: ((slot * 7919) % 13) / 4 }));
    const laterFirst = (a: ScoredSlot, b: ScoredSlot): number => b.slot - a.slot;
    const expected = [...scored].sort((a, b) => b.score - a.score || laterFirst(a, b)).map((entry) => entry.slot);
    const ranked = rankSlots(scored, laterFirst);
    expect([ranked.next(), ranked.next(), ranked.next()]).toEqual(expected.slice(0, 3));
    expect(ranked.restWhere((slot) => slot % 2 === 0)).toEqual(expected.slice(3).filter((slot) => slot % 2 === 0));
  });

  it('breaks only the ties of the scores it hands out', () => {
    // Ties deep in the heap are never read: breaking one can cost a look at the article.
    const scored = Array.from({ length: 1000 }, (_, slot) => ({ slot, score: slot < 3 ? 1 : 0.5 }));
    const asked = new Set<number>();
    const ranked = rankSlots(scored, (a, b) => {
      asked.add(a.slot).add(b.slot);
      return bySlot(a, b);
    });
    expect([ranked.next(), ranked.next(), ranked.next()]).toEqual([0, 1, 2]);
    expect([...asked].every((slot) => slot < 3)).toBe(true);
    expect(ranked.restWhere((slot) => slot === 500 || slot === 7)).toEqual([7, 500]);
  });
});

type AnswerKey = [date: string | null, dateText: string, event: string];

describe('hashAnswerKey', () => {
  it.each<[string, AnswerKey, AnswerKey]>([
    ['another date', ['1987-03-02', 'on Monday', 'Talks began'], ['1987-03-09', 'on Monday', 'Talks began']],
    ['no date and an empty one', [null, 'on Monday', 'Talks began'], ['', 'on Monday', 'Talks began']],
    ['words moved between fields', ['1987', 'in 1987', 'Talks began'], ['1987', 'in 198', '7Talks began']],
    ['another event', ['1987', 'in 1987', 'Talks began'], ['1987', 'in 1987', 'Talks ended']],
  ])('tells apart %s, and gives equal keys one hash', (_case, first, second) => {
    expect(hashAnswerKey(...first)).not.toBe(hashAnswerKey(...second));
    expect(hashAnswerKey(...first)).toBe(hashAnswerKey(first[0], `${first[1]}`, `${first[2]}`));
  });
});

/** Agency copies of one sentence, and five other stories with their own dated events. */
const SENTENCE = 'Wheat exports to Egypt rose by a third in January, traders said.';
const ARTICLES = [
  article('wire-a', 'Egypt buys more wheat', '1987-03-02', [SENTENCE]),
  ...['b', 'c', 'd', 'e', 'f'].map((letter, index) =>
    article(`other-${letter}`, `Grain note ${letter}`, '1987-03-03', [
      `Maize sales to Peru number ${index} fell in February, dealers said.`,
    ]),
  ),
  article('copy-1', 'Grain roundup', '1987-03-04', [SENTENCE]),
  article('copy-2', 'Middle East trade notes', '1987-03-05', ['Cotton prices held steady on Monday.', SENTENCE]),
];

/** A fixed ranking, the way a full sort of every scored slot would hand it over. */
function rankingOf(order: number[], filtered: boolean): RankedSlots {
  let next = 0;
  return {
    next: () => order[next++],
    restWhere: (keep) => order.splice(next).filter((slot) => !filtered || keep(slot)),
  };
}

function eventSlotsOf(tables: WhenTables, articleId: string): number[] {
  const slots: number[] = [];
  for (let slot = 0; slot < slotCount(tables); slot++) {
    const group = tables.slotGroup.values[slot]!;
    if (tables.groupArticle[group] === articleId && tables.slotPart.values[slot]! >= 0) slots.push(slot);
  }
  return slots;
}

describe('toAnswers', () => {
  const knowledge = knowledgeOf(ARTICLES);
  const tables = buildTables(knowledge);
  const slotsOf = (ids: string[]): number[] => ids.flatMap((id) => eventSlotsOf(tables, id));
  const order = (): number[] => [
    ...slotsOf(['wire-a', 'other-b', 'other-c', 'other-d', 'other-e', 'other-f']),
    // Below five answers: news passages that cannot be answers any more, then the copies.
    ...Array.from({ length: slotCount(tables) }, (_, slot) => slot).filter((slot) => tables.slotPart.values[slot]! < 0),
    ...slotsOf(['copy-1', 'copy-2']),
  ];

  it('still cites copies ranked below five other answers, in their order', () => {
    const answers = toAnswers(tables, knowledge, rankingOf(order(), true));
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatchObject({ date: '1987-01', dateText: 'in January' });
    expect(answers[0]!.citations.map((citation) => citation.article)).toEqual(['wire-a', 'copy-1', 'copy-2']);
  });

  it('answers as if every ranked slot were read', () => {
    expect(toAnswers(tables, knowledge, rankingOf(order(), true))).toEqual(
      toAnswers(tables, knowledge, rankingOf(order(), false)),
    );
  });
});
