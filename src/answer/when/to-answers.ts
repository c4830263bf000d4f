import type { Knowledge } from '../../knowledge/knowledge.js';
import { citeArticle } from '../citation.js';
import type { WhenAnswer } from '../types.js';
import { newsPassages } from './news-passages.js';
import type { RankedSlots } from './ranked-slots.js';
import type { WhenTables } from './tables.js';

const MAX_ANSWERS = 5;
// Share of words two sentences must have in common to be one report reworded ("They also say
// they have ..." and "They also said they had ..." in two versions of a story).
const COPY_OVERLAP = 0.75;

/**
 * One answer per distinct event, best first; the same sentence in several articles (agency
 * copies) cites them all. Slots name their article and event by id and index, so the words
 * come from the knowledge the tables were last updated with.
 */
export function toAnswers(tables: WhenTables, knowledge: Knowledge, ranked: RankedSlots): WhenAnswer[] {
  const answers: WhenAnswer[] = [];
  const answerHashes: number[] = [];
  const take = (slot: number): void => {
    const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
    const article = knowledge.articles.get(articleId);
    if (!article) return;
    const part = tables.slotPart.values[slot]!;
    const event = part >= 0 ? knowledge.extractions.get(articleId)?.events[part] : undefined;
    if (part >= 0 && !event) return;
    const date = event ? event.date : article.published;
    const dateText = event ? event.dateText : undefined;
    const text = event ? event.event : article.title;
    // At most five answers to compare with; a common word can rank thousands of slots, and
    // comparing fields spares building and hashing a key for each.
    const earlier = answers.find(
      (answer) =>
        answer.date === date &&
        (answer.dateText ?? '') === (dateText ?? '') &&
        (answer.event === text || isRewordedCopy(answer.event, text)),
    );
    if (!earlier && answers.length === MAX_ANSWERS) return;
    if (earlier?.citations.some((cited) => cited.article === article.id)) return;
    const passage = event ? event.sentence : newsPassages(article)[-1 - part];
    if (passage === undefined) return;
    const citation = citeArticle(article, passage);
    if (earlier) earlier.citations.push(citation);
    else {
      answers.push(
        event
          ? { date, dateText: event.dateText, event: text, citations: [citation] }
          : { date, event: text, citations: [citation] },
      );
      answerHashes.push(tables.slotAnswerHash.values[slot]!);
    }
  };
  while (answers.length < MAX_ANSWERS) {
    const slot = ranked.next();
    if (slot === undefined) return answers;
    take(slot);
  }
  // Once five answers are in, a slot can only add a citation to one of them: the rest is read
  // from the tables alone, and only the slots giving the same answer reach their articles.
  const hashes = tables.slotAnswerHash.values;
  for (const slot of ranked.restWhere((candidate) => answerHashes.includes(hashes[candidate]!))) take(slot);
  return answers;
}

/** The same sentence as another version of the story words it: most of their words in common. */
function isRewordedCopy(left: string, right: string): boolean {
  const leftWords = new Set(left.toLowerCase().match(/[\p{L}\p{N}$]+/gu) ?? []);
  const rightWords = new Set(right.toLowerCase().match(/[\p{L}\p{N}$]+/gu) ?? []);
  let shared = 0;
  for (const word of leftWords) if (rightWords.has(word)) shared++;
  const union = leftWords.size + rightWords.size - shared;
  return union > 0 && shared / union >= COPY_OVERLAP;
}
