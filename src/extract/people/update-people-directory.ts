import type { ArticleExtraction, PeopleDirectory, PeopleLinking } from '../types.js';
import { runSteps, type Steps } from '../../steps.js';
import { affectedSurnamesInSteps, STEP_PERSONS, type ChangedArticles } from './affected-surnames.js';
import { assembleDirectoryInSteps, type DirectoryEntry } from './assemble-directory.js';
import { carryIndex, directoryIndexInSteps } from './directory-index.js';
import { entriesOf, isEntangled, linkPeople, linkSurnameRuns } from './link-people.js';
import { compareFounders, localsOf, surnameOf, type LocalPerson } from './link-surname.js';
import { compareRuns, type PersonRun } from './person-runs.js';
import { reuseUnchangedRecords } from './reuse-records.js';
import type { RoleProfiles } from './role-comparison.js';

/** The articles a reload removed, and those it added or changed (present in the new extractions). */
export interface PeopleChange {
  removed: readonly string[];
  upserted: readonly string[];
}

/**
 * The directory `linkPeople` gives over `extractions` (the whole new corpus), made from the
 * previous directory by relinking only the surnames the changed articles name, before or after
 * the change. Persons of other surnames keep their records (the very same objects) and their
 * relative order; only their numbers move. The previous directory is not modified.
 *
 * Without linking data in `previous` (a directory from elsewhere), or when an article the
 * previous directory cites is missing without being named in `change`, it links everything.
 */
export function updatePeopleDirectory(
  previous: PeopleDirectory,
  extractions: ReadonlyMap<string, ArticleExtraction>,
  change: PeopleChange,
): PeopleDirectory {
  return runSteps(updatePeopleDirectoryInSteps(previous, extractions, change));
}

/**
 * The same in steps of a surname or a few thousand persons, so a reload runs it in slices and
 * questions go on being answered (on 176,000 articles it held the loop for 50-350 ms at once).
 * `extractions` and `previous` must not change until the steps end.
 */
export function* updatePeopleDirectoryInSteps(
  previous: PeopleDirectory,
  extractions: ReadonlyMap<string, ArticleExtraction>,
  change: PeopleChange,
): Steps<PeopleDirectory> {
  const linking = previous.linking;
  if (!linking || !fitsPersons(linking, previous)) return linkPeople([], extractions.values());
  const upserted = new Map<string, LocalPerson[]>();
  for (const id of change.upserted) {
    const extraction = extractions.get(id);
    if (extraction) upserted.set(id, localsOf(extraction));
  }
  const changed: ChangedArticles = { ids: new Set([...change.removed, ...change.upserted]), upserted };
  // Which persons cite which articles, made once a directory and carried to the next.
  const index = yield* directoryIndexInSteps(previous);
  const affected = yield* affectedSurnamesInSteps(previous, changed, index);

  const profiles: RoleProfiles = new Map();
  const localsByArticle = new Map(upserted);
  const freshRuns: PersonRun[] = [];
  for (const [surname, articleIds] of affected.articlesBySurname) {
    const locals: LocalPerson[] = [];
    for (const id of articleIds) {
      let ofArticle = localsByArticle.get(id);
      if (!ofArticle) {
        const extraction = extractions.get(id);
        // An article gone from the corpus that the change does not name: trust nothing kept.
        if (!extraction) return linkPeople([], extractions.values());
        localsByArticle.set(id, (ofArticle = localsOf(extraction)));
      }
      for (const local of ofArticle) if (surnameOf(local) === surname) locals.push(local);
    }
    freshRuns.push(...linkSurnameRuns(surname, locals, profiles));
    yield;
  }
  reuseUnchangedRecords(freshRuns, previous.persons, affected.previousBySurname);
  const merged = yield* mergeRuns(previous, linking, affected.surnames, freshRuns.sort(compareRuns));
  const entangled = new Set(linking.entangledArticles.filter((id) => !changed.ids.has(id)));
  for (const [id, locals] of upserted) if (isEntangled(locals)) entangled.add(id);
  const directory = yield* assembleDirectoryInSteps(merged.entries, previous, [...entangled].sort());
  carryIndex(index, previous, directory, {
    previousBySurname: affected.previousBySurname,
    freshPositions: merged.freshPositions,
    numbersKept: merged.numbersKept,
  });
  return directory;
}

function fitsPersons(linking: PeopleLinking, directory: PeopleDirectory): boolean {
  const count = directory.persons.length;
  return [
    linking.surnames,
    linking.founderArticles,
    linking.founderPositions,
    linking.founderWordCounts,
    linking.runStarts,
    linking.claimCounts,
  ].every((list) => list.length === count);
}

/** The next directory's persons in order, with where the fresh ones went and whether the kept ones moved. */
interface MergedRuns {
  entries: DirectoryEntry[];
  freshPositions: number[];
  numbersKept: boolean;
}

/**
 * The kept persons (whole runs of the surnames not relinked, already in directory order) with the
 * fresh runs placed among them by founding mention, as a full link orders them.
 */
function* mergeRuns(
  previous: PeopleDirectory,
  linking: PeopleLinking,
  relinked: ReadonlySet<string>,
  fresh: readonly PersonRun[],
): Steps<MergedRuns> {
  const entries: DirectoryEntry[] = [];
  const freshPositions: number[] = [];
  let numbersKept = true;
  const freshEntries = entriesOf(fresh);
  let freshRun = 0;
  let freshEntry = 0;
  const count = previous.persons.length;
  for (let person = 0; person < count; person++) {
    if (person % STEP_PERSONS === 0) yield;
    if (relinked.has(linking.surnames[person]!)) continue;
    if (linking.runStarts[person]) {
      const words = linking.founderWordCounts[person]!;
      const article = linking.founderArticles[person]!;
      const position = linking.founderPositions[person]!;
      while (freshRun < fresh.length) {
        const { founder } = fresh[freshRun]!;
        if (compareFounders(founder.words.length, founder.articleId, founder.position, words, article, position) > 0)
          break;
        const size = fresh[freshRun++]!.persons.length;
        for (let index = 0; index < size; index++) {
          freshPositions.push(entries.length);
          entries.push(freshEntries[freshEntry++]!);
        }
      }
    }
    if (entries.length !== person) numbersKept = false;
    entries.push(person);
  }
  while (freshEntry < freshEntries.length) {
    freshPositions.push(entries.length);
    entries.push(freshEntries[freshEntry++]!);
  }
  return { entries, freshPositions, numbersKept };
}
