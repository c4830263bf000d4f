import { eventWords } from '../../extract/dates/event-words.js';
import { createIntList, includesSorted, type IntList } from './int-list.js';
import { slotCount, type WhenTables } from './tables.js';

/**
 * A question is matched to slots by the share of its content words they hold, rarer words and
 * names weighing more. A question only walks the posting lists of its own words.
 */

// Below this share of the question's weight a match is a coincidence of common words.
const MIN_COVERAGE = 0.6;
const NAME_WEIGHT = 2;
// An event sentence often leaves out who it is about ("The company said the plan, originally
// adopted February 18, ..."): the headline and lead of its article count, at a discount.
const CONTEXT_WEIGHT = 0.5;
// On equal coverage the passage with fewer words beside the question's wins (a headline over a
// long sentence that happens to hold the same words), then an event over the bare news.
const DENSITY_WEIGHT = 0.1;
const EVENT_BONUS = 0.001;
// A binary search costs about this many steps of walking a posting list.
const PROBE_COST = 16;
const QUESTION_WORDS = new Set(['happen', 'happened', 'occur', 'occurred', 'date', 'did']);
const EMPTY = createIntList(0);

/** Per-slot working memory, reused by every question and left zeroed after each. */
export interface Scratch {
  scores: Float64Array;
  ownTerms: Uint8Array;
  seen: Uint8Array;
  /** Which question word last matched a slot's own words, so context does not count it twice. */
  ownStamp: Int32Array;
}

export interface ScoredSlot {
  slot: number;
  score: number;
}

function createScratch(size: number): Scratch {
  return { scores: new Float64Array(size), ownTerms: new Uint8Array(size), seen: new Uint8Array(size), ownStamp: new Int32Array(size).fill(-1) };
}

/** Scratch big enough for every slot, grown with headroom so appends do not reallocate each time. */
export function fitScratch(scratch: Scratch | null, tables: WhenTables): Scratch {
  const needed = slotCount(tables);
  return scratch && scratch.scores.length >= needed ? scratch : createScratch(Math.ceil(needed * 1.25) + 64);
}

/** The slots that hold enough of the question, with their scores, in no particular order. */
export function scoreSlots(tables: WhenTables, query: string, scratch: Scratch): ScoredSlot[] {
  const { scores, ownTerms, seen, ownStamp } = scratch;
  const weights = [...questionWeights(tables, query)].sort((a, b) => b[1] - a[1]);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) return [];
  const needed = MIN_COVERAGE * total;
  const slotPart = tables.slotPart.values;
  const slotGroup = tables.slotGroup.values;
  const touched: number[] = [];
  const add = (slot: number, amount: number, admitsNew: boolean): void => {
    if (!seen[slot]) {
      if (!admitsNew) return;
      seen[slot] = 1;
      touched.push(slot);
    }
    scores[slot] = scores[slot]! + amount;
  };
  let remaining = total;
  // Rare words first; once the words left cannot reach the threshold on their own, a common
  // word only adds to slots already found, so "company" never walks the whole corpus.
  weights.forEach(([key, weight], keyIndex) => {
    const admitsNew = remaining >= needed;
    remaining -= weight;
    const term = tables.termIds.get(key);
    const own: IntList = term === undefined ? EMPTY : tables.postings[term]!;
    const context: IntList = term === undefined ? EMPTY : tables.contextPostings[term]!;
    if (!admitsNew && touched.length * PROBE_COST < own.length + context.length) {
      // Only slots already found can still gain: probe them in the sorted postings.
      for (const slot of touched) {
        if (includesSorted(own, slot)) {
          scores[slot] = scores[slot]! + weight;
          ownTerms[slot] = ownTerms[slot]! + 1;
        } else if (slotPart[slot]! >= 0 && includesSorted(context, slotGroup[slot]!)) {
          scores[slot] = scores[slot]! + weight * CONTEXT_WEIGHT;
        }
      }
      return;
    }
    for (let index = 0; index < own.length; index++) {
      const slot = own.values[index]!;
      add(slot, weight, admitsNew);
      if (seen[slot]) {
        ownTerms[slot] = ownTerms[slot]! + 1;
        ownStamp[slot] = keyIndex;
      }
    }
    for (let index = 0; index < context.length; index++) {
      const group = context.values[index]!;
      const end = tables.groupEnd.values[group]!;
      for (let slot = tables.groupFirstEvent.values[group]!; slot < end; slot++) {
        if (ownStamp[slot] !== keyIndex) add(slot, weight * CONTEXT_WEIGHT, admitsNew);
      }
    }
  });
  const minimumTerms = Math.min(2, weights.length);
  const starts = tables.slotTermStart.values;
  const scored: ScoredSlot[] = [];
  for (const slot of touched) {
    if (scores[slot]! >= needed && ownTerms[slot]! >= minimumTerms) {
      const density = ownTerms[slot]! / Math.max(1, starts[slot + 1]! - starts[slot]!);
      scored.push({ slot, score: scores[slot]! / total + DENSITY_WEIGHT * density + (slotPart[slot]! >= 0 ? EVENT_BONUS : 0) });
    }
    scores[slot] = 0;
    ownTerms[slot] = 0;
    ownStamp[slot] = -1;
    seen[slot] = 0;
  }
  return scored;
}

function questionWeights(tables: WhenTables, query: string): Map<string, number> {
  const names = new Set((query.match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).flatMap((word) => [...eventWords(word)]));
  const weights = new Map<string, number>();
  for (const key of eventWords(query)) {
    if (QUESTION_WORDS.has(key)) continue;
    weights.set(key, inverseFrequency(tables, key) * (names.has(key) ? NAME_WEIGHT : 1));
  }
  return weights;
}

/** Over live slots only, so a removed article weighs nothing, as in a fresh build. */
function inverseFrequency(tables: WhenTables, key: string): number {
  const term = tables.termIds.get(key);
  const frequency = term === undefined ? 0 : tables.postings[term]!.length;
  return Math.log(1 + tables.liveSlots / (frequency || 1));
}
