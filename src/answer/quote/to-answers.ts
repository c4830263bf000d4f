import type { Article } from '../../corpus/article.js';
import type { Quotation } from '../../extract/types.js';
import { citeArticle } from '../citation.js';
import { givesKnightlyTitle, withKnightlyTitle } from '../knighted-name.js';
import type { QuoteAnswer } from '../types.js';
import type { QuoteView } from './quote-view.js';
import type { QuoteTables } from './tables.js';

// More than the engine shows (30) are never read.
const ANSWER_LIMIT = 30;

/** One quotation with its corpus-wide speaker, read from the current knowledge. */
interface QuoteEntry {
  article: Article;
  quotation: Quotation;
  speaker: string;
}

function readEntry(tables: QuoteTables, view: QuoteView, entry: number): QuoteEntry {
  const articleId = tables.groupArticle[tables.entryGroup.values[entry]!]!;
  const { knowledge } = view;
  const quotation = knowledge.extractions.get(articleId)!.quotations[tables.entryQuotation.values[entry]!]!;
  return {
    article: knowledge.articles.get(articleId)!,
    quotation,
    speaker: view.entrySpeaker[entry]?.name ?? quotation.speaker,
  };
}

/**
 * One answer a quotation, in the order given: a quotation is never joined to another. A speaker
 * any of the answers' articles calls "Sir X" is "Sir X" in all of them, so one person keeps one name.
 */
export function toAnswers(tables: QuoteTables, view: QuoteView, entries: readonly number[]): QuoteAnswer[] {
  const read = entries.slice(0, ANSWER_LIMIT).map((entry) => readEntry(tables, view, entry));
  const titled = new Map<string, string>();
  for (const { article, speaker } of read) {
    if (titled.get(speaker) !== undefined && titled.get(speaker) !== speaker) continue;
    // The speaker's full name often stands only where the article first names them.
    if (!givesKnightlyTitle(article.paragraphs)) continue;
    titled.set(speaker, withKnightlyTitle(speaker, article.paragraphs));
  }
  return read.map(({ article, quotation, speaker }) => ({
    quote: quotation.quote,
    speaker: titled.get(speaker) ?? speaker,
    citations: [citeArticle(article, quotation.passage)],
  }));
}
