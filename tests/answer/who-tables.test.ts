import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { KnowledgeChange } from '../../src/answer/answerer.js';
import { createWhoAnswerer } from '../../src/answer/who.js';
import type { Article } from '../../src/corpus/article.js';
import { extractPeople, linkPeople, updatePeopleDirectory } from '../../src/extract/people/index.js';
import type { ArticleExtraction } from '../../src/extract/types.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

function article(id: string, paragraphs: string[]): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Story ${id}`,
    published: '1987-03-05',
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: paragraphs.join('\n'),
  };
}

const STORIES: Record<string, string[]> = {
  'fx-1': [
    'Treasury Secretary James Baker said the dollar had fallen far enough.',
    'Baker spoke after talks with Japanese Finance Minister Kiichi Miyazawa.',
  ],
  'fx-2': ['"The dollar is stable," Treasury Secretary Baker told reporters in Paris.'],
  'uk-1': [
    'British Education Secretary Kenneth Baker unveiled a plan for schools.',
    'Baker said teachers would be paid more.',
  ],
  'fed-1': ['Federal Reserve Chairman Paul Volcker told Congress that inflation was under control.'],
  'fed-2': ['Volcker said the Fed would not tighten credit.', 'President Ronald Reagan praised the Fed chairman.'],
  'iraq-1': ['Iraqi President Saddam Hussein addressed the nation on Sunday.', 'Hussein said the war would go on.'],
  'jordan-1': ["Jordan's King Hussein arrived in Cairo on Monday.", 'King Hussein said peace was near.'],
  'tokyo-1': [
    'Prime Minister Yasuhiro Nakasone met Ronald Reagan at the White House.',
    'Reagan said the talks went well.',
  ],
  'oil-1': [
    'Saudi Oil Minister Hisham Nazer said OPEC would hold prices.',
    'Analyst Peter Walsh said demand was weak.',
  ],
};

const QUESTIONS = [
  'Baker',
  'James Baker',
  'Kenneth Baker',
  'Treasury Secretary',
  'education secretary',
  'Volcker',
  'Fed chairman',
  'Federal Reserve chairman',
  'Hussein',
  'Saddam Hussein',
  'Iraqi president',
  'King Hussein',
  'Reagan',
  'President Reagan',
  'Nakasone',
  'Japanese prime minister',
  'finance minister',
  'Miyazawa',
  'Saudi oil minister',
  'analyst',
  'Walsh',
  'Nazer',
];

function knowledgeOf(
  stories: Record<string, string[]>,
  people?: (extractions: Map<string, ArticleExtraction>) => Knowledge['people'],
): Knowledge {
  const articles = Object.entries(stories).map(([id, paragraphs]) => article(id, paragraphs));
  const extractions = new Map(
    articles.map((item) => [item.id, { articleId: item.id, people: extractPeople(item), events: [], quotations: [] }]),
  );
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions,
    people: people ? people(extractions) : linkPeople(articles, [...extractions.values()]),
  };
}

/** The knowledge after a change, its directory updated from the previous one as a reload does. */
function changed(previous: Knowledge, stories: Record<string, string[]>, change: KnowledgeChange): Knowledge {
  return knowledgeOf(stories, (extractions) => updatePeopleDirectory(previous.people, extractions, change));
}

function roundTrip(snapshot: unknown): unknown {
  return deserialize(serialize(snapshot));
}

function expectSameAnswers(
  answerer: { answer(query: string): unknown },
  fresh: { answer(query: string): unknown },
  label: string,
): void {
  for (const question of QUESTIONS)
    expect(answerer.answer(question), `${label}: ${question}`).toEqual(fresh.answer(question));
}

describe('createWhoAnswerer update', () => {
  it('answers as a fresh build after adds, changes and removes', () => {
    let stories = { ...STORIES };
    let knowledge = knowledgeOf(stories);
    const answerer = createWhoAnswerer(knowledge);
    const steps: Array<[string, (current: Record<string, string[]>) => Record<string, string[]>, KnowledgeChange]> = [
      [
        'a story naming a new Baker',
        (current) => ({ ...current, 'uk-2': ['Conservative chairman Norman Baker resigned on Friday.'] }),
        { removed: [], upserted: ['uk-2'] },
      ],
      [
        'Volcker replaced by Greenspan',
        (current) => ({ ...current, 'fed-1': ['Federal Reserve Chairman Alan Greenspan said rates would rise.'] }),
        { removed: [], upserted: ['fed-1'] },
      ],
      [
        'the Jordan story gone',
        (current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== 'jordan-1')),
        { removed: ['jordan-1'], upserted: [] },
      ],
      [
        'an edit that names nobody new',
        (current) => ({ ...current, 'oil-1': [...current['oil-1']!, 'Prices rose on Tuesday.'] }),
        { removed: [], upserted: ['oil-1'] },
      ],
      [
        'the Treasury stories gone',
        (current) => Object.fromEntries(Object.entries(current).filter(([id]) => !id.startsWith('fx-'))),
        { removed: ['fx-1', 'fx-2'], upserted: [] },
      ],
      // Everyone after Greenspan in the directory moves up one: Reagan is cited by first mention.
      [
        'the Greenspan story gone',
        (current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== 'fed-1')),
        { removed: ['fed-1'], upserted: [] },
      ],
    ];
    for (const [label, edit, change] of steps) {
      stories = edit(stories);
      knowledge = changed(knowledge, stories, change);
      answerer.update(knowledge, change);
      expectSameAnswers(answerer, createWhoAnswerer(knowledge), label);
    }
    expect(answerer.answer('Greenspan')).toEqual([]);
    expect(
      answerer
        .answer('Reagan')[0]
        ?.citations.map((citation) => citation.article)
        .sort(),
    ).toEqual(['fed-2', 'tokyo-1']);
    expect(answerer.answer('King Hussein').flatMap((answer) => answer.roles)).not.toContain('King');
  });

  it('follows a directory linked afresh, where no record is the same object', () => {
    const answerer = createWhoAnswerer(knowledgeOf(STORIES));
    const fewer = Object.fromEntries(Object.entries(STORIES).filter(([id]) => id !== 'fed-1'));
    const next = knowledgeOf(fewer);
    answerer.update(next, { removed: ['fed-1'], upserted: [] });
    expectSameAnswers(answerer, createWhoAnswerer(next), 'relinked');
  });

  it('cites the changed text of a changed article', () => {
    const knowledge = knowledgeOf(STORIES);
    const answerer = createWhoAnswerer(knowledge);
    const stories = { ...STORIES, 'fed-2': ['Paul Volcker said on Friday that the dollar was too weak.'] };
    const change = { removed: [], upserted: ['fed-2'] };
    answerer.update(changed(knowledge, stories, change), change);
    const passages = answerer.answer('Volcker')[0]?.citations.map((citation) => citation.passage);
    expect(passages).toContain('Paul Volcker said on Friday that the dollar was too weak.');
    expect(passages).not.toContain('Volcker said the Fed would not tighten credit.');
  });
});

describe('createWhoAnswerer snapshot', () => {
  const knowledge = knowledgeOf(STORIES);
  const built = createWhoAnswerer(knowledge);

  it('answers identically after a v8 round trip', () => {
    const restored = createWhoAnswerer(knowledge, roundTrip(built.toSnapshot()));
    expectSameAnswers(restored, built, 'restored');
    expect(restored.answer('Volcker')[0]?.person).toBe('Paul Volcker');
  });

  it('round-trips the tables of an updated answerer, freed slots and all, and they keep updating', () => {
    const answerer = createWhoAnswerer(knowledge);
    const stories = {
      ...Object.fromEntries(Object.entries(STORIES).filter(([id]) => id !== 'iraq-1')),
      'gulf-1': ['Iraqi Foreign Minister Tariq Aziz met the envoy.'],
    };
    const change = { removed: ['iraq-1'], upserted: ['gulf-1'] };
    const next = changed(knowledge, stories, change);
    answerer.update(next, change);
    const restored = createWhoAnswerer(next, roundTrip(answerer.toSnapshot()));
    expectSameAnswers(restored, createWhoAnswerer(next), 'restored after update');
    const later = { ...stories, 'gulf-2': ['Aziz said Iraq wanted peace.'] };
    const laterChange = { removed: [], upserted: ['gulf-2'] };
    const third = changed(next, later, laterChange);
    restored.update(third, laterChange);
    expectSameAnswers(restored, createWhoAnswerer(third), 'restored, then updated');
  });

  it('keeps the snapshot it was given unchanged by later updates', () => {
    const snapshot = roundTrip(built.toSnapshot());
    const bytes = serialize(snapshot);
    const restored = createWhoAnswerer(knowledge, snapshot);
    const stories = { ...STORIES, 'fed-3': ['Fed Governor Wayne Angell said Volcker was right.'] };
    const change = { removed: [], upserted: ['fed-3'] };
    restored.update(changed(knowledge, stories, change), change);
    expect(serialize(snapshot).equals(bytes)).toBe(true);
  });

  it.each([
    ['another directory', () => roundTrip(createWhoAnswerer(knowledgeOf({ 'fed-1': STORIES['fed-1']! })).toSnapshot())],
    ['another format', () => ({ ...(roundTrip(built.toSnapshot()) as object), format: 'briefbot/who-tables@0' })],
    ['torn arrays', () => ({ ...(roundTrip(built.toSnapshot()) as object), nameFormStart: new Int32Array(2) })],
    [
      'a word table naming a person past the last',
      () => ({
        ...(roundTrip(built.toSnapshot()) as object),
        byNameWord: { keys: ['baker'], starts: Int32Array.of(0, 1), entries: Int32Array.of(999) },
      }),
    ],
    ['no snapshot at all', () => null],
  ])('builds afresh from a snapshot of %s', (_kind, snapshot) => {
    expectSameAnswers(createWhoAnswerer(knowledge, snapshot()), built, 'rebuilt');
  });
});
