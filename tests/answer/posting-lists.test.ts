import { describe, expect, it } from 'vitest';
import {
  appendPosting,
  createPostingLists,
  flattenPostingLists,
  listCount,
  postingLength,
  postingList,
  removePostings,
  restorePostingLists,
  setPosting,
  type PostingLists,
} from '../../src/answer/when/posting-lists.js';

/** A small deterministic generator, so a failure replays. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function contents(lists: PostingLists, termCount: number): number[][] {
  return Array.from({ length: termCount }, (_, term) => {
    const list = postingList(lists, term);
    return Array.from(list.values.subarray(0, list.length));
  });
}

describe('posting lists in one shared array', () => {
  it('hold what plain arrays hold through appends, removals, moves and packing', () => {
    const random = randomOf(7);
    const termCount = 300;
    let lists = createPostingLists();
    const expected: number[][] = Array.from({ length: termCount }, () => []);
    let next = 0;
    let packs = 0;
    for (let step = 0; step < 600_000; step++) {
      const abandoned = lists.abandoned;
      // Few terms take most entries, as words do, so lists outgrow their room again and again.
      const term = Math.floor(termCount * random() ** 3);
      const roll = random();
      if (roll < 0.1) {
        // A list given whole (as the database's partial tables are) leaves its room behind.
        expected[term]!.push(next++);
        setPosting(lists, term, expected[term]!);
      } else if (roll < 0.9) {
        appendPosting(lists, term, next);
        expected[term]!.push(next++);
      } else {
        const removed = expected[term]!.filter(() => random() < 0.5);
        removePostings(lists, term, removed);
        expected[term] = expected[term]!.filter((value) => !removed.includes(value));
      }
      if (lists.abandoned < abandoned) packs++;
      if (step === 100_000) {
        // A snapshot's round trip halfway: the restored lists carry on.
        const { offsets, entries } = flattenPostingLists(lists);
        lists = restorePostingLists(entries, offsets);
      }
    }
    expect(contents(lists, termCount)).toEqual(expected);
    expect(packs).toBeGreaterThan(0);
    const live = expected.reduce((sum, list) => sum + list.length, 0);
    expect(lists.used - lists.abandoned).toBeGreaterThanOrEqual(live);
  });

  it('reads an empty list for a term never given one, and sets a whole list', () => {
    const lists = createPostingLists();
    expect(postingLength(lists, 12)).toBe(0);
    setPosting(lists, 3, [2, 5, 9]);
    setPosting(lists, 1, [4]);
    appendPosting(lists, 3, 11);
    expect(listCount(lists)).toBe(4);
    expect(contents(lists, 5)).toEqual([[], [4], [], [2, 5, 9, 11], []]);
  });
});
