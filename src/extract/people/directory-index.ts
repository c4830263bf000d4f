import type { Steps } from '../../steps.js';
import type { PeopleDirectory } from '../types.js';

/** Persons a step of the index's pass over a directory (as STEP_PERSONS in affected-surnames.ts). */
const STEP_PERSONS = 4096;

/**
 * What a reload asks of every person of a directory to find the surnames to relink: the surnames
 * of the persons that cite each article, and the numbers of each surname's persons. Made in one
 * pass the first time an update asks (176,000 articles: 67,000 persons, 130,000 citations), then
 * carried to the directory the update makes at the cost of the surnames it relinked, so a reload
 * of one article no longer reads every person's articles.
 */
export interface DirectoryIndex {
  /** Article id -> the surname (or surnames) of the persons whose `articleIds` hold it. */
  surnamesByArticle: Map<string, string | string[]>;
  /** Surname -> its persons' numbers, ascending; null once numbers moved (remade at the next ask). */
  personsBySurname: Map<string, number[]> | null;
}

// Each index describes exactly the directory it is filed under; carrying it to the next takes it from the previous.
const indexes = new WeakMap<PeopleDirectory, DirectoryIndex>();

/** The index of `directory` (which must have linking data), made or completed here when it has none. */
export function* directoryIndexInSteps(directory: PeopleDirectory): Steps<DirectoryIndex> {
  let index = indexes.get(directory);
  if (index?.personsBySurname) return index;
  index = yield* indexInSteps(directory, index?.surnamesByArticle);
  indexes.set(directory, index);
  return index;
}

/**
 * Makes the index of `directory` ahead of the first reload that asks for it (a start runs it in
 * slices once it serves); nothing for a directory without linking data, which an update links whole.
 */
export function* indexPeopleDirectoryInSteps(directory: PeopleDirectory): Steps<void> {
  if (directory.linking) yield* directoryIndexInSteps(directory);
}

/** The index made afresh from the directory alone (or its persons' numbers, with citations already known). */
export function* indexInSteps(
  directory: PeopleDirectory,
  known?: Map<string, string | string[]>,
): Steps<DirectoryIndex> {
  const surnames = directory.linking!.surnames;
  const { persons } = directory;
  const surnamesByArticle = known ?? new Map<string, string | string[]>();
  const personsBySurname = new Map<string, number[]>();
  for (let person = 0; person < persons.length; person++) {
    if (person % STEP_PERSONS === 0) yield;
    const surname = surnames[person]!;
    const numbers = personsBySurname.get(surname);
    if (numbers) numbers.push(person);
    else personsBySurname.set(surname, [person]);
    if (!known) for (const id of persons[person]!.articleIds) addSurname(surnamesByArticle, id, surname);
  }
  return { surnamesByArticle, personsBySurname };
}

/** The surnames of the persons citing an article, as a list (empty when none does). */
export function surnamesCiting(index: DirectoryIndex, articleId: string): readonly string[] {
  const found = index.surnamesByArticle.get(articleId);
  return found === undefined ? [] : typeof found === 'string' ? [found] : found;
}

/** What an update did, for `carryIndex`. */
export interface RelinkedPersons {
  /** Each relinked surname with its persons' numbers in the previous directory. */
  previousBySurname: ReadonlyMap<string, readonly number[]>;
  /** The numbers of the persons linked afresh in the next directory, ascending. */
  freshPositions: readonly number[];
  /** Whether every person kept from the previous directory has the same number in the next. */
  numbersKept: boolean;
}

/**
 * Moves `index` (the previous directory's) to `next`, the directory an update made from it by
 * relinking the surnames of `relinked`: their persons' citations leave it and the fresh persons'
 * join it. The previous directory is left with no index (an update from it again remakes one).
 */
export function carryIndex(
  index: DirectoryIndex,
  previous: PeopleDirectory,
  next: PeopleDirectory,
  relinked: RelinkedPersons,
): void {
  if (indexes.get(previous) !== index) throw new Error('carryIndex: the index is not the previous directory’s');
  indexes.delete(previous);
  const { surnamesByArticle } = index;
  for (const [surname, numbers] of relinked.previousBySurname)
    for (const person of numbers)
      for (const id of previous.persons[person]!.articleIds) dropSurname(surnamesByArticle, id, surname);
  const surnames = next.linking!.surnames;
  for (const person of relinked.freshPositions)
    for (const id of next.persons[person]!.articleIds) addSurname(surnamesByArticle, id, surnames[person]!);
  let { personsBySurname } = index;
  if (personsBySurname && relinked.numbersKept) {
    for (const surname of relinked.previousBySurname.keys()) personsBySurname.delete(surname);
    for (const person of relinked.freshPositions) {
      const numbers = personsBySurname.get(surnames[person]!);
      if (numbers) numbers.push(person);
      else personsBySurname.set(surnames[person]!, [person]);
    }
  } else personsBySurname = null;
  indexes.set(next, { surnamesByArticle, personsBySurname });
}

function addSurname(map: Map<string, string | string[]>, id: string, surname: string): void {
  const found = map.get(id);
  if (found === undefined) map.set(id, surname);
  else if (typeof found === 'string') {
    if (found !== surname) map.set(id, [found, surname]);
  } else if (!found.includes(surname)) found.push(surname);
}

function dropSurname(map: Map<string, string | string[]>, id: string, surname: string): void {
  const found = map.get(id);
  if (found === undefined) return;
  if (typeof found === 'string') {
    if (found === surname) map.delete(id);
    return;
  }
  const at = found.indexOf(surname);
  if (at < 0) return;
  found.splice(at, 1);
  if (found.length === 1) map.set(id, found[0]!);
}
