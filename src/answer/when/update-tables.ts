import type { Knowledge } from '../../knowledge/knowledge.js';
import type { KnowledgeChange } from '../answerer.js';
import type { IntList } from './int-list.js';
import { appendPosting, ensureLists, removePostings } from './posting-lists.js';
import { appendArticle, contextTerms, invertTables, slotCount, type WhenTables } from './tables.js';

// Dead slots cost memory and scratch space, not answers; renumber once they are this share.
const COMPACT_SHARE = 0.25;
const COMPACT_MINIMUM = 1024;

/**
 * Follows a reload in place: the entries of removed and changed articles go, changed and new
 * articles are appended from the new knowledge. Costs the changed articles' words plus one pass
 * over the posting lists they touch, not a pass over the corpus.
 */
export function updateTables(tables: WhenTables, knowledge: Knowledge, change: KnowledgeChange): void {
  removeArticles(tables, [...change.removed, ...change.upserted]);
  const added: number[] = [];
  for (const id of new Set(change.upserted)) {
    const article = knowledge.articles.get(id);
    if (article) added.push(appendArticle(tables, article, knowledge.extractions.get(id)));
  }
  ensureLists(tables.postings, tables.vocabulary.length);
  ensureLists(tables.contextPostings, tables.vocabulary.length);
  const stamp = new Int32Array(tables.vocabulary.length).fill(-1);
  for (const group of added) indexGroup(tables, group, stamp);
  const dead = slotCount(tables) - tables.liveSlots;
  if (dead > COMPACT_MINIMUM && dead > COMPACT_SHARE * slotCount(tables)) compactTables(tables);
}

function removeArticles(tables: WhenTables, ids: readonly string[]): void {
  const deadSlots = new Map<number, number[]>();
  const deadGroups = new Map<number, number[]>();
  const stamp = new Int32Array(tables.vocabulary.length).fill(-1);
  const groups = ids.flatMap((id) => {
    const group = tables.groupByArticle.get(id);
    return group === undefined ? [] : [group];
  });
  // Ascending, so every term's dead entries are collected in the order of its posting list.
  for (const group of [...new Set(groups)].sort((a, b) => a - b)) {
    for (const term of contextTerms(tables, group, stamp)) collect(deadGroups, term, group);
    const { values: starts } = tables.slotTermStart;
    for (let slot = tables.groupFirst.values[group]!; slot < tables.groupEnd.values[group]!; slot++) {
      for (let position = starts[slot]!; position < starts[slot + 1]!; position++) {
        collect(deadSlots, tables.slotTerms.values[position]!, slot);
      }
      tables.slotGroup.values[slot] = -1;
      tables.liveSlots--;
    }
    tables.groupByArticle.delete(tables.groupArticle[group]!);
    tables.groupArticle[group] = '';
  }
  for (const [term, slots] of deadSlots) removePostings(tables.postings, term, slots);
  for (const [term, dead] of deadGroups) removePostings(tables.contextPostings, term, dead);
}

function collect(lists: Map<number, number[]>, term: number, entry: number): void {
  const list = lists.get(term);
  if (list) list.push(entry);
  else lists.set(term, [entry]);
}

/** Adds a just-appended group to the posting lists; its numbers are the highest, so they go last. */
function indexGroup(tables: WhenTables, group: number, stamp: Int32Array): void {
  const { values: starts } = tables.slotTermStart;
  for (let slot = tables.groupFirst.values[group]!; slot < tables.groupEnd.values[group]!; slot++) {
    for (let position = starts[slot]!; position < starts[slot + 1]!; position++) {
      appendPosting(tables.postings, tables.slotTerms.values[position]!, slot);
    }
  }
  for (const term of contextTerms(tables, group, stamp)) appendPosting(tables.contextPostings, term, group);
}

/** Renumbers live slots and groups in their order, so postings stay ascending, and re-inverts. */
export function compactTables(tables: WhenTables): void {
  const starts = tables.slotTermStart.values;
  const liveGroups: number[] = [];
  let liveTerms = 0;
  tables.groupArticle.forEach((articleId, group) => {
    if (!articleId) return;
    liveGroups.push(group);
    liveTerms += starts[tables.groupEnd.values[group]!]! - starts[tables.groupFirst.values[group]!]!;
  });
  const slots = tables.liveSlots;
  const compact: WhenTables = {
    ...tables,
    slotGroup: sizedList(slots),
    slotPart: sizedList(slots),
    slotAnswerHash: sizedList(slots),
    slotUndated: sizedList(slots),
    slotTermStart: sizedList(slots + 1),
    slotTerms: sizedList(liveTerms),
    groupArticle: liveGroups.map((group) => tables.groupArticle[group]!),
    groupHash: liveGroups.map((group) => tables.groupHash[group]!),
    groupFirst: sizedList(liveGroups.length),
    groupFirstEvent: sizedList(liveGroups.length),
    groupEnd: sizedList(liveGroups.length),
    groupByArticle: new Map(liveGroups.map((group, newGroup) => [tables.groupArticle[group]!, newGroup])),
  };
  let slotTo = 0;
  let termTo = 0;
  liveGroups.forEach((group, newGroup) => {
    const first = tables.groupFirst.values[group]!;
    const end = tables.groupEnd.values[group]!;
    const shift = slotTo - first;
    compact.groupFirst.values[newGroup] = slotTo;
    compact.groupFirstEvent.values[newGroup] = tables.groupFirstEvent.values[group]! + shift;
    compact.groupEnd.values[newGroup] = end + shift;
    compact.slotGroup.values.fill(newGroup, slotTo, slotTo + end - first);
    compact.slotPart.values.set(tables.slotPart.values.subarray(first, end), slotTo);
    compact.slotAnswerHash.values.set(tables.slotAnswerHash.values.subarray(first, end), slotTo);
    compact.slotUndated.values.set(tables.slotUndated.values.subarray(first, end), slotTo);
    const termShift = termTo - starts[first]!;
    for (let slot = first; slot < end; slot++) compact.slotTermStart.values[slot + shift] = starts[slot]! + termShift;
    compact.slotTerms.values.set(tables.slotTerms.values.subarray(starts[first], starts[end]), termTo);
    slotTo += end - first;
    termTo += starts[end]! - starts[first]!;
  });
  compact.slotTermStart.values[slotTo] = termTo;
  invertTables(compact);
  Object.assign(tables, compact);
}

function sizedList(length: number): IntList {
  return { values: new Int32Array(length), length };
}
