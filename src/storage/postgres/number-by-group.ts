import type { IntList } from '../../answer/when/int-list.js';

// The fewest numbers each group's items are given (a power of two), so a few more items in one
// article seldom move the stride, and with it every row.
const SMALLEST_STRIDE = 1024;

/** Where a group's items are numbered from when stored, and an item's stored number. */
export interface GroupNumbering {
  base(group: number): number;
  stored(item: number, group: number): number;
}

/**
 * Numbers a fresh build's items (/when's slots, /quote's entries: each group, one article's,
 * holds items first[g] .. end[g]) for storing group by group: group g's items from g * stride,
 * so an article that gains or loses an item leaves every other group's numbers, and the rows
 * that list them, as they were. Readers only keep the stored order (they renumber what they
 * read). The build's own numbers when the groups would not fit in an int32.
 */
export function numberByGroup(first: IntList, end: IntList, groups: number): GroupNumbering {
  let widest = 1;
  for (let group = 0; group < groups; group++) widest = Math.max(widest, end.values[group]! - first.values[group]!);
  const stride = strideFor(widest, groups);
  const base =
    stride !== undefined ? (group: number): number => group * stride : (group: number): number => first.values[group]!;
  return { base, stored: (item, group) => base(group) + item - first.values[group]! };
}

/**
 * How many numbers each of `groups` groups is given when the widest holds `widest` items, or
 * undefined when they would not fit in an int32 (the build's own numbers are stored then).
 */
export function strideFor(widest: number, groups: number): number | undefined {
  let stride = SMALLEST_STRIDE;
  while (stride < widest) stride *= 2;
  return groups * stride <= 2 ** 31 - 1 ? stride : undefined;
}
