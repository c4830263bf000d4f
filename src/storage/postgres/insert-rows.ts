import type { PoolClient } from 'pg';

const ROWS_A_STATEMENT = 2000;

/**
 * Inserts rows for `version` a few thousand at a time, one array parameter a column
 * (`columns` are their types). An array column travels as its literal, cast in the select:
 * unnest would flatten a two-dimensional array.
 */
export async function insertRows(
  client: PoolClient,
  target: string,
  columns: readonly string[],
  version: number,
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  const nested = columns.map((type) => type.endsWith('[]'));
  const names = columns.map((_, index) => `c${index}`);
  const select = names.map((name, index) => (nested[index] ? `${name}::${columns[index]}` : name));
  const unnest = columns.map((type, index) => `$${index + 2}::${nested[index] ? 'text' : type}[]`);
  const sql = `INSERT INTO ${target} SELECT $1, ${select.join(', ')} FROM unnest(${unnest.join(', ')}) AS given (${names.join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_A_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_A_STATEMENT);
    await client.query(sql, [version, ...columns.map((_, index) => chunk.map((row) => row[index]))]);
  }
}

/** A PostgreSQL array literal of integers. */
export function intArray(values: ArrayLike<number>): string {
  return `{${Array.prototype.join.call(values, ',')}}`;
}

/** A PostgreSQL array literal of text, each element quoted. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

/** Integers as int32 little-endian bytes (a bytea column), for lists too long to parse as text. */
export function int32Bytes(values: ArrayLike<number>): Buffer {
  if (LITTLE_ENDIAN) {
    // A copy of the machine's own layout: one block copied, not a call a value.
    const copy = values instanceof Int32Array ? values.slice() : Int32Array.from(values);
    return Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength);
  }
  const bytes = Buffer.alloc(values.length * 4);
  for (let index = 0; index < values.length; index++) bytes.writeInt32LE(values[index]!, index * 4);
  return bytes;
}

/** The integers of a bytea column written by int32Bytes. */
export function int32sOf(bytes: Buffer): Int32Array {
  const values = new Int32Array(bytes.length / 4);
  for (let index = 0; index < values.length; index++) values[index] = bytes.readInt32LE(index * 4);
  return values;
}
