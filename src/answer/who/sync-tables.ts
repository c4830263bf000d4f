import type { PeopleDirectory } from '../../extract/types.js';
import { runSteps, type Steps } from '../../steps.js';
import { addPerson, createTables, dropSlot, formsOf, type RoleWordCache, type WhoTables } from './person-tables.js';

// Distinct role texts are a few tens of thousands on a large corpus; far beyond, old ones are dropped.
const ROLE_CACHE_LIMIT = 200_000;

export function buildTables(directory: PeopleDirectory, cache: RoleWordCache): WhoTables {
  return runSteps(buildTablesInSteps(directory, cache));
}

/** The build, a step a person: what `syncTables` does to empty tables, for a caller that yields. */
export function* buildTablesInSteps(directory: PeopleDirectory, cache: RoleWordCache): Steps<WhoTables> {
  const tables = createTables();
  for (const [position, record] of directory.persons.entries()) {
    addPerson(tables, record, position, formsOf(record, cache));
    yield;
  }
  return tables;
}

/**
 * Brings the tables in line with a new directory: a record it still holds (the same object) keeps
 * its slot and only takes its new number; the slots of records it no longer holds are freed;
 * its new records are filed. `updatePeopleDirectory` keeps the records of every surname a change
 * does not name, so a reload costs one lookup a person plus the words of the relinked ones.
 */
export function syncTables(tables: WhoTables, directory: PeopleDirectory, cache: RoleWordCache): void {
  const slotCount = tables.records.length;
  const next = new Int32Array(slotCount).fill(-1);
  const unfiled: number[] = [];
  directory.persons.forEach((record, position) => {
    const slot = tables.slotByRecord.get(record);
    if (slot !== undefined && next[slot] === -1) next[slot] = position;
    else unfiled.push(position);
  });
  for (let slot = 0; slot < slotCount; slot++) {
    if (next[slot] !== -1) tables.positions[slot] = next[slot]!;
    else if (tables.records[slot]) dropSlot(tables, slot);
  }
  if (cache.size > ROLE_CACHE_LIMIT) cache.clear();
  for (const position of unfiled) {
    const record = directory.persons[position]!;
    addPerson(tables, record, position, formsOf(record, cache));
  }
}
