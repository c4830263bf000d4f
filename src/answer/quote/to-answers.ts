import type { Article } from '../../corpus/article.js';
import type { Quotation } from '../../extract/types.js';
import { citeArticle } from '../citation.js';
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

/** One answer a quotation, in the order given: a quotation is never joined to another. */
export function toAnswers(tables: QuoteTables, view: QuoteView, entries: readonly number[]): QuoteAnswer[] {
  return entries.slice(0, ANSWER_LIMIT).map((entry) => {
    const { article, quotation, speaker } = readEntry(tables, view, entry);
    return { quote: quotation.quote, speaker, citations: [citeArticle(article, quotation.passage)] };
  });
}
