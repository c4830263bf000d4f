import { eventWords } from '../../extract/dates/event-words.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { WhenTables } from './tables.js';

// How far around its date words a date's clause reaches, in characters each way.
const REACH = 60;
const QUESTION_PREPOSITION = /^\s*(from|since|by|until|till)\s+when\b/i;

/**
 * How much of the question stands near each date of a sentence, for telling apart the dates of
 * one sentence ("approved earlier this month a plan to expand the syndicate from April"): the
 * question's words within reach of the date words, and one more when the question asks "from
 * when", "since when" or "by when" and the date is given that way. Worked out only for the slots
 * a tie brings to it.
 */
export function clauseAffinity(tables: WhenTables, knowledge: Knowledge, query: string): (slot: number) => number {
  const words = eventWords(query);
  const preposition = QUESTION_PREPOSITION.exec(query)?.[1]?.toLowerCase();
  const known = new Map<number, number>();
  return (slot) => {
    let value = known.get(slot);
    if (value !== undefined) return value;
    value = 0;
    const part = tables.slotPart.values[slot]!;
    const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
    const event = part >= 0 ? knowledge.extractions.get(articleId)?.events[part] : undefined;
    if (event) {
      const at = Math.max(0, event.sentence.indexOf(event.dateText));
      const near = event.sentence.slice(Math.max(0, at - REACH), at + event.dateText.length + REACH);
      for (const word of eventWords(near)) if (words.has(word)) value++;
      if (preposition && event.dateText.toLowerCase().startsWith(preposition)) value++;
    }
    known.set(slot, value);
    return value;
  };
}
