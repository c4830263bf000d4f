import { eventWords } from '../../extract/dates/event-words.js';
import { postingLength } from './posting-lists.js';
import type { WhenTables } from './tables.js';

const NAME_WEIGHT = 2;
const QUESTION_WORDS = new Set(['happen', 'happened', 'occur', 'occurred', 'date', 'did']);

/** The question's content words and their weights: rarer words and names weigh more. */
export function questionWeights(tables: WhenTables, query: string): Map<string, number> {
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
  const frequency = term === undefined ? 0 : postingLength(tables.postings, term);
  return Math.log(1 + tables.liveSlots / (frequency || 1));
}
