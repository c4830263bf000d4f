import { describe, expect, it } from 'vitest';
import { extractPeople, linkPeople } from '../../../src/extract/people/index.js';
import {
  updatePeopleDirectory,
  updatePeopleDirectoryInSteps,
  type PeopleChange,
} from '../../../src/extract/people/update-people-directory.js';
import type { ArticleExtraction, PeopleDirectory, PersonMention } from '../../../src/extract/types.js';
import { article } from './support.js';

// Stories that share surnames (two Bakers, two Husseins, two Walshes) so that relinking one
// surname has namesakes, short forms and role evidence to get right.
const STORIES: string[][] = [
  [
    'Treasury Secretary James Baker said the dollar had fallen far enough.',
    'Baker spoke after meeting Japanese Finance Minister Kiichi Miyazawa.',
  ],
  ['British Education Secretary Kenneth Baker unveiled a plan for schools.', 'Baker said teachers would be paid more.'],
  ['"The dollar is stable," Treasury Secretary Baker told reporters in Paris.'],
  ['Iraqi President Saddam Hussein addressed the nation on Sunday.', 'Hussein said the war would go on.'],
  ["Jordan's King Hussein arrived in Cairo on Monday.", 'King Hussein said peace was near.'],
  ['Analyst Peter Walsh said demand for copper was weak.'],
  ['Senator Mary Walsh said the farm bill would pass.', 'Mr Walsh said he would resign.'],
  [
    'President Ronald Reagan vetoed the highway bill.',
    'Reagan said the bill was too costly.',
    'Federal Reserve Chairman Paul Volcker stayed silent.',
  ],
  ['Volcker told Congress that inflation was under control.', 'Miyazawa said Japan would act.'],
  ['Industry Secretary Patricia Hewitt unveiled the plan.', 'Mrs Hewitt said the plan would help families.'],
  ['Mr Reagan met Prime Minister Yasuhiro Nakasone at the White House.', "Nakasone promised to open Japan's markets."],
  ['Copper prices rose on Tuesday as stocks fell in London.'],
];

function extractionOf(id: string, story: number): ArticleExtraction {
  return { articleId: id, people: extractPeople(article(id, STORIES[story]!)), events: [], quotations: [] };
}

