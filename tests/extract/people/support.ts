import type { Article } from '../../../src/corpus/article.js';
import { extractPeople } from '../../../src/extract/people/index.js';
import type { PersonMention } from '../../../src/extract/types.js';

export function article(id: string, paragraphs: string[], title = 'Test story'): Article {
  return {
    id,
    path: `${id}.txt`,
    title,
    published: '1987-03-05',
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}

export function peopleIn(...paragraphs: string[]): PersonMention[] {
  return extractPeople(article('story', paragraphs));
}

export function personNamed(people: PersonMention[], name: string): PersonMention | undefined {
  return people.find((person) => person.name === name);
}

export function rolesOf(people: PersonMention[], name: string): string[] {
  return personNamed(people, name)?.roles.map((role) => role.role) ?? [];
}
