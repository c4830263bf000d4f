/**
 * The case splits drawn from the seeded order, in the order they were drawn (each appended after
 * the one before, so earlier lines never move). The eval draw, the eval mix and `npm run eval`
 * all read this one list.
 */
export const DRAWN_SPLITS = [
  'dev',
  'test',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
] as const;

export type DrawnSplit = (typeof DRAWN_SPLITS)[number];
