/** A word -> slots table as plain data: keys, and each key's entries at entries[starts[k] .. starts[k + 1]). */
export interface FlatPostings {
  keys: string[];
  starts: Int32Array;
  entries: Int32Array;
}

/** The lists with each slot written as its directory number, which is its slot after a restore. */
export function flattenPostings(
  map: ReadonlyMap<string, readonly number[]>,
  positions: readonly number[],
): FlatPostings {
  const keys: string[] = [];
  const starts = new Int32Array(map.size + 1);
  let total = 0;
  for (const list of map.values()) total += list.length;
  const entries = new Int32Array(total);
  let at = 0;
  for (const [key, list] of map) {
    starts[keys.length] = at;
    keys.push(key);
    for (const slot of list) entries[at++] = positions[slot]!;
  }
  starts[keys.length] = at;
  return { keys, starts, entries };
}

export function isFlatPostings(value: unknown): value is FlatPostings {
  if (typeof value !== 'object' || value === null) return false;
  const flat = value as Record<string, unknown>;
  return Array.isArray(flat.keys) && flat.starts instanceof Int32Array && flat.entries instanceof Int32Array;
}

/** The table back, or null when the arrays do not fit together or name a slot past `count`. */
export function restorePostings(flat: FlatPostings, count: number): Map<string, number[]> | null {
  const { keys, starts, entries } = flat;
  if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== entries.length) return null;
  for (const entry of entries) if (entry < 0 || entry >= count) return null;
  const map = new Map<string, number[]>();
  for (let key = 0; key < keys.length; key++) {
    const start = starts[key]!;
    const end = starts[key + 1]!;
    if (start > end) return null;
    const list: number[] = new Array(end - start);
    for (let index = start; index < end; index++) list[index - start] = entries[index]!;
    map.set(keys[key]!, list);
  }
  return map;
}
