import { createIntList, includesSorted, type IntList } from './int-list.js';
import { postingList } from './posting-lists.js';
import { questionWeights } from './question-weights.js';
import { ownTermCount } from './own-terms.js';
import { NEAR_MARK, slotCount, type WhenTables } from './tables.js';

/**
 * A question is matched to slots by the share of its content words they hold, rarer words and
 * names weighing more. A question only walks the posting lists of its own words.
 */

// Below this share of the question's weight a match is a coincidence of common words.
export const MIN_COVERAGE = 0.6;
// An event sentence often leaves out who it is about ("The company said the plan, originally
// adopted February 18, ..."): the headline and lead of its article count, at a discount.
const CONTEXT_WEIGHT = 0.5;
// A smaller discount for an event that also holds question words its article's news lacks:
// the question then spans the news and this detail, which is what it asks about.
const DETAIL_CONTEXT_WEIGHT = 0.75;
// On equal coverage the passage with fewer words beside the question's wins (a headline over a
// long sentence that happens to hold the same words), then an event over the bare news.
const DENSITY_WEIGHT = 0.1;
const EVENT_BONUS = 0.001;
const NEWS_FACTOR = 0.95;
// An answer with no date ("on Sunday" in an undated article) tells less than one with a date:
// it ranks as if it held a fifth less of the question.
const UNDATED_FACTOR = 0.8;
// A question word in the sentences around an event ("That happened in 1801" after the divorce)
// counts half of one in the event's own sentence, as the headline's words do.
const NEAR_WEIGHT = 0.5;
// A binary search costs about this many steps of walking a posting list.
const PROBE_COST = 16;
const EMPTY = createIntList(0);

/** Per-slot working memory, reused by every question and left zeroed after each. */
export interface Scratch {
  scores: Float64Array;
  ownTerms: Uint8Array;
  /** The slot holds a question word its article's headline and lead do not. */
  beyondNews: Uint8Array;
  /** The weight of question words a slot holds only through its article's headline and lead. */
  lent: Float64Array;
  seen: Uint8Array;
  /** Which question word last matched a slot's own words, so context does not count it twice. */
  ownStamp: Int32Array;
  /** Which question word last matched a slot's neighbour sentences. */
  nearStamp: Int32Array;
  /** Per group: the last word (by `wordStamp`) whose context postings hold it; never reset. */
  contextStamp: Int32Array;
  /** Per group: the best final score of its headline and lead. */
  newsBest: Float64Array;
  wordStamp: number;
}

export interface ScoredSlot {
  slot: number;
  score: number;
}

function createScratch(size: number, groups: number): Scratch {
  return {
    scores: new Float64Array(size),
    ownTerms: new Uint8Array(size),
    beyondNews: new Uint8Array(size),
    lent: new Float64Array(size),
    seen: new Uint8Array(size),
    ownStamp: new Int32Array(size).fill(-1),
    nearStamp: new Int32Array(size).fill(-1),
    contextStamp: new Int32Array(groups),
    newsBest: new Float64Array(groups),
    wordStamp: 0,
  };
}

/** Scratch big enough for every slot and group, grown with headroom so appends do not reallocate each time. */
export function fitScratch(scratch: Scratch | null, tables: WhenTables): Scratch {
  const slots = slotCount(tables);
  const groups = tables.groupArticle.length;
  if (scratch && scratch.scores.length >= slots && scratch.contextStamp.length >= groups) return scratch;
  return createScratch(Math.ceil(slots * 1.25) + 64, Math.ceil(groups * 1.25) + 64);
}

