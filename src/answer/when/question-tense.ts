import type { Knowledge } from '../../knowledge/knowledge.js';
import type { ScoredSlot } from './score-slots.js';
import type { WhenTables } from './tables.js';

// "when will X open" asks for a date still to come when the article was written: a date gone by
// at its article's publication counts for less. Not the other way: "when did X say it would
// open" may well ask for a date to come.
const FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|going)\s+to)\b/i;
const PASSED_FACTOR = 0.75;

/** Whether a question asks for a date still to come ("when will", "when is X due to"). */
export function asksForDateToCome(query: string): boolean {
  return FUTURE.test(query);
}

/**
 * For a question about a date to come, the scored slots with the score of each one near the top
 * lowered whose date had passed when its article was published (a new list; the given one is
 * left as it is). A date no finer than its article's year or month, or an article's own news,
 * says nothing either way. Only slots that could rise to the top are read.
 */
export function weighByTense(
  tables: WhenTables,
  knowledge: Knowledge,
  query: string,
  scored: readonly ScoredSlot[],
): ScoredSlot[] {
  if (scored.length < 2 || !asksForDateToCome(query)) return scored.slice();
  let best = 0;
  for (const item of scored) if (item.score > best) best = item.score;
  const floor = best * PASSED_FACTOR;
  return scored.map((item) =>
    item.score >= floor && hadPassed(tables, knowledge, item.slot)
      ? { slot: item.slot, score: item.score * PASSED_FACTOR }
      : item,
  );
}

function hadPassed(tables: WhenTables, knowledge: Knowledge, slot: number): boolean {
  const part = tables.slotPart.values[slot]!;
  if (part < 0) return false;
  const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
  const date = knowledge.extractions.get(articleId)?.events[part]?.date;
  const published = knowledge.articles.get(articleId)?.published;
  return !!date && !!published && date < published.slice(0, date.length);
}
