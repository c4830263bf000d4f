import type { PersonRecord } from '../types.js';
import type { PersonRun } from './person-runs.js';

/**
 * Relinking a surname makes a new record for every person of it, and most equal the records they
 * replace: an edit touches one article of a surname that can span hundreds. A fresh person equal to
 * a previous person of its surname takes that previous record object instead, so the answer tables,
 * which follow records by identity, refile only the persons that changed. Each previous record is
 * taken at most once.
 */
export function reuseUnchangedRecords(
  runs: readonly PersonRun[],
  previous: readonly PersonRecord[],
  previousBySurname: ReadonlyMap<string, readonly number[]>,
): void {
  const byName = new Map<string, Map<string, PersonRecord[]>>();
  for (const run of runs) {
    for (const person of run.persons) {
      let ofSurname = byName.get(person.surname);
      if (!ofSurname)
        byName.set(person.surname, (ofSurname = recordsByName(previous, previousBySurname.get(person.surname))));
      const candidates = ofSurname.get(person.record.name);
      if (!candidates) continue;
      const match = candidates.findIndex((record) => isSameRecord(record, person.record));
      if (match < 0) continue;
      person.record = candidates[match]!;
      candidates.splice(match, 1);
    }
  }
}

function recordsByName(
  previous: readonly PersonRecord[],
  numbers: readonly number[] = [],
): Map<string, PersonRecord[]> {
  const byName = new Map<string, PersonRecord[]>();
  for (const number of numbers) {
    const record = previous[number]!;
    const list = byName.get(record.name);
    if (list) list.push(record);
    else byName.set(record.name, [record]);
  }
  return byName;
}

function isSameRecord(left: PersonRecord, right: PersonRecord): boolean {
  return (
    left.name === right.name &&
    left.mentionCount === right.mentionCount &&
    isSameList(left.variants, right.variants) &&
    isSameList(left.articleIds, right.articleIds) &&
    left.roles.length === right.roles.length &&
    left.roles.every((role, index) => {
      const other = right.roles[index]!;
      return (
        role.role === other.role &&
        role.articleId === other.articleId &&
        role.paragraph === other.paragraph &&
        role.sentence === other.sentence
      );
    })
  );
}

function isSameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((item, index) => item === right[index]);
}
