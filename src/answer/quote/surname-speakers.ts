import { toTerms } from '../../text/normalize.js';
import type { IntList } from '../when/int-list.js';
import { postingList, type PostingLists } from '../when/posting-lists.js';
import { entriesOfPerson, sortInReadingOrder, type QuoteView } from './quote-view.js';
import type { QuoteTables } from './tables.js';

// Titles a user may put before a name ("President Rouhani") that the canonical name lacks.
export const TITLE_TERMS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'minister',
  'prime',
  'secretary',
  'general',
  'senator',
  'the',
]);
/**
 * The quotations, in reading order, of every person whose name ends with the one name word a
 * phrase gives ("President Nasser": Karim Nasser, Laila Nasser, a Nasser known by no other name).
 */
export function findNamesakeEntries(tables: QuoteTables, view: QuoteView, phrase: string): number[] {
  const nameTerms = toTerms(phrase).filter((term) => !TITLE_TERMS.has(term));
  if (nameTerms.length !== 1) return [];
  const surname = nameTerms[0]!;
  const persons = postingOf(tables, view.persons.postings, surname);
  const entries: number[] = [];
  for (let index = 0; index < (persons?.length ?? 0); index++) {
    const person = persons!.values[index]!;
    const words = toTerms(view.knowledge.people.persons[person]!.name);
    if (words[words.length - 1] === surname) entries.push(...(entriesOfPerson(view, person) ?? []));
  }
  return sortInReadingOrder(tables, view, entries);
}

/**
 * "Mark McCall" when the corpus knows him only as "McCall" (a lower-case "mark" in the copy, a
 * full name only in a headline): the quotations of speakers named by the surname alone, unless
 * the corpus names someone else with that surname, whose they might as well be.
 */
export function findSurnameSpeaker(tables: QuoteTables, view: QuoteView, nameTerms: readonly string[]): number[] {
  if (nameTerms.length < 2) return [];
  const surname = nameTerms[nameTerms.length - 1]!;
  const entries: number[] = [];
  const persons = postingOf(tables, view.persons.postings, surname);
  for (let index = 0; index < (persons?.length ?? 0); index++) {
    const person = persons!.values[index]!;
    const words = toTerms(view.knowledge.people.persons[person]!.name);
    if (words.length > 1) return [];
    if (words[0] === surname) entries.push(...(entriesOfPerson(view, person) ?? []));
  }
  const speakers = postingOf(tables, tables.speakerPostings, surname);
  for (let index = 0; index < (speakers?.length ?? 0); index++) {
    const entry = speakers!.values[index]!;
    if (view.entrySpeaker[entry] === null && tables.speakerLength.values[entry]! === 1) entries.push(entry);
  }
  // The article must still give the whole name somewhere ("mark McCall", a headline), as the user wrote it.
  const fullName = nameTerms.join(' ');
  const namesInFull = new Map<number, boolean>();
  return [...new Set(entries)].filter((entry) => {
    const group = tables.entryGroup.values[entry]!;
    let found = namesInFull.get(group);
    if (found === undefined) {
      const article = view.knowledge.articles.get(tables.groupArticle[group]!);
      found =
        article !== undefined &&
        toTerms([article.title, ...article.paragraphs].join(' '))
          .join(' ')
          .includes(fullName);
      namesInFull.set(group, found);
    }
    return found;
  });
}

export function postingOf(tables: QuoteTables, postings: PostingLists, word: string): IntList | undefined {
  const term = tables.termIds.get(word);
  return term === undefined ? undefined : postingList(postings, term);
}
