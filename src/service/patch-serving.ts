import type { CorpusLoad } from '../corpus/article.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import type { KnowledgeUpdate } from '../knowledge/update-knowledge.js';
import type { CorpusChange } from './corpus-change.js';
import { assembleEngine, updateAnswerers, type Engine } from './engine.js';

/** The knowledge after a small reload: the serving maps patched at commit, or new maps built beside. */
export type NextKnowledge =
  { kind: 'patched'; update: KnowledgeUpdate } | { kind: 'rebuilt'; knowledge: OwnedKnowledge };

/** A commit that threw and took back what it had changed: the previous engine serves as it was. */
export class RolledBackError extends Error {}

/** A commit that threw and could not take its change back: the serving tables are damaged. */
export class DamagedTablesError extends Error {}

/**
 * The commit of a small reload: the serving index and tables take the change in place. The
 * knowledge maps are written last (plain map writes, which do not fail), the tables having
 * been updated from a preview of it; if a table's update throws, what was done is undone from
 * the unchanged knowledge, so the previous engine keeps answering what it answered before.
 */
export function commitInPlace(serving: Engine, corpus: CorpusLoad, change: CorpusChange, next: NextKnowledge): Engine {
  const { passages, answerers } = serving;
  const preview: Knowledge = next.kind === 'patched' ? next.update.preview : next.knowledge;
  const upserted = change.replaced.map((article) => article.id);
  // Patched maps keep every entry in place; maps built anew may hold another order.
  const keepsOrder = next.kind === 'patched';
  try {
    for (const id of change.removed) passages.removeArticle(id);
    for (const article of change.replaced) passages.addArticle(article);
    updateAnswerers(answerers, preview, { removed: change.removed, upserted, keepsOrder });
  } catch (error) {
    const reason = (error as Error).message;
    try {
      undo(serving, change, keepsOrder);
    } catch (undoError) {
      throw new DamagedTablesError(`${reason}; taking it back failed too (${(undoError as Error).message})`, {
        cause: error,
      });
    }
    throw new RolledBackError(reason, { cause: error });
  }
  const knowledge = next.kind === 'patched' ? next.update.commit() : next.knowledge;
  return assembleEngine(corpus, knowledge, passages, answerers);
}

/** Puts every touched article back as the unchanged knowledge has it. */
function undo(serving: Engine, change: CorpusChange, keepsOrder: boolean): void {
  const { passages, answerers, knowledge } = serving;
  const touched = [...change.removed, ...change.replaced.map((article) => article.id)];
  for (const id of touched) {
    const article = knowledge.articles.get(id);
    if (article) passages.addArticle(article);
    else passages.removeArticle(id);
  }
  updateAnswerers(answerers, knowledge, {
    removed: change.added,
    upserted: touched.filter((id) => knowledge.articles.has(id)),
    keepsOrder,
  });
}
