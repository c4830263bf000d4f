import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { insertRows } from './insert-rows.js';

/** A table whose rows carry added_in, removed_in and row_hash (migration 010). */
export interface VersionedTable {
  name: string;
  /** The columns that tell a row from the others of one version, with their types. */
  keys: ReadonlyArray<readonly [string, string]>;
  /** The other columns, with their types (an array type travels as its literal). */
  columns: ReadonlyArray<readonly [string, string]>;
  /** A condition on the rows that are this write's, when the table has other writers. */
  scope?: string;
}

/** A table's description for writeChangedRows: its name, key columns, other columns and scope. */
export function versionedTable(
  name: string,
  keys: VersionedTable['keys'],
  columns: VersionedTable['columns'],
  scope?: string,
): VersionedTable {
  return { name, keys, columns, ...(scope === undefined ? {} : { scope }) };
}

/** Rows written a table by one indexing, summed over its writes (what a report shows). */
export type WrittenRows = Map<string, number>;

/** How many rows a write added and how many it marked replaced. */
export interface RowChange {
  written: number;
  retired: number;
}

/**
 * Makes `rows` (key values, then the other columns, in the table's order) the rows of
 * `version`, writing only what changed since the serving version: a row whose hash differs or
 * whose key is new is inserted (added_in = version), and the serving row it replaces, or one
 * whose key is gone, is marked removed from `version` on. Readers pinned to the serving
 * version still see the old rows; publish deletes them. With `only` (key values, as in the
 * rows), the write is limited to those keys: `rows` are their rows, a key without one is
 * removed, and every other row stays as it is (an indexing that follows a change).
 */
export async function writeChangedRows(
  client: PoolClient,
  table: VersionedTable,
  version: number,
  rows: ReadonlyArray<readonly unknown[]>,
  written?: WrittenRows,
  only?: ReadonlyArray<readonly unknown[]>,
): Promise<RowChange> {
  const keyCount = table.keys.length;
  const keyNames = table.keys.map(([name]) => name);
  const scope = table.scope ? ` AND ${table.scope}` : '';
  const selected = keyNames.length > 0 ? `${keyNames.join(', ')}, ` : '';
  const limited = only === undefined ? '' : ` AND ${keysAmong(table, 1)}`;
  const storedRows = await client.query<unknown[]>({
    text: `SELECT ${selected}row_hash FROM ${table.name} WHERE removed_in IS NULL${scope}${limited}`,
    values: only === undefined ? [] : table.keys.map((_, index) => only.map((key) => key[index])),
    rowMode: 'array',
  });
  const stored = new Map<string, string>(
    storedRows.rows.map((values) => [JSON.stringify(values.slice(0, keyCount)), String(values[keyCount])]),
  );
  const fresh: unknown[][] = [];
  for (const row of rows) {
    const key = JSON.stringify(row.slice(0, keyCount));
    const hash = hashRow(row);
    if (stored.get(key) !== hash) fresh.push([hash, ...row]);
    else stored.delete(key);
  }
  // What is left of `stored`: rows changed (written again above) or gone.
  const retiredKeys = [...stored.keys()].map((key) => JSON.parse(key) as unknown[]);
  let retired = 0;
  if (retiredKeys.length > 0) {
    const matching = keyCount === 0 ? '' : ` AND ${keysAmong(table, 2)}`;
    const result = await client.query(
      `UPDATE ${table.name} SET removed_in = $1 WHERE removed_in IS NULL${scope}${matching}`,
      [version, ...table.keys.map((_, index) => retiredKeys.map((key) => key[index]))],
    );
    retired = result.rowCount ?? 0;
  }
  await insertRows(
    client,
    `${table.name} (added_in, row_hash, ${[...keyNames, ...table.columns.map(([name]) => name)].join(', ')})`,
    ['text', ...table.keys.map(([, type]) => type), ...table.columns.map(([, type]) => type)],
    version,
    fresh,
  );
  written?.set(table.name, (written.get(table.name) ?? 0) + fresh.length);
  return { written: fresh.length, retired };
}

/** A condition: the row's key is among the key lists given as parameters from `$first` on. */
export function keysAmong(table: VersionedTable, first: number): string {
  const lists = table.keys.map(([, type], index) => `$${index + first}::${type}[]`);
  return `(${table.keys.map(([name]) => name).join(', ')}) IN (SELECT * FROM unnest(${lists.join(', ')}))`;
}

/** A hash of a row's values as written (text, numbers, booleans, bytes, nulls), each told apart. */
function hashRow(row: readonly unknown[]): string {
  const hash = createHash('sha1');
  for (const value of row) {
    if (value === null || value === undefined) hash.update('\u0000n');
    else if (Buffer.isBuffer(value)) hash.update(`\u0000b${value.length}:`).update(value);
    else {
      const text = String(value);
      hash.update(`\u0000${typeof value}${text.length}:`).update(text);
    }
  }
  return hash.digest('base64');
}
