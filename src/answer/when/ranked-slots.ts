import type { ScoredSlot } from './score-slots.js';

/**
 * Scored slots handed out best first, on demand. A common word can score thousands of slots
 * while five answers are usually found among the first few: a heap orders only what is taken
 * (building it costs two comparisons a slot, sorting all of them a dozen or more).
 */
export interface RankedSlots {
  /** The best slot not yet taken, or undefined once all are. */
  next(): number | undefined;
  /** The slots not yet taken that pass `keep`, best first. */
  restWhere(keep: (slot: number) => boolean): number[];
}

export function rankSlots(scored: ScoredSlot[], compare: (a: ScoredSlot, b: ScoredSlot) => number): RankedSlots {
  const heap = scored;
  let size = heap.length;
  const siftDown = (start: number): void => {
    let parent = start;
    const item = heap[parent]!;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= size) break;
      if (child + 1 < size && compare(heap[child + 1]!, heap[child]!) < 0) child++;
      if (compare(heap[child]!, item) >= 0) break;
      heap[parent] = heap[child]!;
      parent = child;
    }
    heap[parent] = item;
  };
  for (let index = (size >> 1) - 1; index >= 0; index--) siftDown(index);
  return {
    next() {
      if (size === 0) return undefined;
      const best = heap[0]!;
      heap[0] = heap[--size]!;
      if (size > 0) siftDown(0);
      return best.slot;
    },
    restWhere(keep) {
      const rest = heap.slice(0, size).filter((entry) => keep(entry.slot));
      size = 0;
      return rest.sort(compare).map((entry) => entry.slot);
    },
  };
}
