import { describe, expect, it } from 'vitest';
import { extractPeople, linkPeople } from '../../src/extract/people/index.js';
import type { ArticleExtraction, PeopleDirectory } from '../../src/extract/types.js';
import { isBeside, numberPersons } from '../../src/storage/postgres/person-numbers.js';
import { article } from '../extract/people/support.js';

const STORIES: Record<string, string[]> = {
  b1: ['Harbour Minister Tomas Brandt opened the new quay.', 'Brandt said trade would grow.'],
  b2: ['Analyst Lena Okafor said the port was full.', 'Okafor expects more ships.'],
  b3: ['Mayor Ruth Adeyemi welcomed the plan.', 'Adeyemi said it would bring jobs.'],
};

function directoryOf(stories: Record<string, string[]>): PeopleDirectory {
  const extractions: ArticleExtraction[] = Object.entries(stories).map(([id, paragraphs]) => ({
    articleId: id,
    people: extractPeople(article(id, paragraphs)),
    events: [],
    quotations: [],
  }));
  return linkPeople([], extractions);
}

function numbersByName(directory: PeopleDirectory): Map<string, number> {
  const { numbers } = numberPersons(directory);
  return new Map(directory.persons.map((person, position) => [person.name, numbers[position]!]));
}

describe('numberPersons', () => {
  it('keeps every other person its number when a person is added before them in the directory', () => {
    const before = directoryOf(STORIES);
    // Fuller names come first, and b0 sorts before every other article: the new person is first.
    const after = directoryOf({ ...STORIES, b0: ['Port chief Anna Maria Castellanos spoke.'] });
    expect(after.persons[0]!.name).toBe('Anna Maria Castellanos');
    expect(after.persons.length).toBe(before.persons.length + 1);
    const numbersAfter = numbersByName(after);
    for (const [name, number] of numbersByName(before))
      expect({ name, number: numbersAfter.get(name) }).toEqual({ name, number });
  });

  it('gives orders that sort, as bytes and as JavaScript strings, in directory order', () => {
    const directory = directoryOf({
      ...STORIES,
      b0: ['Port chief Anna Maria Castellanos spoke.'],
      ä: ['Ruth said so.'],
    });
    const { numbers, orders } = numberPersons(directory);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((number) => Number.isInteger(number) && number >= 0 && number < 2 ** 31)).toBe(true);
    const sorted = [...orders].sort((left, right) => Buffer.compare(Buffer.from(left), Buffer.from(right)));
    expect(sorted).toEqual(orders);
    expect([...orders].sort()).toEqual(orders);
    // Linked afresh, the orders are the founders', not the positions.
    expect(orders[0]).not.toBe('0000000000');
  });

  it('numbers namesakes apart, and orders a directory without linking data by position', () => {
    const record = { name: 'Tomas Brandt', variants: [], roles: [], articleIds: ['b1'], mentionCount: 1 };
    const directory: PeopleDirectory = { persons: [record, { ...record, articleIds: ['b2'] }], byArticleName: {} };
    const { numbers, orders, positional } = numberPersons(directory);
    expect(numbers[0]).not.toBe(numbers[1]);
    expect(orders).toEqual(['0000000000', '0000000001']);
    // Orders that move with every person added before: a change cannot keep the others' rows.
    expect(positional).toBe(true);
    expect(numberPersons(directoryOf(STORIES)).positional).toBe(false);
  });
});

describe('isBeside', () => {
  it('tells a number next to one of a set, the numbers wrapping, from one further away', () => {
    const touched = new Set([10, 2 ** 31 - 2]);
    expect([9, 11, 0, 2 ** 31 - 3].map((number) => isBeside(number, touched))).toEqual([true, true, true, true]);
    expect([8, 12, 10, 1].map((number) => isBeside(number, touched))).toEqual([false, false, false, false]);
  });
});
