import type { PoolClient } from 'pg';
import { intArray } from './insert-rows.js';
import { ascending } from './person-numbers.js';
import { keysAmong, writeChangedRows, type VersionedTable, type WrittenRows } from './write-changed-rows.js';

/** A row of a person-list table as made: its key values, then the numbers of its persons. */
export type PersonList = readonly [...key: unknown[], persons: readonly number[]];

/**
 * Writes a table of person lists (its key columns, then `persons`, ascending numbers) for
 * `version` by following a change of persons: every serving row listing a touched person and
 * every key in `fresh` lose the touched persons and take those `fresh` lists under them, and a
 * list left empty is removed. The other persons are where they were, so every row comes out as
 * one made from the whole directory.
 */
export async function writePersonLists(
  client: PoolClient,
  table: VersionedTable,
  version: number,
  touched: ReadonlySet<number>,
  fresh: readonly PersonList[],
  written?: WrittenRows,
): Promise<void> {
  const keyCount = table.keys.length;
  const lists = new Map<string, { key: unknown[]; persons: Set<number> }>();
  const listOf = (key: unknown[]): Set<number> => {
    const id = JSON.stringify(key);
    let list = lists.get(id);
    if (!list) lists.set(id, (list = { key, persons: new Set() }));
    return list.persons;
  };
  for (const row of fresh) listOf(row.slice(0, keyCount));
  const freshKeys = [...lists.values()].map(({ key }) => key);
  const served = await client.query<unknown[]>({
    text: `SELECT ${table.keys.map(([name]) => name).join(', ')}, persons FROM ${table.name}
            WHERE removed_in IS NULL AND (persons && $1::int[] OR ${keysAmong(table, 2)})`,
    values: [[...touched], ...table.keys.map((_, index) => freshKeys.map((key) => key[index]))],
    rowMode: 'array',
  });
  for (const row of served.rows) {
    const persons = listOf(row.slice(0, keyCount));
    for (const person of row[keyCount] as number[]) if (!touched.has(person)) persons.add(person);
  }
  for (const row of fresh) {
    const persons = listOf(row.slice(0, keyCount));
    for (const person of row[keyCount] as readonly number[]) persons.add(person);
  }
  const rows = [...lists.values()]
    .filter(({ persons }) => persons.size > 0)
    .map(({ key, persons }) => [...key, intArray(ascending([...persons]))]);
  await writeChangedRows(
    client,
    table,
    version,
    rows,
    written,
    [...lists.values()].map(({ key }) => key),
  );
}
