import { runSteps, type Steps } from '../../steps.js';
import type { PeopleDirectory, PeopleLinking, PersonRecord } from '../types.js';
import { STEP_PERSONS } from './affected-surnames.js';
import type { LinkedPerson } from './person-runs.js';

/** A place in the new directory: the number of a person kept from the previous one, or one linked afresh. */
export type DirectoryEntry = number | (LinkedPerson & { runStart: boolean });

/**
 * The directory of the given persons, in the given order. Fresh persons claim their
 * `byArticleName` keys in order, a later claim winning as in a full build; kept persons keep
 * theirs from the previous directory under their new number. Kept and fresh persons never claim
 * the same key: the caller relinks together every surname an entangled article joins.
 */
export function assembleDirectory(
  entries: readonly DirectoryEntry[],
  previous: PeopleDirectory | null,
  entangledArticles: string[],
): PeopleDirectory {
  return runSteps(assembleDirectoryInSteps(entries, previous, entangledArticles));
}

/** The same, yielding every STEP_PERSONS persons or keys, for a caller that runs it in slices. */
export function* assembleDirectoryInSteps(
  entries: readonly DirectoryEntry[],
  previous: PeopleDirectory | null,
  entangledArticles: string[],
): Steps<PeopleDirectory> {
  const persons: PersonRecord[] = [];
  const linking: PeopleLinking = {
    surnames: [],
    founderArticles: [],
    founderPositions: [],
    founderWordCounts: [],
    runStarts: [],
    claimCounts: [],
    entangledArticles,
  };
  const before = previous?.linking;
  const renumber = previous ? new Int32Array(previous.persons.length).fill(-1) : null;
  const claims = new Map<string, number>();
  for (let index = 0; index < entries.length; index++) {
    if (index % STEP_PERSONS === 0) yield;
    const entry = entries[index]!;
    if (typeof entry === 'number') {
      if (!previous || !before || !renumber)
        throw new Error('a kept person needs the previous directory and its linking');
      renumber[entry] = index;
      persons.push(previous.persons[entry]!);
      keepLinking(linking, before, entry);
      continue;
    }
    persons.push(entry.record);
    linking.surnames.push(entry.surname);
    linking.founderArticles.push(entry.founder.articleId);
    linking.founderPositions.push(entry.founder.position);
    linking.founderWordCounts.push(entry.founder.words.length);
    linking.runStarts.push(entry.runStart);
    linking.claimCounts.push(0);
    for (const claim of entry.claims) claims.set(claim, index);
  }
  for (const index of claims.values()) linking.claimCounts[index]!++;
  yield;
  const byArticleName =
    previous && renumber && keepsEveryKey(previous, renumber, claims, linking)
      ? previous.byArticleName
      : yield* keysOf(previous, renumber, claims);
  return { persons, byArticleName, linking };
}

function keepLinking(linking: PeopleLinking, before: PeopleLinking, person: number): void {
  linking.surnames.push(before.surnames[person]!);
  linking.founderArticles.push(before.founderArticles[person]!);
  linking.founderPositions.push(before.founderPositions[person]!);
  linking.founderWordCounts.push(before.founderWordCounts[person]!);
  linking.runStarts.push(before.runStarts[person]!);
  linking.claimCounts.push(before.claimCounts[person]!);
}

/**
 * Whether the new directory maps every key as the previous one did: no person moved, and each
 * relinked person holds exactly the keys its predecessor held (as many, each pointing to it).
 * Then the previous map is shared rather than rewritten: an edit that names nobody new is cheap.
 */
function keepsEveryKey(
  previous: PeopleDirectory,
  renumber: Int32Array,
  claims: ReadonlyMap<string, number>,
  linking: PeopleLinking,
): boolean {
  if (renumber.length !== linking.surnames.length) return false;
  for (let person = 0; person < renumber.length; person++)
    if (renumber[person] !== person && renumber[person] !== -1) return false;
  const before = previous.linking!.claimCounts;
  for (let person = 0; person < renumber.length; person++) {
    if (renumber[person] === -1 && before[person] !== linking.claimCounts[person]) return false;
  }
  for (const [claim, index] of claims) if (previous.byArticleName[claim] !== index) return false;
  return true;
}

function* keysOf(
  previous: PeopleDirectory | null,
  renumber: Int32Array | null,
  claims: ReadonlyMap<string, number>,
): Steps<Record<string, number>> {
  const byArticleName: Record<string, number> = {};
  if (previous && renumber) {
    // Every kept key is written again: numbers shift after the first person added or dropped.
    const old = previous.byArticleName;
    const keys = Object.keys(old);
    for (let position = 0; position < keys.length; position++) {
      if (position % STEP_PERSONS === 0) yield;
      const index = renumber[old[keys[position]!]!];
      if (index !== undefined && index >= 0) byArticleName[keys[position]!] = index;
    }
  }
  for (const [claim, index] of claims) byArticleName[claim] = index;
  return byArticleName;
}
