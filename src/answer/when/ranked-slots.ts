import type { ScoredSlot } from './score-slots.js';

/**
 * Scored slots handed out best first, on demand. A common word can score thousands of slots
 * while five answers are usually found among the first few: a heap orders only what is taken
 * (building it costs two comparisons a slot, sorting all of them a dozen or more).
 *
 * The heap orders by score alone; slots of one score are put in order (`breakTie`) only when
 * that score is reached. Breaking a tie can read the article (/when's clause affinity), and a
 * heap of thousands of slots met hundreds of ties deep in it, far below the five answers: that
 * reading was most of the slowest questions' time.
 */
export interface RankedSlots {
  /** The best slot not yet taken, or undefined once all are. */
  next(): number | undefined;
  /** The slots not yet taken that pass `keep`, best first. */
  restWhere(keep: (slot: number) => boolean): number[];
}

/** Orders two slots of equal score: negative when `a` comes first; never 0 for two slots. */
export type TieBreak = (a: ScoredSlot, b: ScoredSlot) => number;

export function rankSlots(scored: ScoredSlot[], breakTie: TieBreak): RankedSlots {
  const heap = scored;
  let size = heap.length;
  // The slots of the score being handed out, in order, and how many of them were taken.
  let tied: ScoredSlot[] = [];
  let tiedTaken = 0;
  const siftDown = (start: number): void => {
    let parent = start;
    const item = heap[parent]!;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= size) break;
      if (child + 1 < size && heap[child + 1]!.score > heap[child]!.score) child++;
      if (heap[child]!.score <= item.score) break;
      heap[parent] = heap[child]!;
      parent = child;
    }
    heap[parent] = item;
  };
  const popBest = (): ScoredSlot => {
    const best = heap[0]!;
    heap[0] = heap[--size]!;
    if (size > 0) siftDown(0);
    return best;
  };
  for (let index = (size >> 1) - 1; index >= 0; index--) siftDown(index);
  return {
    next() {
      if (tiedTaken === tied.length) {
        if (size === 0) return undefined;
        const score = heap[0]!.score;
        tied = [];
        tiedTaken = 0;
        while (size > 0 && heap[0]!.score === score) tied.push(popBest());
        tied.sort(breakTie);
      }
      return tied[tiedTaken++]!.slot;
    },
    restWhere(keep) {
      const rest = [...tied.slice(tiedTaken), ...heap.slice(0, size)].filter((entry) => keep(entry.slot));
      size = 0;
      tied = [];
      tiedTaken = 0;
      return rest.sort((a, b) => b.score - a.score || breakTie(a, b)).map((entry) => entry.slot);
    },
  };
}