/** The slots that hold enough of the question, with their scores, in no particular order. */
export function scoreSlots(tables: WhenTables, query: string, scratch: Scratch): ScoredSlot[] {
  const { scores, lent, ownTerms, beyondNews, seen, ownStamp, nearStamp, contextStamp } = scratch;
  const weights = [...questionWeights(tables, query)].sort((a, b) => b[1] - a[1]);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) return [];
  if (scratch.wordStamp > 0x7fff0000) {
    contextStamp.fill(0);
    scratch.wordStamp = 0;
  }
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
    const own: IntList = term === undefined ? EMPTY : postingList(tables.postings, term);
    const context: IntList = term === undefined ? EMPTY : postingList(tables.contextPostings, term);
    const nearTerm = tables.termIds.get(`${NEAR_MARK}${key}`);
    const near: IntList = nearTerm === undefined ? EMPTY : postingList(tables.postings, nearTerm);
    if (!admitsNew && touched.length * PROBE_COST < own.length + context.length + near.length) {
      // Only slots already found can still gain: probe them in the sorted postings.
      for (const slot of touched) {
        const isEvent = slotPart[slot]! >= 0;
        if (includesSorted(own, slot)) {
          scores[slot] = scores[slot]! + weight;
          ownTerms[slot] = ownTerms[slot]! + 1;
          if (isEvent && !includesSorted(context, slotGroup[slot]!)) beyondNews[slot] = 1;
        } else if (isEvent && includesSorted(near, slot)) {
          scores[slot] = scores[slot]! + weight * NEAR_WEIGHT;
          lent[slot] = lent[slot]! + weight;
        } else if (isEvent && includesSorted(context, slotGroup[slot]!)) {
          scores[slot] = scores[slot]! + weight * CONTEXT_WEIGHT;
          lent[slot] = lent[slot]! + weight;
        }
      }
      return;
    }
    const stamp = ++scratch.wordStamp;
    for (let index = 0; index < context.length; index++) contextStamp[context.values[index]!] = stamp;
    for (let index = 0; index < own.length; index++) {
      const slot = own.values[index]!;
      add(slot, weight, admitsNew);
      if (seen[slot]) {
        ownTerms[slot] = ownTerms[slot]! + 1;
        ownStamp[slot] = keyIndex;
        if (slotPart[slot]! >= 0 && contextStamp[slotGroup[slot]!] !== stamp) beyondNews[slot] = 1;
      }
    }
    for (let index = 0; index < near.length; index++) {
      const slot = near.values[index]!;
      if (ownStamp[slot] === keyIndex) continue;
      add(slot, weight * NEAR_WEIGHT, admitsNew);
      // Lent like the headline's words: a detail's neighbours weigh what its news would.
      if (seen[slot]) {
        nearStamp[slot] = keyIndex;
        lent[slot] = lent[slot]! + weight;
      }
    }
    for (let index = 0; index < context.length; index++) {
      const group = context.values[index]!;
      const end = tables.groupEnd.values[group]!;
      for (let slot = tables.groupFirstEvent.values[group]!; slot < end; slot++) {
        if (ownStamp[slot] === keyIndex || nearStamp[slot] === keyIndex) continue;
        add(slot, weight * CONTEXT_WEIGHT, admitsNew);
        if (seen[slot]) lent[slot] = lent[slot]! + weight;
      }
    }
  });
  return collectScored(tables, touched, scratch, total, weights.length);
}

/** The slots over the threshold with their final scores; clears the scratch of every slot touched. */
function collectScored(
  tables: WhenTables,
  touched: readonly number[],
  scratch: Scratch,
  total: number,
  words: number,
): ScoredSlot[] {
  const { scores, lent, ownTerms, beyondNews, seen, ownStamp, nearStamp, newsBest } = scratch;
  const slotPart = tables.slotPart.values;
  const slotGroup = tables.slotGroup.values;
  const minimumTerms = Math.min(2, words);
  const scored: ScoredSlot[] = [];
  const details: ScoredSlot[] = [];
  for (const slot of touched) {
    // One word of its own is enough for an event whose article's news holds the rest and lacks
    // that word: "company recapitalized on December 28" under "ALLEGHENY LUDLUM 3RD QTR NET".
    if (ownTerms[slot]! < minimumTerms && !(beyondNews[slot] && ownTerms[slot]! >= 1)) continue;
    const score = scores[slot]! + (beyondNews[slot] ? (DETAIL_CONTEXT_WEIGHT - CONTEXT_WEIGHT) * lent[slot]! : 0);
    if (score < MIN_COVERAGE * total && !beyondNews[slot]) continue;
    const entry = { slot, score: -1 };
    if (score >= MIN_COVERAGE * total) {
      const density = ownTerms[slot]! / Math.max(1, ownTermCount(tables, slot));
      entry.score = score / total + DENSITY_WEIGHT * density + (slotPart[slot]! >= 0 ? EVENT_BONUS : 0);
      // A date the text states beats the publication date of news that holds as much of the question.
      if (slotPart[slot]! < 0) entry.score *= NEWS_FACTOR;
      if (tables.slotUndated.values[slot]) entry.score *= UNDATED_FACTOR;
      scored.push(entry);
      const group = slotGroup[slot]!;
      if (slotPart[slot]! < 0) newsBest[group] = Math.max(newsBest[group]!, entry.score);
    }
    if (beyondNews[slot]) details.push(entry);
  }
  // An event that holds words of the question its article's news does not is the detail the
  // question asks about ("the plan was originally adopted ..."): it never ranks below that news.
  for (const entry of details) {
    const news = newsBest[slotGroup[entry.slot]!]!;
    if (news === 0 || news + EVENT_BONUS <= entry.score) continue;
    if (entry.score < 0) scored.push(entry);
    entry.score = news + EVENT_BONUS;
  }
  for (const slot of touched) {
    newsBest[slotGroup[slot]!] = 0;
    scores[slot] = 0;
    lent[slot] = 0;
    ownTerms[slot] = 0;
    beyondNews[slot] = 0;
    ownStamp[slot] = -1;
    nearStamp[slot] = -1;
    seen[slot] = 0;
  }
  return scored;
}
