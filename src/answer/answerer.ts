import type { Knowledge } from '../knowledge/knowledge.js';
import type { AnswerOf, CommandName } from './types.js';

/** Which articles a reload touched: removed ids, and ids added or changed (now in the knowledge). */
export interface KnowledgeChange {
  removed: readonly string[];
  upserted: readonly string[];
  /**
   * Every article the knowledge held keeps its place in the knowledge's order, and new ones come
   * after the rest (a reload patched in place): a table that keeps reading order can then patch
   * it for the changed articles alone instead of reading the whole order again.
   */
  keepsOrder?: boolean;
}

/**
 * An answerer whose tables follow the corpus in place and survive a restart. A reload of one
 * file must not rebuild tables over twenty thousand articles, and a warm start must not build
 * them at all: `update` touches only the changed articles' entries, `toSnapshot` gives plain
 * data (v8-serialisable: Maps, arrays, typed arrays) that the factory accepts back.
 *
 * `update` runs inside the engine's synchronous commit, so no question sees half an update.
 */
export interface Answerer<A> {
  answer(query: string): A[];
  update(knowledge: Knowledge, change: KnowledgeChange): void;
  toSnapshot(): unknown;
}

/** The commands answered from tables built at index time (/search reads the passage index). */
export type TableCommand = Exclude<CommandName, 'search'>;

/** One answerer per table command, each giving its command's kind of answer. */
export type Answerers = { [C in TableCommand]: Answerer<AnswerOf[C]> };