/** A small deterministic generator, so a failing sequence can be replayed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function fullLink(corpus: ReadonlyMap<string, ArticleExtraction>): PeopleDirectory {
  return linkPeople([], [...corpus.values()]);
}

describe('updatePeopleDirectory', () => {
  it.each([1, 2, 3, 4, 5])('equals a full link after every step of adds, changes and removes (seed %i)', (seed) => {
    const random = sequence(seed);
    const corpus = new Map<string, ArticleExtraction>();
    STORIES.slice(0, 6).forEach((_story, index) => corpus.set(`s${index}`, extractionOf(`s${index}`, index)));
    let directory = fullLink(corpus);
    let nextId = 100;
    for (let step = 0; step < 25; step++) {
      const ids = [...corpus.keys()];
      const pick = (): string => ids[Math.floor(random() * ids.length)]!;
      const story = (): number => Math.floor(random() * STORIES.length);
      const roll = random();
      let change: PeopleChange;
      if (roll < 0.35 || ids.length < 3) {
        const id = `s${nextId++}`;
        corpus.set(id, extractionOf(id, story()));
        change = { removed: [], upserted: [id] };
      } else if (roll < 0.7) {
        const id = pick();
        corpus.set(id, extractionOf(id, story()));
        change = { removed: [], upserted: [id] };
      } else if (roll < 0.9) {
        const id = pick();
        corpus.delete(id);
        change = { removed: [id], upserted: [] };
      } else {
        // Several at once: one removed, one changed, one added.
        const [gone, edited] = [pick(), pick()];
        corpus.delete(gone);
        const added = `s${nextId++}`;
        corpus.set(added, extractionOf(added, story()));
        if (edited !== gone) corpus.set(edited, extractionOf(edited, story()));
        change = { removed: [gone], upserted: edited !== gone ? [edited, added] : [added] };
      }
      directory = updatePeopleDirectory(directory, corpus, change);
      expect(directory, `step ${step}: ${JSON.stringify(change)}`).toEqual(fullLink(corpus));
    }
  });

  it('keeps the records of surnames the change does not name, and does not touch the previous directory', () => {
    const corpus = new Map(STORIES.map((_story, index) => [`s${index}`, extractionOf(`s${index}`, index)]));
    const previous = fullLink(corpus);
    const before = structuredClone(previous);
    corpus.set('s1', extractionOf('s1', 5));
    const next = updatePeopleDirectory(previous, corpus, { removed: [], upserted: ['s1'] });
    expect(previous).toEqual(before);
    expect(next).toEqual(fullLink(corpus));
    const reagan = (directory: PeopleDirectory) => directory.persons.find((person) => person.name === 'Ronald Reagan');
    expect(reagan(next)).toBe(reagan(previous));
    expect(next.persons.find((person) => person.name === 'Kenneth Baker')).toBeUndefined();
  });

  it('shares the key map when an edit names nobody new', () => {
    const corpus = new Map(STORIES.map((_story, index) => [`s${index}`, extractionOf(`s${index}`, index)]));
    const previous = fullLink(corpus);
    const edited = extractionOf('s7', 7);
    corpus.set('s7', { ...edited, events: [] });
    const next = updatePeopleDirectory(previous, corpus, { removed: [], upserted: ['s7'] });
    expect(next.byArticleName).toBe(previous.byArticleName);
    expect(next).toEqual(fullLink(corpus));
  });

  it('keeps the record objects of a relinked surname whose persons did not change', () => {
    const corpus = new Map(STORIES.map((_story, index) => [`s${index}`, extractionOf(`s${index}`, index)]));
    const previous = fullLink(corpus);
    const person = (directory: PeopleDirectory, name: string) =>
      directory.persons.find((record) => record.name === name);
    // The Baker surname is relinked: an edit to one of its articles that names nobody new.
    corpus.set('s0', {
      ...extractionOf('s0', 0),
      people: extractPeople(article('s0', [...STORIES[0]!, 'Copper prices rose on Tuesday.'])),
    });
    const next = updatePeopleDirectory(previous, corpus, { removed: [], upserted: ['s0'] });
    expect(next).toEqual(fullLink(corpus));
    expect(person(next, 'James Baker')).toBe(person(previous, 'James Baker'));
    expect(person(next, 'Kenneth Baker')).toBe(person(previous, 'Kenneth Baker'));
    // An edit that gives Kenneth Baker another role makes him a new record; James Baker's stays.
    corpus.set('s1', {
      ...extractionOf('s1', 1),
      people: extractPeople(article('s1', ['British Home Secretary Kenneth Baker unveiled a plan for prisons.'])),
    });
    const after = updatePeopleDirectory(next, corpus, { removed: [], upserted: ['s1'] });
    expect(after).toEqual(fullLink(corpus));
    expect(person(after, 'Kenneth Baker')).not.toBe(person(next, 'Kenneth Baker'));
    expect(person(after, 'James Baker')).toBe(person(previous, 'James Baker'));
  });

  it('links everything when the previous directory carries no linking data', () => {
    const corpus = new Map(STORIES.map((_story, index) => [`s${index}`, extractionOf(`s${index}`, index)]));
    const { linking: _dropped, ...bare } = fullLink(corpus);
    corpus.delete('s3');
    expect(updatePeopleDirectory(bare, corpus, { removed: ['s3'], upserted: [] })).toEqual(fullLink(corpus));
  });

  it('relinks together the surnames of an article where two of them share a name form', () => {
    const mention = (name: string, variants: string[]): PersonMention => ({
      name,
      variants,
      roles: [],
      mentions: [{ paragraph: 0, sentence: `${name} spoke.` }],
    });
    const story = (articleId: string, people: PersonMention[]): ArticleExtraction => ({
      articleId,
      people,
      events: [],
      quotations: [],
    });
    // "Tariq" is a form of Tariq Aziz and the name of another Tariq: the later in the directory
    // (the shorter name) holds the key, even when only the Aziz surname is relinked.
    const corpus = new Map<string, ArticleExtraction>([
      ['tangled', story('tangled', [mention('Tariq Aziz', ['Aziz', 'Tariq']), mention('Tariq', [])])],
      ['other', story('other', [mention('Aziz', [])])],
    ]);
    const previous = fullLink(corpus);
    expect(previous.linking?.entangledArticles).toEqual(['tangled']);
    expect(previous.persons[previous.byArticleName['tangled\u0000Tariq']!]?.name).toBe('Tariq');
    corpus.set('other', story('other', [mention('Tariq Aziz', [])]));
    const next = updatePeopleDirectory(previous, corpus, { removed: [], upserted: ['other'] });
    expect(next).toEqual(fullLink(corpus));
    expect(next.persons[next.byArticleName['tangled\u0000Tariq']!]?.name).toBe('Tariq');
    corpus.delete('tangled');
    expect(updatePeopleDirectory(next, corpus, { removed: ['tangled'], upserted: [] })).toEqual(fullLink(corpus));
  });

  it('runs in steps over a large directory, giving what the one-go update gives', () => {
    const story = (articleId: string, name: string): ArticleExtraction => ({
      articleId,
      people: [{ name, variants: [name], roles: [], mentions: [{ paragraph: 0, sentence: `${name} spoke.` }] }],
      events: [],
      quotations: [],
    });
    // Ten thousand persons: the passes over every person must yield now and then, not hold the loop.
    const corpus = new Map<string, ArticleExtraction>();
    for (let index = 0; index < 10_000; index++) corpus.set(`a${index}`, story(`a${index}`, `Alan Marlow${index}`));
    const previous = fullLink(corpus);
    corpus.set('a5', story('a5', 'Dale Marlow5'));
    const change = { removed: [], upserted: ['a5'] };
    const steps = updatePeopleDirectoryInSteps(previous, corpus, change);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(4);
    expect(step.value).toEqual(updatePeopleDirectory(previous, corpus, change));
    expect(step.value).toEqual(fullLink(corpus));
  });

  it('gives the same directory whatever order the corpus comes in', () => {
    const extractions = STORIES.map((_story, index) => extractionOf(`s${index}`, index));
    expect(linkPeople([], [...extractions].reverse())).toEqual(linkPeople([], extractions));
  });
});
