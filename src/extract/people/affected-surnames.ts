import { runSteps, type Steps } from '../../steps.js';
import type { PeopleDirectory } from '../types.js';
import { surnamesCiting, type DirectoryIndex } from './directory-index.js';
import { surnameOf, type LocalPerson } from './link-surname.js';

/** The articles a reload touched, with the named persons of those it added or changed. */
export interface ChangedArticles {
  ids: ReadonlySet<string>;
  upserted: ReadonlyMap<string, LocalPerson[]>;
}

/** The surnames to relink, each with the articles of the new corpus that name it. */
export interface AffectedSurnames {
  surnames: ReadonlySet<string>;
  articlesBySurname: ReadonlyMap<string, ReadonlySet<string>>;
  /** The previous directory's persons of each surname to relink, by number. */
  previousBySurname: ReadonlyMap<string, readonly number[]>;
}

/**
 * Every surname a changed article names, before (found through the persons that cite it) or
 * after the change, and every surname an entangled article joins to one of those. The articles
 * of a surname are those of its persons, since each named mention belongs to exactly one person.
 */
export function affectedSurnames(previous: PeopleDirectory, changed: ChangedArticles): AffectedSurnames {
  return runSteps(affectedSurnamesInSteps(previous, changed));
}

/**
 * The same, yielding every STEP_PERSONS persons, for a caller that runs it in slices; with the
 * directory's index (directory-index.ts), in time that follows the change instead of the persons.
 */
export function* affectedSurnamesInSteps(
  previous: PeopleDirectory,
  changed: ChangedArticles,
  index?: DirectoryIndex,
): Steps<AffectedSurnames> {
  const linking = previous.linking!;
  const { persons } = previous;
  const surnames = new Set<string>();
  const joined: Array<ReadonlySet<string>> = [];
  const isChanged = membershipTest(changed.ids);
  if (index) {
    for (const id of changed.ids) for (const surname of surnamesCiting(index, id)) surnames.add(surname);
    for (const id of linking.entangledArticles) {
      const citing = surnamesCiting(index, id);
      if (!changed.ids.has(id) && citing.length > 0) joined.push(new Set(citing));
    }
  } else {
    const entangled = new Set(linking.entangledArticles);
    const joinedByArticle = new Map<string, Set<string>>();
    // One pass over every person's articles, the only cost that grows with the corpus: keep it lean.
    for (let person = 0; person < persons.length; person++) {
      if (person % STEP_PERSONS === 0) yield;
      const { articleIds } = persons[person]!;
      for (let position = 0; position < articleIds.length; position++) {
        const id = articleIds[position]!;
        if (isChanged(id)) surnames.add(linking.surnames[person]!);
        else if (entangled.size > 0 && entangled.has(id)) addTo(joinedByArticle, id, linking.surnames[person]!);
      }
    }
    joined.push(...joinedByArticle.values());
  }
  for (const locals of changed.upserted.values()) for (const local of locals) surnames.add(surnameOf(local));
  closeOverEntangled(surnames, joined);

  const articlesBySurname = new Map<string, Set<string>>([...surnames].map((surname) => [surname, new Set<string>()]));
  const previousBySurname = new Map<string, number[]>([...surnames].map((surname) => [surname, []]));
  const bySurname = index?.personsBySurname;
  if (bySurname) {
    // Each surname's persons in ascending number, as the pass below visits them.
    for (const surname of surnames) {
      const articles = articlesBySurname.get(surname)!;
      const numbers = bySurname.get(surname) ?? [];
      previousBySurname.set(surname, [...numbers]);
      for (const person of numbers) for (const id of persons[person]!.articleIds) if (!isChanged(id)) articles.add(id);
    }
  } else {
    for (let person = 0; person < persons.length; person++) {
      if (person % STEP_PERSONS === 0) yield;
      const articles = articlesBySurname.get(linking.surnames[person]!);
      if (!articles) continue;
      previousBySurname.get(linking.surnames[person]!)!.push(person);
      for (const id of persons[person]!.articleIds) if (!isChanged(id)) articles.add(id);
    }
  }
  for (const [id, locals] of changed.upserted)
    for (const local of locals) articlesBySurname.get(surnameOf(local))!.add(id);
  return { surnames, articlesBySurname, previousBySurname };
}

/** Persons a step: a few milliseconds of the passes over every person. */
export const STEP_PERSONS = 4096;

/** A reload usually changes one article or a few: comparing with each beats hashing every id. */
function membershipTest(ids: ReadonlySet<string>): (id: string) => boolean {
  if (ids.size > 4) return (id) => ids.has(id);
  const list = [...ids];
  return (id) => list.includes(id);
}

/** An entangled article that names one relinked surname has all of its surnames relinked. */
function closeOverEntangled(surnames: Set<string>, joined: ReadonlyArray<ReadonlySet<string>>): void {
  let grown = true;
  while (grown) {
    grown = false;
    for (const group of joined) {
      if (![...group].some((surname) => surnames.has(surname))) continue;
      for (const surname of group) {
        if (surnames.has(surname)) continue;
        surnames.add(surname);
        grown = true;
      }
    }
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
