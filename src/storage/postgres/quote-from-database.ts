import { parseQuoteQuestion, splitLoosely } from '../../answer/question/parse-quote-question.js';
import { findQuotes } from '../../answer/quote/find-quotes.js';
import { rolePhrasesAsked } from '../../answer/quote/find-speaker.js';
import { topicTerms, type QuoteTables } from '../../answer/quote/tables.js';
import { toAnswers } from '../../answer/quote/to-answers.js';
import type { QuoteAnswer } from '../../answer/types.js';
import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction, Quotation } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { toTerms } from '../../text/normalize.js';
import { LookupMap } from './lookup-map.js';
import { readQuoteTables } from './quote-partial-tables.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';
import { readAnswerStories } from './stored-articles.js';
import { findPersonByRoleInDatabase } from './who-from-database.js';

// More than the engine shows are never read (src/answer/quote/to-answers.ts).
const ANSWER_LIMIT = 30;

/**
 * /quote from the database, found and answered by the in-memory engine's own code (findQuotes,
 * toAnswers): the postings of every word the question can read, the persons they name and the
 * quotations they reach are read into tables and a view that hold those alone, numbered in the
 * stored order (reading order), so every weight and tie falls as in memory. Speakers named by
 * role are found as /who finds them; the stories and quotations read are fetched as asked for.
 */
export async function answerQuote(read: PinnedRead, query: string): Promise<QuoteAnswer[]> {
  const question = parseQuoteQuestion(query);
  const loose = question.speaker === null ? null : splitLoosely(question.speaker);
  const phrases = [question.speaker, question.topic, loose?.speaker, loose?.topic].filter((phrase): phrase is string =>
    Boolean(phrase),
  );
  const words = new Set(phrases.flatMap((phrase) => [...toTerms(phrase), ...topicTerms(phrase)]));
  const described = new Map<string, number[]>();
  for (const speaker of [question.speaker, loose?.speaker]) {
    for (const phrase of speaker ? rolePhrasesAsked(speaker) : []) {
      if (!described.has(phrase)) described.set(phrase, await findPersonByRoleInDatabase(read, phrase));
    }
  }
  const { tables, view, personOf } = await readQuoteTables(read, [...words], [...described.values()].flat());
  // findQuotes asks for a role only of the phrases rolePhrasesAsked gives for the question's
  // speaker or its loose split, read above.
  const byRole = (phrase: string): number[] => {
    const found = described.get(phrase);
    if (found === undefined) throw new Error('/quote asked for a role phrase not read beforehand');
    return found.map(personOf);
  };
  const articles = new Map<string, Article>();
  const extractions = new Map<string, ArticleExtraction>();
  const tried = new Set<string>();
  for (;;) {
    const missing = new Set<string>();
    view.knowledge = {
      ...view.knowledge,
      articles: new LookupMap(articles, missing),
      extractions: new LookupMap(extractions, missing),
    } as Knowledge;
    const entries = findQuotes(tables, view, query, byRole);
    // Every story it read was there (one the version lacks, never): it found as in memory.
    const wanted = [...missing].filter((id) => !tried.has(id));
    if (wanted.length === 0) {
      const shown = entries.slice(0, ANSWER_LIMIT);
      await readStories(read, new Set(shown.map((entry) => articleOf(tables, entry))), articles, extractions);
      view.knowledge = { ...view.knowledge, articles, extractions } as Knowledge;
      return toAnswers(tables, view, shown);
    }
    for (const id of wanted) tried.add(id);
    await readStories(read, new Set(wanted), articles, extractions);
  }
}

function articleOf(tables: QuoteTables, entry: number): string {
  return tables.groupArticle[tables.entryGroup.values[entry]!]!;
}

/** The stories (for their text and citations) and quotations of these articles, added to the maps read. */
function readStories(
  read: PinnedRead,
  ids: ReadonlySet<string>,
  articles: Map<string, Article>,
  extractions: Map<string, ArticleExtraction>,
): Promise<void> {
  return readAnswerStories<{ article_id: string; paragraphs: string[]; quotations: Quotation[] }>(
    read,
    ids,
    { articles, extractions },
    `SELECT article_id, paragraphs, quotations FROM quote_groups WHERE ${visibleAt('quote_groups', '$1')} AND article_id = ANY($2::text[])`,
    (row) => ({ paragraphs: row.paragraphs, extraction: { quotations: row.quotations } }),
  );
}
