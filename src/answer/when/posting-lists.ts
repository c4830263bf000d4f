import { appendInt, removeSorted, type IntList } from './int-list.js';

/**
 * Every term's posting list (ascending numbers) as a range of one shared Int32Array: a view a
 * list made tens of thousands of objects that every start deserialised or created and every
 * collection walked. Term t holds entries[start[t] .. start[t] + length[t]), with room up to
 * capacity[t]. A list that outgrows its room moves to the end of the shared array with twice
 * the room, leaving its old range unused; once ranges left and room unused pass twice the
 * entries held (doubling alone stays under that), the lists are packed again.
 */
export interface PostingLists {
  entries: Int32Array;
  /** Entries up to here belong to some list's range (or to a range left by a move). */
  used: number;
  /** Entries in ranges that lists moved out of. */
  abandoned: number;
  /** Entries the lists hold. */
  held: number;
  start: IntList;
  length: IntList;
  capacity: IntList;
}

const EMPTY: IntList = { values: new Int32Array(0), length: 0 };
const SMALLEST_ROOM = 4;
// Packing again costs a pass over every entry, so it waits until it frees at least this much.
const PACK_MINIMUM = 1 << 16;

export function createPostingLists(): PostingLists {
  return packedLists(new Int32Array(0), 0);
}

/**
 * The lists of a flat layout (list t is entries[offsets[t] .. offsets[t + 1])), copied with a
 * quarter more room at the end: the first lists a reload grows move there without copying the
 * whole array again, and room never written to costs no resident memory.
 */
export function restorePostingLists(entries: Int32Array, offsets: Int32Array): PostingLists {
  const copy = new Int32Array(withRoom(entries.length));
  copy.set(entries);
  return packedListsOf(copy, offsets, entries.length);
}

/**
 * Lists whose entries are laid out in `entries` by `offsets` (list t fills offsets[t] ..
 * offsets[t + 1]); entries past offsets[last] are free room. Adopts both arrays.
 */
export function packedListsOf(entries: Int32Array, offsets: Int32Array, used: number): PostingLists {
  const termCount = offsets.length - 1;
  const lists = packedLists(entries, termCount);
  lists.used = used;
  lists.held = used;
  for (let term = 0; term < termCount; term++) {
    const size = offsets[term + 1]! - offsets[term]!;
    lists.start.values[term] = offsets[term]!;
    lists.length.values[term] = size;
    lists.capacity.values[term] = size;
  }
  return lists;
}

/** An entries array for `used` entries and room to grow (the room is not touched, so not resident). */
export function withRoom(used: number): number {
  return used + Math.max(1024, used >> 2);
}

function packedLists(entries: Int32Array, termCount: number): PostingLists {
  const sized = (): IntList => ({ values: new Int32Array(Math.max(SMALLEST_ROOM, termCount)), length: termCount });
  return { entries, used: 0, abandoned: 0, held: 0, start: sized(), length: sized(), capacity: sized() };
}

export function listCount(lists: PostingLists): number {
  return lists.start.length;
}

/** Empty lists for terms up to `termCount`, so every term of the vocabulary has one. */
export function ensureLists(lists: PostingLists, termCount: number): void {
  while (lists.start.length < termCount) {
    appendInt(lists.start, lists.used);
    appendInt(lists.length, 0);
    appendInt(lists.capacity, 0);
  }
}

export function postingLength(lists: PostingLists, term: number): number {
  return term < lists.length.length ? lists.length.values[term]! : 0;
}

/**
 * Term's list as an IntList over the shared array, made for one question: it is valid until
 * the lists next change, and holding none keeps the heap free of a view a term.
 */
export function postingList(lists: PostingLists, term: number): IntList {
  const length = postingLength(lists, term);
  if (length === 0) return EMPTY;
  const start = lists.start.values[term]!;
  return { values: lists.entries.subarray(start, start + length), length };
}

