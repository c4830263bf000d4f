import type { Answerers as TableAnswerers, KnowledgeChange, TableCommand } from '../answer/answerer.js';
import { createQuoteAnswererInSteps } from '../answer/quote.js';
import type { AnswerSet, CommandName } from '../answer/types.js';
import { createWhenAnswererInSteps } from '../answer/when.js';
import { createWhoAnswererInSteps, type WhoAnswerer } from '../answer/who.js';
import type { CorpusLoad } from '../corpus/article.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { runSteps, type Steps } from '../steps.js';
import { createAnswering } from './answer-question.js';

export type { TableCommand } from '../answer/answerer.js';
/** The answerers, /who's with the lookups a brief needs (a person by name or by role). */
export type Answerers = TableAnswerers & { who: WhoAnswerer };
/** Each answerer's tables as plain data, for a snapshot. */
export type AnswererSnapshots = Partial<Record<TableCommand, unknown>>;

/** One build of the corpus: what a reload replaces as a whole. */
export interface Engine {
  knowledge: OwnedKnowledge;
  passages: PassageIndex;
  answerers: Answerers;
  /** The load it was built from: the next reload reads only what differs from it. */
  corpus: CorpusLoad;
  answer(command: CommandName, query: string): AnswerSet;
  /** Live passages in the index, told without waiting for an index still being restored. */
  passageCount(): number;
  /**
   * Set while the tables are restored after a start (restore-tables.ts): settles once they are
   * in memory and the full collection their restore owed has ended. Reading them before
   * finishes the restore at once.
   */
  ready?: Promise<void>;
}

/** Builds (or restores) the answerers' tables over the knowledge. Synchronous and CPU-bound. */
export function createAnswerers(knowledge: Knowledge, snapshots: AnswererSnapshots = {}): Answerers {
  return runSteps(createAnswerersInSteps(knowledge, snapshots));
}

/** The same, a step an article or person, for a reload that must leave questions flowing. */
export function* createAnswerersInSteps(knowledge: Knowledge, snapshots: AnswererSnapshots = {}): Steps<Answerers> {
  // A step between them too: each restore from a snapshot is one block of tens of milliseconds.
  const who = yield* createWhoAnswererInSteps(knowledge, snapshots.who);
  yield;
  const when = yield* createWhenAnswererInSteps(knowledge, snapshots.when);
  yield;
  const quote = yield* createQuoteAnswererInSteps(knowledge, snapshots.quote, (phrase) => who.findPersonByRole(phrase));
  return { who, when, quote };
}

/** Applies a reload's change to every answerer's tables in place. */
export function updateAnswerers(answerers: Answerers, knowledge: Knowledge, change: KnowledgeChange): void {
  for (const answerer of Object.values(answerers)) answerer.update(knowledge, change);
}

export function snapshotAnswerers(answerers: Answerers): AnswererSnapshots {
  return Object.fromEntries(Object.entries(answerers).map(([command, answerer]) => [command, answerer.toSnapshot()]));
}

/** Puts the parts together; `answerers` default to tables built over the knowledge. */
export function assembleEngine(
  load: CorpusLoad,
  knowledge: OwnedKnowledge,
  passages: PassageIndex,
  answerers = createAnswerers(knowledge),
): Engine {
  return {
    knowledge,
    passages,
    answerers,
    corpus: load,
    answer: createAnswering(knowledge, passages, answerers),
    passageCount: () => passages.size,
  };
}
