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
  const byKey = new Map<string, WhenAnswer>();
  for (const slot of rankedSlots) {
    const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
    const article = knowledge.articles.get(articleId);
    if (!article) continue;
    const part = tables.slotPart.values[slot]!;
    const event = part >= 0 ? knowledge.extractions.get(articleId)?.events[part] : undefined;
    if (part >= 0 && !event) continue;
    const answer: WhenAnswer = event
      ? { date: event.date, dateText: event.dateText, event: event.event, citations: [] }
      : { date: article.published, event: article.title, citations: [] };
    const key = `${answer.date}\u0000${answer.dateText ?? ''}\u0000${answer.event}`;
    const earlier = byKey.get(key);
    if (earlier) {
      if (earlier.citations.some((cited) => cited.article === article.id)) continue;
    } else if (answers.length === MAX_ANSWERS) {
      continue;
    }
    const passage = event ? event.sentence : newsPassages(article)[-1 - part];
    if (passage === undefined) continue;
    const citation = citeArticle(article, passage);
    if (earlier) {
      earlier.citations.push(citation);
    } else {
      answer.citations.push(citation);
      byKey.set(key, answer);
      answers.push(answer);
    }
  }
  return answers;
}
