import type { Knowledge } from '../knowledge/knowledge.js';
import { runSteps, type Steps } from '../steps.js';
import type { Answerer, KnowledgeChange } from './answerer.js';
import type { WhenAnswer } from './types.js';
import { rankSlots } from './when/ranked-slots.js';
import { fitScratch, scoreSlots, type Scratch, type ScoredSlot } from './when/score-slots.js';
import { buildTablesInSteps, type WhenTables } from './when/tables.js';
import { restoreTables, snapshotTables } from './when/tables-snapshot.js';
import { clauseAffinity } from './when/clause-affinity.js';
import { toAnswers } from './when/to-answers.js';
import { updateTables } from './when/update-tables.js';
import { weighByTense } from './when/question-tense.js';

/**
 * /when: the question is matched to dated events, and to each article's news itself (dated by
 * its publication date). The tables are built once, restored from a snapshot without reading
 * the corpus, and updated in place for the articles a reload changed.
 *
 * Also callable as a plain function of the question, the shape the engine used before it kept
 * answerers across reloads.
 */
export type WhenAnswerer = Answerer<WhenAnswer> & ((query: string) => WhenAnswer[]);

export function createWhenAnswerer(knowledge: Knowledge, snapshot?: unknown): WhenAnswerer {
  return runSteps(createWhenAnswererInSteps(knowledge, snapshot));
}

export function* createWhenAnswererInSteps(knowledge: Knowledge, snapshot?: unknown): Steps<WhenAnswerer> {
  let current = knowledge;
  const tables: WhenTables =
    (snapshot !== undefined ? restoreTables(snapshot, knowledge) : null) ?? (yield* buildTablesInSteps(knowledge));
  let scratch: Scratch = fitScratch(null, tables);
  // Each group's place in the knowledge's order, made on the first exact tie; a reload that keeps
  // every article's place extends it for the appended groups rather than reading every id again.
  let order: { rankById: Map<string, number>; groupRank: number[] } | null = null;

  const rankOf = (slot: number): number => {
    if (!order) {
      const rankById = new Map<string, number>();
      for (const id of current.articles.keys()) rankById.set(id, rankById.size);
      order = { rankById, groupRank: tables.groupArticle.map((id) => rankById.get(id) ?? -1) };
    }
    return order.groupRank[tables.slotGroup.values[slot]!]!;
  };
  const answer = (query: string): WhenAnswer[] => {
    const affinity = clauseAffinity(tables, current, query);
    // Exact ties (dates of one sentence) go to the date whose clause holds more of the question,
    // then to the earlier article of the knowledge and the earlier slot of the article, which is
    // the order of a fresh build, wherever an update appended the slots.
    const breakTie = (a: ScoredSlot, b: ScoredSlot): number =>
      affinity(b.slot) - affinity(a.slot) || rankOf(a.slot) - rankOf(b.slot) || a.slot - b.slot;
    const scored = weighByTense(tables, current, query, scoreSlots(tables, query, scratch));
    return toAnswers(tables, current, rankSlots(scored, breakTie));
  };
  return Object.assign(answer, {
    answer,
    update(next: Knowledge, change: KnowledgeChange): void {
      const groups = tables.groupArticle;
      updateTables(tables, next, change);
      current = next;
      // A compaction renumbers the groups (a new list); another order of articles moves them.
      if (order && change.keepsOrder && tables.groupArticle === groups) extendOrder(order, tables.groupArticle);
      else order = null;
      scratch = fitScratch(scratch, tables);
    },
    toSnapshot: () => snapshotTables(tables),
  });
}

/** Ranks for groups appended since: an article kept keeps its place, a new one comes last. */
function extendOrder(
  order: { rankById: Map<string, number>; groupRank: number[] },
  groupArticle: readonly string[],
): void {
  for (let group = order.groupRank.length; group < groupArticle.length; group++) {
    const id = groupArticle[group]!;
    if (!order.rankById.has(id)) order.rankById.set(id, order.rankById.size);
    order.groupRank.push(order.rankById.get(id)!);
  }
}