/** Adds `value`, which must not be below the list's last entry, to term's list. */
export function appendPosting(lists: PostingLists, term: number, value: number): void {
  ensureLists(lists, term + 1);
  const length = lists.length.values[term]!;
  if (length === lists.capacity.values[term]!) moveToEnd(lists, term, Math.max(SMALLEST_ROOM, length * 2));
  lists.entries[lists.start.values[term]! + length] = value;
  lists.length.values[term] = length + 1;
  lists.held++;
}

/** Drops `removed` (ascending) from term's list; its room stays its own. */
export function removePostings(lists: PostingLists, term: number, removed: readonly number[]): void {
  const length = postingLength(lists, term);
  if (length === 0) return;
  const start = lists.start.values[term]!;
  const list: IntList = { values: lists.entries.subarray(start, start + length), length };
  removeSorted(list, removed);
  lists.length.values[term] = list.length;
  lists.held -= length - list.length;
}

/** Makes term's list `values` (ascending), in room of its own at the end. */
export function setPosting(lists: PostingLists, term: number, values: ArrayLike<number>): void {
  ensureLists(lists, term + 1);
  lists.held -= lists.length.values[term]!;
  lists.length.values[term] = 0;
  if (values.length > lists.capacity.values[term]!) moveToEnd(lists, term, values.length);
  lists.entries.set(values, lists.start.values[term]!);
  lists.length.values[term] = values.length;
  lists.held += values.length;
}

/** Gives term's list `room` entries at the end of the shared array, growing or packing it first when needed. */
function moveToEnd(lists: PostingLists, term: number, room: number): void {
  const start = lists.start.values[term]!;
  const capacity = lists.capacity.values[term]!;
  const length = lists.length.values[term]!;
  // The last range grows where it stands.
  if (start + capacity === lists.used && start + room <= lists.entries.length) {
    lists.used = start + room;
    lists.capacity.values[term] = room;
    return;
  }
  const waste = lists.used - lists.held;
  if (waste > PACK_MINIMUM && waste > 2 * lists.held) pack(lists);
  if (lists.used + room > lists.entries.length) {
    const grown = new Int32Array(withRoom(lists.used + room));
    grown.set(lists.entries.subarray(0, lists.used));
    lists.entries = grown;
  }
  const from = lists.start.values[term]!;
  lists.entries.copyWithin(lists.used, from, from + length);
  lists.abandoned += lists.capacity.values[term]!;
  lists.start.values[term] = lists.used;
  lists.capacity.values[term] = room;
  lists.used += room;
}

/** Lays every list out again back to back, each with exactly its entries as room. */
function pack(lists: PostingLists): void {
  const offsets = offsetsOf(lists);
  const termCount = listCount(lists);
  const used = offsets[termCount]!;
  const entries = new Int32Array(withRoom(used));
  for (let term = 0; term < termCount; term++) {
    const start = lists.start.values[term]!;
    entries.set(lists.entries.subarray(start, start + lists.length.values[term]!), offsets[term]);
    lists.start.values[term] = offsets[term]!;
    lists.capacity.values[term] = lists.length.values[term]!;
  }
  lists.entries = entries;
  lists.used = used;
  lists.abandoned = 0;
}

/** Offsets of the lists laid back to back (list t at offsets[t] .. offsets[t + 1]). */
function offsetsOf(lists: PostingLists): Int32Array {
  const termCount = listCount(lists);
  const offsets = new Int32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) offsets[term + 1] = offsets[term]! + lists.length.values[term]!;
  return offsets;
}

/** The lists back to back, exactly their entries (a snapshot's layout, read by restorePostingLists). */
export function flattenPostingLists(lists: PostingLists): { offsets: Int32Array; entries: Int32Array } {
  const offsets = offsetsOf(lists);
  const termCount = listCount(lists);
  const entries = new Int32Array(offsets[termCount]!);
  for (let term = 0; term < termCount; term++) {
    const start = lists.start.values[term]!;
    entries.set(lists.entries.subarray(start, start + lists.length.values[term]!), offsets[term]);
  }
  return { offsets, entries };
}
