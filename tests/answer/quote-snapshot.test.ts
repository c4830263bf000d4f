import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import { QUOTE_SNAPSHOT_FORMAT, restoreTables } from '../../src/answer/quote/tables-snapshot.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import {
  FINANCE_CHANGED,
  knowledgeOf,
  QUOTE_QUESTIONS,
  QUOTE_STORIES,
  SHIPPING,
  SPORT,
  TALKS,
} from './quote-fixture.js';

/** The snapshot as a warm start gets it: through v8's serialisation, as the engine writes it to disk. */
const roundTrip = (value: unknown): unknown => deserialize(serialize(value));

function expectSameAnswers(actual: ReturnType<typeof createQuoteAnswerer>, knowledge: Knowledge): void {
  const fresh = createQuoteAnswerer(knowledge);
  let answered = 0;
  for (const question of QUOTE_QUESTIONS) {
    const answers = actual.answer(question);
    expect(answers, question).toEqual(fresh.answer(question));
    if (answers.length > 0) answered++;
  }
  expect(answered).toBeGreaterThan(QUOTE_QUESTIONS.length / 2);
}

describe('/quote snapshot', () => {
  const articles = [...QUOTE_STORIES, TALKS, SPORT];
  const knowledge = knowledgeOf(articles);

  it('answers identically after a round trip through v8 serialisation', () => {
    const built = createQuoteAnswerer(knowledge);
    const snapshot = roundTrip(built.toSnapshot());
    expect(restoreTables(snapshot, knowledge)).not.toBeNull();
    expectSameAnswers(createQuoteAnswerer(knowledge, snapshot), knowledge);
  });

  it('holds only plain data: typed arrays and lists of strings', () => {
    const snapshot = createQuoteAnswerer(knowledge).toSnapshot() as Record<string, unknown>;
    expect(snapshot.format).toBe(QUOTE_SNAPSHOT_FORMAT);
    for (const [key, value] of Object.entries(snapshot)) {
      if (key === 'format') continue;
      const plain =
        value instanceof Int32Array || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
      expect(plain, key).toBe(true);
    }
  });

  it('round-trips tables that updates left with removed entries, and the restored tables keep updating', () => {
    const answerer = createQuoteAnswerer(knowledgeOf(QUOTE_STORIES));
    answerer.update(knowledge, { removed: [], upserted: ['talks-08', 'sport-09'] });
    const changed = knowledgeOf([
      ...articles
        .filter((item) => item.id !== 'bank-04')
        .map((item) => (item.id === 'fin-01' ? FINANCE_CHANGED : item)),
      SHIPPING,
    ]);
    answerer.update(changed, { removed: ['bank-04'], upserted: ['fin-01', 'ship-10'] });
    const restored = createQuoteAnswerer(changed, roundTrip(answerer.toSnapshot()));
    expectSameAnswers(restored, changed);
    restored.update(knowledge, { removed: ['ship-10'], upserted: ['bank-04', 'fin-01'] });
    expectSameAnswers(restored, knowledge);
  });

  it('never writes into the snapshot it was given', () => {
    const snapshot = roundTrip(createQuoteAnswerer(knowledge).toSnapshot());
    const before = serialize(snapshot);
    const restored = createQuoteAnswerer(knowledge, snapshot);
    restored.update(knowledgeOf(QUOTE_STORIES), { removed: ['talks-08', 'sport-09'], upserted: ['fin-01'] });
    expect(serialize(snapshot).equals(before)).toBe(true);
  });

  it('brings articles added, changed or removed since the snapshot up to date', () => {
    const snapshot = roundTrip(createQuoteAnswerer(knowledge).toSnapshot());
    const later = knowledgeOf([
      ...articles
        .filter((item) => item.id !== 'trade-06')
        .map((item) => (item.id === 'fin-01' ? FINANCE_CHANGED : item)),
      SHIPPING,
    ]);
    expect(restoreTables(snapshot, later)).not.toBeNull();
    expectSameAnswers(createQuoteAnswerer(later, snapshot), later);
  });

  it('follows a people directory linked differently from the snapshot', () => {
    // The namesake's article is unchanged content, but the directory now links "Keller" otherwise.
    const snapshot = roundTrip(createQuoteAnswerer(knowledgeOf([...QUOTE_STORIES, TALKS])).toSnapshot());
    const relinked = knowledgeOf([...QUOTE_STORIES, TALKS, SPORT]);
    const restored = createQuoteAnswerer(relinked, snapshot);
    expect(restored.answer('taxes agreement').map((answer) => answer.speaker)).toEqual(['Keller']);
    expectSameAnswers(restored, relinked);
  });

  const garbled: Array<{ name: string; change: (snapshot: Record<string, unknown>) => unknown }> = [
    { name: 'nothing', change: () => null },
    { name: 'the old engine placeholder', change: () => undefined },
    { name: 'another format', change: (snapshot) => ({ ...snapshot, format: 'briefbot/quote-tables@0' }) },
    { name: 'a missing table', change: ({ quoteTerms: _dropped, ...rest }) => rest },
    {
      name: 'a torn entry table',
      change: (snapshot) => ({ ...snapshot, entryKind: (snapshot.entryKind as Int32Array).slice(1) }),
    },
    {
      name: 'a term beyond the vocabulary',
      change: (snapshot) => ({ ...snapshot, quoteTerms: (snapshot.quoteTerms as Int32Array).map(() => 1e6) }),
    },
    {
      name: 'ranges out of order',
      change: (snapshot) => ({ ...snapshot, groupEnd: (snapshot.groupEnd as Int32Array).map(() => 0) }),
    },
    {
      name: 'a plain array for a typed one',
      change: (snapshot) => ({ ...snapshot, entryGroup: Array.from(snapshot.entryGroup as Int32Array) }),
    },
  ];

  it.each(garbled)('builds afresh from $name', ({ change }) => {
    const snapshot = roundTrip(createQuoteAnswerer(knowledge).toSnapshot()) as Record<string, unknown>;
    const broken = change(snapshot);
    if (broken !== undefined) expect(restoreTables(broken, knowledge)).toBeNull();
    expectSameAnswers(createQuoteAnswerer(knowledge, broken), knowledge);
  });
});
