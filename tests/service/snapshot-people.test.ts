// A snapshot stores the people directory with its roles' text as spans of the articles'
// paragraphs and its names once each; a start gives it back equal to what was linked.
import { deserialize, serialize } from 'node:v8';
import { expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import type { PeopleDirectory } from '../../src/extract/types.js';
import { packPeople, unpackPeople } from '../../src/service/snapshot-people.js';

const sentence = 'Ardenco named Karim Nasser, a former deputy mayor, as its chief executive on Thursday.';
const article: Article = {
  title: 'Ardenco names a chief',
  published: '2020-03-06',
  source: 'Example Wire',
  url: null,
  paragraphs: ['ROTTERDAM, March 6 -', sentence],
  credits: [],
  extra: {},
  id: 'ardenco',
  path: 'ardenco.txt',
  contentHash: 'hash',
};
const articles = new Map([[article.id, article]]);

const people: PeopleDirectory = {
  persons: [
    {
      name: 'Karim Nasser',
      variants: ['Karim Nasser', 'Nasser'],
      roles: [
        { role: 'a former deputy mayor', paragraph: 1, sentence, articleId: 'ardenco' },
        { role: 'chief', paragraph: 1, sentence: 'A sentence the article never says.', articleId: 'ardenco' },
      ],
      articleIds: ['ardenco'],
      mentionCount: 3,
    },
    // Another shape (a field this code does not know): kept as it is, in its place.
    { name: 'Omar Haddad', variants: [], roles: [], articleIds: [], mentionCount: 1, seen: true } as never,
    { name: 'Nasser', variants: ['Nasser'], roles: [], articleIds: ['ardenco', 'gone'], mentionCount: 1 },
  ],
  byArticleName: { 'ardenco\u0000Karim Nasser': 0, 'ardenco\u0000Nasser': 0 },
};

const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

it('gives the directory back as it was, roles read from their paragraphs, names stored once', () => {
  const before = structuredClone(people);
  const packed = packPeople(people, articles);
  expect(people).toEqual(before);
  expect(packed.strings).not.toContain(sentence);
  expect(packed.strings.filter((text) => text === 'Nasser')).toHaveLength(1);
  expect(packed.others).toHaveLength(1);
  const back = unpackPeople(roundTrip(packed), new Map([[article.id, roundTrip(article)]]));
  expect(JSON.stringify(back)).toBe(JSON.stringify(people));
});

it('refuses a directory whose roles do not fit the articles they are read against', () => {
  const packed = roundTrip(packPeople(people, articles));
  const shorter = { ...article, paragraphs: ['ROTTERDAM, March 6 -', 'Ardenco named a chief.'] };
  expect(() => unpackPeople(packed, new Map([[article.id, shorter]]))).toThrow(/does not fit/);
  expect(() => unpackPeople(people, articles)).toThrow(/packed form/);
});
