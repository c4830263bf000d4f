import type { Article } from '../../corpus/article.js';
import type { Quotation } from '../../extract/types.js';
import { citeArticle } from '../citation.js';
import type { QuoteAnswer } from '../types.js';
import type { QuoteView } from './quote-view.js';
import type { QuoteTables } from './tables.js';

// Answers the engine shows; beyond it, quotations of one passage or article are folded together.
const ANSWER_LIMIT = 10;
const GROUP_LIMIT = 50;

/** One quotation with its corpus-wide speaker, read from the current knowledge. */
interface QuoteEntry {
  article: Article;
  quotation: Quotation;
  speaker: string;
  /** Place in reading order, for stable ties. */
  rank: number;
}

function readEntry(tables: QuoteTables, view: QuoteView, entry: number): QuoteEntry {
  const articleId = tables.groupArticle[tables.entryGroup.values[entry]!]!;
  const { knowledge } = view;
  const quotation = knowledge.extractions.get(articleId)!.quotations[tables.entryQuotation.values[entry]!]!;
  const person = view.entryPerson[entry]!;
  return {
    article: knowledge.articles.get(articleId)!,
    quotation,
    speaker: person >= 0 ? knowledge.people.persons[person]!.name : quotation.speaker,
    rank: view.entryRank[entry]!,
  };
}

/**
 * Answers in order; when there are more than the engine shows, quotations of one speaker in one
 * passage, then in one article, become one answer so that none is cut off.
 */
export function toAnswers(tables: QuoteTables, view: QuoteView, entries: readonly number[]): QuoteAnswer[] {
  const read = entries.map((entry) => readEntry(tables, view, entry));
  let groups = groupBy(read, (entry) => `${entry.article.id}\u0000${entry.speaker}\u0000${entry.quotation.passage}`);
  if (groups.length > ANSWER_LIMIT) groups = groupBy(read, (entry) => `${entry.article.id}\u0000${entry.speaker}`);
  return groups.slice(0, GROUP_LIMIT).map(toAnswer);
}

function groupBy(entries: readonly QuoteEntry[], keyOf: (entry: QuoteEntry) => string): QuoteEntry[][] {
  const groups = new Map<string, QuoteEntry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()];
}

function toAnswer(group: QuoteEntry[]): QuoteAnswer {
  const inOrder = group.slice().sort((a, b) => a.rank - b.rank);
  const first = inOrder[0]!;
  const passages = [...new Set(inOrder.map((entry) => entry.quotation.passage))];
  return {
    quote: inOrder.map((entry) => entry.quotation.quote).join(' '),
    speaker: first.speaker,
    citations: passages.map((passage) => citeArticle(first.article, passage)),
  };
}
