// The people directory's index (which surnames cite each article, each surname's persons) is
// made once and carried from each directory to the next: it must always be what a fresh pass
// over the directory gives, and a reload of one article must not read every person for it.
import { describe, expect, it } from 'vitest';
import {
  directoryIndexInSteps,
  indexInSteps,
  type DirectoryIndex,
} from '../../../src/extract/people/directory-index.js';
import { extractPeople, linkPeople } from '../../../src/extract/people/index.js';
import { updatePeopleDirectory, type PeopleChange } from '../../../src/extract/people/update-people-directory.js';
import type { ArticleExtraction, PeopleDirectory } from '../../../src/extract/types.js';
import { runSteps } from '../../../src/steps.js';
import { article } from './support.js';

const STORIES: Record<string, string[]> = {
  bakerJames: ['Treasury Secretary James Baker said the dollar had fallen far enough.', 'Baker met Kiichi Miyazawa.'],
  bakerKenneth: ['British Education Secretary Kenneth Baker unveiled a plan for schools.', 'Baker said so.'],
  bakerShort: ['"The dollar is stable," Treasury Secretary Baker told reporters in Paris.'],
  hussein: ['Iraqi President Saddam Hussein addressed the nation on Sunday.', 'Hussein said the war would go on.'],
  king: ["Jordan's King Hussein arrived in Cairo on Monday.", 'King Hussein said peace was near.'],
  walsh: ['Analyst Peter Walsh said demand for copper was weak.', 'Senator Mary Walsh said the bill would pass.'],
  reagan: ['President Ronald Reagan vetoed the highway bill.', 'Federal Reserve Chairman Paul Volcker stayed silent.'],
  volcker: ['Volcker told Congress that inflation was under control.', 'Miyazawa said Japan would act.'],
  nobody: ['Copper prices rose on Tuesday as stocks fell in London.'],
};

const extractionOf = (id: string, story: string): ArticleExtraction => ({
  articleId: id,
  people: extractPeople(article(id, STORIES[story]!)),
  events: [],
  quotations: [],
});

function corpusOf(stories: Record<string, string>): Map<string, ArticleExtraction> {
  return new Map(Object.entries(stories).map(([id, story]) => [id, extractionOf(id, story)]));
}

/** An index as plain sorted data, to compare. */
function plain(index: DirectoryIndex): unknown {
  return {
    surnamesByArticle: [...index.surnamesByArticle]
      .map(([id, surnames]) => [id, typeof surnames === 'string' ? [surnames] : [...surnames].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
    personsBySurname: [...(index.personsBySurname ?? [])].sort(([a], [b]) => a.localeCompare(b)),
  };
}

const START = {
  a1: 'bakerJames',
  a2: 'bakerKenneth',
  a3: 'hussein',
  a4: 'king',
  a5: 'walsh',
  a6: 'reagan',
  a7: 'nobody',
};

describe('the people directory index', () => {
  it.each<[string, Record<string, string | null>]>([
    ['an edit that names the same people', { a1: 'bakerJames' }],
    ['an edit that names someone new', { a7: 'volcker' }],
    ['an edit that drops a namesake', { a2: 'nobody' }],
    ['an edit that moves an article to another surname', { a3: 'walsh' }],
    ['a new article', { a9: 'bakerShort' }],
    ['a new article naming nobody', { a9: 'nobody' }],
    ['a removed article', { a4: null }],
    ['several at once', { a1: null, a5: 'reagan', a8: 'king' }],
  ])('after %s, the carried index is a fresh pass’s, and so after the next edit', (_, edit) => {
    const corpus = corpusOf(START);
    let directory = linkPeople([], corpus.values());
    // The first update makes the index; the one under test carries it.
    corpus.set('a6', extractionOf('a6', 'reagan'));
    directory = updatePeopleDirectory(directory, corpus, { removed: [], upserted: ['a6'] });
    const apply = (changes: Record<string, string | null>): PeopleChange => {
      const change = { removed: [] as string[], upserted: [] as string[] };
      for (const [id, story] of Object.entries(changes)) {
        if (story === null) {
          corpus.delete(id);
          change.removed.push(id);
        } else {
          corpus.set(id, extractionOf(id, story));
          change.upserted.push(id);
        }
      }
      return change;
    };
    for (const changes of [edit, { a7: 'bakerShort' }]) {
      directory = updatePeopleDirectory(directory, corpus, apply(changes));
      expect(directory).toEqual(linkPeople([], corpus.values()));
      expect(plain(runSteps(directoryIndexInSteps(directory)))).toEqual(plain(runSteps(indexInSteps(directory))));
    }
  });

  it('reads the articles of no person whose surname a one-article edit does not name', () => {
    const corpus = corpusOf(START);
    let directory: PeopleDirectory = linkPeople([], corpus.values());
    corpus.set('a6', extractionOf('a6', 'reagan'));
    directory = updatePeopleDirectory(directory, corpus, { removed: [], upserted: ['a6'] });
    const reads = new Set<string>();
    for (const person of directory.persons) {
      const { articleIds } = person;
      Object.defineProperty(person, 'articleIds', {
        get: () => (reads.add(person.name), articleIds),
        enumerable: true,
      });
    }
    corpus.set('a3', extractionOf('a3', 'hussein'));
    const next = updatePeopleDirectory(directory, corpus, { removed: [], upserted: ['a3'] });
    // Read before comparing, which reads every record.
    expect([...reads].filter((name) => !name.endsWith('Hussein'))).toEqual([]);
    expect(next).toEqual(linkPeople([], corpus.values()));
  });
});
