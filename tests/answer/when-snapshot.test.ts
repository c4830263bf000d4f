import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createWhenAnswerer } from '../../src/answer/when.js';
import type { Article } from '../../src/corpus/article.js';
import { restoreTables } from '../../src/answer/when/tables-snapshot.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { article, knowledgeOf, WHEN_QUESTIONS, WIRE_STORIES } from './when-fixture.js';

/** Through the bytes a warm start reads from disk. */
function roundTrip(snapshot: unknown): unknown {
  return deserialize(serialize(snapshot));
}

/** The same knowledge, but reading an article's words throws: a restore must not walk the corpus. */
function sealedWords(knowledge: Knowledge): Knowledge {
  const articles = new Map<string, Article>();
  for (const [id, item] of knowledge.articles) {
    const sealed = { ...item };
    for (const key of ['title', 'paragraphs'] as const) {
      Object.defineProperty(sealed, key, {
        get: () => {
          throw new Error(`read ${key} of ${id}`);
        },
      });
    }
    articles.set(id, sealed);
  }
  return { ...knowledge, articles };
}

describe('createWhenAnswerer snapshot', () => {
  const knowledge = knowledgeOf(WIRE_STORIES);
  const built = createWhenAnswerer(knowledge);

  it('answers identically after a v8 round trip', () => {
    const restored = createWhenAnswerer(knowledge, roundTrip(built.toSnapshot()));
    for (const question of WHEN_QUESTIONS) expect(restored.answer(question), question).toEqual(built.answer(question));
    expect(restored.answer('oil ministers meet in Vienna').length).toBeGreaterThan(0);
  });

  it('restores without reading any article text', () => {
    const snapshot = roundTrip(built.toSnapshot());
    expect(() => createWhenAnswerer(sealedWords(knowledge), snapshot)).not.toThrow();
    expect(() => createWhenAnswerer(sealedWords(knowledge))).toThrow(/read/);
  });

  it('keeps the snapshot it was given unchanged by later updates', () => {
    const snapshot = roundTrip(built.toSnapshot());
    const bytes = serialize(snapshot);
    const restored = createWhenAnswerer(knowledge, snapshot);
    const fewer = WIRE_STORIES.filter((item) => item.id !== 'car-02');
    restored.update(knowledgeOf(fewer), { removed: ['car-02'], upserted: [] });
    expect(serialize(snapshot).equals(bytes)).toBe(true);
  });

  it('round-trips the tables of an updated answerer, removed slots and all', () => {
    const answerer = createWhenAnswerer(knowledge);
    const changed = [
      ...WIRE_STORIES.filter((item) => item.id !== 'oil-01'),
      article('mine-10', 'Mine reopens', '1987-07-01', ['The mine reopened on Monday after a flood in May.']),
    ];
    const next = knowledgeOf(changed);
    answerer.update(next, { removed: ['oil-01'], upserted: ['mine-10'] });
    const restored = createWhenAnswerer(sealedWords(next), roundTrip(answerer.toSnapshot()));
    // Answers read the words: hand over the real articles, with nothing changed.
    restored.update(next, { removed: [], upserted: [] });
    const fresh = createWhenAnswerer(next);
    for (const question of [...WHEN_QUESTIONS, 'mine reopened after a flood']) {
      expect(restored.answer(question), question).toEqual(fresh.answer(question));
    }
  });

  it.each([
    ['nothing usable', { format: 'something else' }],
    ['a torn table', { ...(roundTrip(built.toSnapshot()) as object), slotPart: new Int32Array(1) }],
    ['not an object', 'snapshot'],
    ['null', null],
  ])('builds from the knowledge when the snapshot is %s', (_case, snapshot) => {
    const answerer = createWhenAnswerer(knowledge, snapshot);
    for (const question of WHEN_QUESTIONS) expect(answerer.answer(question)).toEqual(built.answer(question));
  });

  it.each([
    ['a torn answer table', { slotAnswerHash: new Int32Array(1) }],
    ['of the layout before answer hashes', { format: 'briefbot/when-tables@1', slotAnswerHash: undefined }],
  ])('restores nothing from a snapshot %s', (_case, changes) => {
    const snapshot = { ...(roundTrip(built.toSnapshot()) as object), ...changes };
    expect(restoreTables(roundTrip(built.toSnapshot()), knowledge)).not.toBeNull();
    expect(restoreTables(snapshot, knowledge)).toBeNull();
  });

  it.each([
    [
      'an article changed',
      WIRE_STORIES.map((item) =>
        item.id === 'bank-04'
          ? article(item.id, item.title, item.published, ['The bank raised rates on Friday.'])
          : item,
      ),
    ],
    [
      'an article added',
      [
        ...WIRE_STORIES,
        article('mine-10', 'Mine reopens', '1987-07-01', ['The mine reopened on Monday after a flood in May.']),
      ],
    ],
    ['an article gone', WIRE_STORIES.slice(1)],
  ])('builds from the knowledge when %s since the snapshot', (_case, articles) => {
    const next = knowledgeOf(articles);
    const answerer = createWhenAnswerer(next, roundTrip(built.toSnapshot()));
    const fresh = createWhenAnswerer(next);
    for (const question of [...WHEN_QUESTIONS, 'the bank raised rates', 'mine reopened after a flood']) {
      expect(answerer.answer(question)).toEqual(fresh.answer(question));
    }
  });

  it('serialises words that are also names of object properties', () => {
    const odd = knowledgeOf([
      article('odd-11', 'Constructor wins bridge contract', '1987-02-02', [
        'A constructor won the contract on Monday; its valueOf shares rose.',
      ]),
    ]);
    const answerer = createWhenAnswerer(odd);
    const restored = createWhenAnswerer(odd, roundTrip(answerer.toSnapshot()));
    expect(restored.answer('constructor won bridge contract')).toEqual(
      answerer.answer('constructor won bridge contract'),
    );
    expect(restored.answer('constructor won bridge contract').length).toBeGreaterThan(0);
  });
});
