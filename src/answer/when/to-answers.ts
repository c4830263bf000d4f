import type { Knowledge } from '../../knowledge/knowledge.js';
import { citeArticle } from '../citation.js';
import type { WhenAnswer } from '../types.js';
import { newsPassages } from './news-passages.js';
import type { WhenTables } from './tables.js';

const MAX_ANSWERS = 5;

/**
 * One answer per distinct event, best first; the same sentence in several articles (agency
 * copies) cites them all. Slots name their article and event by id and index, so the words
 * come from the knowledge the tables were last updated with.
 */
export function toAnswers(tables: WhenTables, knowledge: Knowledge, rankedSlots: readonly number[]): WhenAnswer[] {
  const answers: WhenAnswer[] = [];
  for (const slot of rankedSlots) {
    const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
    const article = knowledge.articles.get(articleId);
    if (!article) continue;
    const part = tables.slotPart.values[slot]!;
    const event = part >= 0 ? knowledge.extractions.get(articleId)?.events[part] : undefined;
    if (part >= 0 && !event) continue;
    const date = event ? event.date : article.published;
    const dateText = event ? event.dateText : undefined;
    const text = event ? event.event : article.title;
    // At most five answers to compare with; a common word can rank thousands of slots, and
    // comparing fields spares building and hashing a key for each.
    const earlier = answers.find(
      (answer) => answer.date === date && answer.event === text && (answer.dateText ?? '') === (dateText ?? ''),
    );
    if (!earlier && answers.length === MAX_ANSWERS) continue;
    if (earlier?.citations.some((cited) => cited.article === article.id)) continue;
    const passage = event ? event.sentence : newsPassages(article)[-1 - part];
    if (passage === undefined) continue;
    const citation = citeArticle(article, passage);
    if (earlier) earlier.citations.push(citation);
    else if (event) answers.push({ date, dateText: event.dateText, event: text, citations: [citation] });
    else answers.push({ date, event: text, citations: [citation] });
  }
  return answers;
}
