/**
 * A growable list of 32-bit integers. The /when tables hold millions of slot numbers; flat typed
 * memory keeps them compact, copies into a snapshot in one move and back out in another.
 */
export interface IntList {
  values: Int32Array;
  length: number;
}

export function createIntList(capacity = 4): IntList {
  return { values: new Int32Array(capacity), length: 0 };
}

/**
 * Takes a copy, so a snapshot handed in is never changed by later updates, with room for a
 * quarter more: an exact copy made the first append after a start copy the whole list again
 * (millions of entries, the first reload's extra time), while room never written to costs no
 * resident memory.
 */
export function copyIntList(values: Int32Array): IntList {
  const copy = new Int32Array(values.length + Math.max(4, values.length >> 2));
  copy.set(values);
  return { values: copy, length: values.length };
}

/** A list over part of a shared buffer; it moves to its own memory on the first append. */
export function viewIntList(values: Int32Array): IntList {
  return { values, length: values.length };
}

export function appendInt(list: IntList, value: number): void {
  if (list.length === list.values.length) {
    const grown = new Int32Array(Math.max(4, list.values.length * 2));
    grown.set(list.values.subarray(0, list.length));
    list.values = grown;
  }
  list.values[list.length++] = value;
}

/** Exactly the used part, in its own buffer (v8 serialises a view's whole buffer). */
export function trimIntList(list: IntList): Int32Array {
  return list.values.slice(0, list.length);
}

/** Position of the first value not below `value` in an ascending list. */
export function lowerBound(list: IntList, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list.values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function includesSorted(list: IntList, value: number): boolean {
  const position = lowerBound(list, value);
  return position < list.length && list.values[position] === value;
}

/** Drops `removed` (ascending) from an ascending list in one pass from the first of them. */
export function removeSorted(list: IntList, removed: readonly number[]): void {
  if (removed.length === 0) return;
  const { values } = list;
  let write = lowerBound(list, removed[0]!);
  let next = 0;
  for (let read = write; read < list.length; read++) {
    const value = values[read]!;
    while (next < removed.length && removed[next]! < value) next++;
    if (next < removed.length && removed[next] === value) continue;
    values[write++] = value;
  }
  list.length = write;
}
