import type { Knowledge } from '../knowledge/knowledge.js';
import { runSteps, type Steps } from '../steps.js';
import type { Answerer, KnowledgeChange } from './answerer.js';
import type { WhoAnswer } from './types.js';
import { findPersonByRole, findPersons, type RoleContext } from './who/find-persons.js';
import type { RoleWordCache } from './who/person-tables.js';
import { buildTablesInSteps, syncTables } from './who/sync-tables.js';
import { restoreTables, snapshotTables } from './who/tables-snapshot.js';
import { toAnswer } from './who/to-answer.js';

/** At most this many people answer one question. */
export const MAX_WHO_ANSWERS = 5;

/**
 * /who: a full name, a surname or a role gives the person with their canonical name, their roles
 * as the articles state them, and one citation per article that mentions them. The tables are
 * built once over the people directory, restored from a snapshot without folding a word, and on
 * a reload follow the new directory in place (only the persons it relinked are filed again).
 *
 * Also callable as a plain function of the question, the shape the engine used before it kept
 * answerers across reloads.
 */
export type WhoAnswerer = Answerer<WhoAnswer> &
  ((query: string) => WhoAnswer[]) & {
    /**
     * The persons a description names best ("the Iraqi foreign minister"), by number in the
     * directory: more than one when they fit alike.
     */
    findPersonByRole(phrase: string): number[];
    /** The persons a name matches (full name or surname, not a role), by number in the directory, best first. */
    findPersonsByName(name: string): number[];
  };

export function createWhoAnswerer(knowledge: Knowledge, snapshot?: unknown): WhoAnswerer {
  return runSteps(createWhoAnswererInSteps(knowledge, snapshot));
}

export function* createWhoAnswererInSteps(knowledge: Knowledge, snapshot?: unknown): Steps<WhoAnswerer> {
  let current = knowledge;
  const roleWordCache: RoleWordCache = new Map();
  const tables =
    (snapshot !== undefined ? restoreTables(snapshot, knowledge.people) : null) ??
    (yield* buildTablesInSteps(knowledge.people, roleWordCache));
  // Role questions read the article around a statement ("the Easyjet founder" where the role says "Founder").
  const context: RoleContext = {
    lead: (articleId) => {
      const article = current.articles.get(articleId);
      return article ? `${article.title}\n${article.paragraphs[0] ?? ''}` : '';
    },
    cache: new Map(),
  };
  const answer = (query: string): WhoAnswer[] =>
    findPersons(tables, query, context)
      .slice(0, MAX_WHO_ANSWERS)
      .map((match) => toAnswer(current, tables, match));
  return Object.assign(answer, {
    answer,
    findPersonByRole: (phrase: string): number[] =>
      findPersonByRole(tables, phrase, context).map((slot) => tables.positions[slot]!),
    findPersonsByName: (name: string): number[] =>
      findPersons(tables, name, context)
        .filter((match) => match.score >= 2)
        .map((match) => tables.positions[match.slot]!),
    // The change is not needed: the new directory says which persons are new by their records.
    update(next: Knowledge, _change: KnowledgeChange): void {
      syncTables(tables, next.people, roleWordCache);
      current = next;
      context.cache.clear();
    },
    toSnapshot: () => snapshotTables(tables),
  });
}
