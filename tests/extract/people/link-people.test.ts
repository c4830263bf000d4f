import { describe, expect, it } from 'vitest';
import { extractPeople, linkPeople } from '../../../src/extract/people/index.js';
import type { PeopleDirectory } from '../../../src/extract/types.js';
import { article } from './support.js';

function directoryOf(stories: Record<string, string[]>): PeopleDirectory {
  const articles = Object.entries(stories).map(([id, paragraphs]) => article(id, paragraphs));
  return linkPeople(
    articles,
    articles.map((item) => ({ articleId: item.id, people: extractPeople(item), events: [], quotations: [] })),
  );
}

function personOf(directory: PeopleDirectory, articleId: string, name: string) {
  const index = directory.byArticleName[`${articleId}\u0000${name}`];
  return index === undefined ? undefined : directory.persons[index];
}

describe('linkPeople', () => {
  it('links a surname to the full name whose roles agree, and names the person fully', () => {
    const directory = directoryOf({
      a: ['Iraqi Foreign Minister Fuad Hussein arrived in Tehran on Saturday.'],
      b: ['"The group is still active," Hussein said.', 'Iraq needs help from its allies, the foreign minister noted.'],
    });
    const person = personOf(directory, 'b', 'Hussein');
    expect(person?.name).toBe('Fuad Hussein');
    expect(person?.articleIds.sort()).toEqual(['a', 'b']);
    expect(person).toBe(personOf(directory, 'a', 'Fuad Hussein'));
    expect(person?.roles.map((role) => `${role.articleId}:${role.role}`)).toEqual([
      'a:Iraqi Foreign Minister',
      'b:foreign minister',
    ]);
  });

  it('keeps namesakes apart when their roles disagree', () => {
    const directory = directoryOf({
      a: ['Iraqi President Saddam Hussein addressed the nation.'],
      b: ["Jordan's King Hussein arrived in Cairo on Monday.", 'King Hussein said peace was near.'],
    });
    expect(personOf(directory, 'b', 'Hussein')?.name).toBe('King Hussein');
    expect(personOf(directory, 'a', 'Saddam Hussein')?.articleIds).toEqual(['a']);
  });

  it('links a role-less surname to the only full name that ends with it', () => {
    const directory = directoryOf({
      a: ['Industry Secretary Patricia Hewitt unveiled the plan.'],
      b: ['Mrs Hewitt said the plan would help families.'],
    });
    expect(personOf(directory, 'b', 'Hewitt')?.name).toBe('Patricia Hewitt');
  });

  it('does not choose between two full names that share a surname without role evidence', () => {
    const directory = directoryOf({
      a: ['Analyst Peter Walsh said demand was weak.'],
      b: ['Senator Mary Walsh said the bill would pass.'],
      c: ['Mr Walsh said he would resign.'],
    });
    expect(personOf(directory, 'c', 'Walsh')?.name).toBe('Walsh');
  });

  it('treats the same full name in two articles as one person and counts its mentions', () => {
    const directory = directoryOf({
      a: ['Treasury Secretary James Baker said the dollar was stable.', 'Baker spoke in Paris.'],
      b: ['James Baker met bankers in Tokyo.'],
    });
    const person = personOf(directory, 'a', 'James Baker');
    expect(person).toBe(personOf(directory, 'b', 'James Baker'));
    expect(person?.mentionCount).toBe(3);
    expect(JSON.parse(JSON.stringify(directory))).toEqual(directory);
  });
});
