import type { Knowledge } from '../knowledge/knowledge.js';
import { runSteps, type Steps } from '../steps.js';
import type { Answerer, KnowledgeChange } from './answerer.js';
import { findQuotes } from './quote/find-quotes.js';
import type { FindPeopleByRole } from './quote/find-speaker.js';
import { syncPersons } from './quote/person-tables.js';
import { patchView, viewTables } from './quote/quote-view.js';
import { buildTablesInSteps } from './quote/tables.js';
import { restoreTables, snapshotTables } from './quote/tables-snapshot.js';
import { toAnswers } from './quote/to-answers.js';
import { entriesOfArticles, updateTables } from './quote/update-tables.js';
import type { QuoteAnswer } from './types.js';

/**
 * /quote: a speaker's quotations, or the quotations on a topic, with their corpus-wide speaker.
 * The tables are built once, restored from a snapshot without folding a word, and updated in
 * place for the articles a reload changed; who each speaker is follows the people directory,
 * which a reload links anew, in one cheap pass.
 *
 * Also callable as a plain function of the question, the shape the engine used before it kept
 * answerers across reloads.
 */
export type QuoteAnswerer = Answerer<QuoteAnswer> & ((query: string) => QuoteAnswer[]);

export function createQuoteAnswerer(
  knowledge: Knowledge,
  snapshot?: unknown,
  findPeopleByRole?: FindPeopleByRole,
): QuoteAnswerer {
  return runSteps(createQuoteAnswererInSteps(knowledge, snapshot, findPeopleByRole));
}

/** `findPeopleByRole` lets a question name its speaker by role ("the interior minister"), as /who reads it. */
export function* createQuoteAnswererInSteps(
  knowledge: Knowledge,
  snapshot?: unknown,
  findPeopleByRole?: FindPeopleByRole,
): Steps<QuoteAnswerer> {
  const restored = snapshot !== undefined ? restoreTables(snapshot, knowledge) : null;
  const tables = restored?.tables ?? (yield* buildTablesInSteps(knowledge));
  let persons = syncPersons(tables, knowledge.people, restored?.persons ?? null);
  let view = viewTables(tables, knowledge, persons);

  // The patch writes into the view's lists: one that fails half-way leaves them to be read again whole.
  const patchOrView = (next: Knowledge, change: KnowledgeChange, leaving: readonly number[]) => {
    try {
      return patchView(tables, view, next, persons, change, leaving);
    } catch {
      return viewTables(tables, next, persons);
    }
  };
  const answer = (query: string): QuoteAnswer[] =>
    toAnswers(tables, view, findQuotes(tables, view, query, findPeopleByRole));
  return Object.assign(answer, {
    answer,
    update(next: Knowledge, change: KnowledgeChange): void {
      // Read before the update: it marks them dead, and the view lets them go.
      const leaving = change.keepsOrder ? entriesOfArticles(tables, [...change.removed, ...change.upserted]) : [];
      const compacted = updateTables(tables, next, change);
      persons = syncPersons(tables, next.people, persons);
      view = change.keepsOrder && !compacted ? patchOrView(next, change, leaving) : viewTables(tables, next, persons);
    },
    toSnapshot: () => snapshotTables(tables, persons),
  });
}
