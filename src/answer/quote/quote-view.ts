import type { PersonRecord } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { KnowledgeChange } from '../answerer.js';
import { appendInt, createIntList, type IntList } from '../when/int-list.js';
import type { PersonTables } from './person-tables.js';
import { entryCount, type QuoteTables } from './tables.js';

/**
 * What the tables mean under one knowledge: who each quotation's speaker is in the current
 * people directory, and where each entry falls in the corpus's reading order. A speaker is held
 * as the directory's record rather than its number: a reload renumbers every person after the
 * first one it adds, but keeps the record of every person whose surname it does not relink, so
 * the view follows a reload by looking again only at the changed articles' entries and at the
 * entries of persons the reload relinked.
 */
export interface QuoteView {
  knowledge: Knowledge;
  persons: PersonTables;
  /** The person each entry's speaker is linked to; null for a report, agency, unlinked speaker or removed entry. */
  entrySpeaker: Array<PersonRecord | null>;
  /** Person -> entries of their quotations, in reading order. */
  bySpeaker: Map<PersonRecord, number[]>;
  /** Live entries naming a person the directory does not link: a relink may link them. */
  unlinked: Set<number>;
  /** Each article's place in reading order (the knowledge's order); kept for a removed id, which may come back. */
  articleRank: Map<string, number>;
  nextRank: number;
  /** The rank of each group's article, so comparing two entries reads two numbers. */
  groupRank: IntList;
  /** Whether entry numbers already follow reading order, so ascending lists need no sort. */
  inReadingOrder: boolean;
}

/** The whole view, in one pass over the entries: at start, and after a reload that moved articles. */
export function viewTables(tables: QuoteTables, knowledge: Knowledge, persons: PersonTables): QuoteView {
  const articleRank = new Map<string, number>();
  for (const articleId of knowledge.extractions.keys()) articleRank.set(articleId, articleRank.size);
  const view: QuoteView = {
    knowledge,
    persons,
    entrySpeaker: new Array<PersonRecord | null>(entryCount(tables)).fill(null),
    bySpeaker: new Map(),
    unlinked: new Set(),
    articleRank,
    nextRank: articleRank.size,
    groupRank: createIntList(Math.max(16, tables.groupArticle.length)),
    inReadingOrder: true,
  };
  for (let group = 0; group < tables.groupArticle.length; group++)
    appendInt(view.groupRank, articleRank.get(tables.groupArticle[group]!) ?? -1);
  let previous = -1;
  for (const articleId of knowledge.extractions.keys()) {
    const group = tables.groupByArticle.get(articleId);
    if (group === undefined) continue;
    const end = tables.groupEnd.values[group]!;
    for (let entry = tables.groupFirst.values[group]!; entry < end; entry++) {
      if (entry < previous) view.inReadingOrder = false;
      previous = entry;
      linkEntry(tables, view, entry);
      const speaker = view.entrySpeaker[entry];
      if (speaker) appendEntry(view.bySpeaker, speaker, entry);
    }
  }
  return view;
}

/**
 * The view after `updateTables` applied `change` in place without renumbering, the knowledge
 * keeping every article's place (new ones after the rest): entries of the changed articles are
 * let go and the new ones linked, and the entries of persons the directory no longer holds are
 * linked again. `leaving` are the entries the change took out, read before the update.
 */
export function patchView(
  tables: QuoteTables,
  view: QuoteView,
  next: Knowledge,
  persons: PersonTables,
  change: KnowledgeChange,
  leaving: readonly number[],
): QuoteView {
  const patched: QuoteView = { ...view, knowledge: next, persons };
  const resort = new Set<PersonRecord>();
  for (const entry of leaving) {
    const speaker = patched.entrySpeaker[entry];
    if (speaker) removeEntry(patched.bySpeaker, speaker, entry);
    patched.entrySpeaker[entry] = null;
    patched.unlinked.delete(entry);
  }
  // A relinked surname's persons are new records: their quotations look for their speaker again.
  const moved: number[] = [...patched.unlinked];
  patched.unlinked.clear();
  for (const [speaker, entries] of patched.bySpeaker) {
    if (isHeld(tables, next, speaker, entries[0]!)) continue;
    patched.bySpeaker.delete(speaker);
    moved.push(...entries);
  }
  const upserted = [...new Set(change.upserted)];
  for (const articleId of upserted) {
    if (!patched.articleRank.has(articleId)) patched.articleRank.set(articleId, patched.nextRank++);
  }
  for (let group = patched.groupRank.length; group < tables.groupArticle.length; group++)
    appendInt(patched.groupRank, patched.articleRank.get(tables.groupArticle[group]!) ?? -1);
  for (const articleId of upserted) {
    const group = tables.groupByArticle.get(articleId);
    if (group === undefined) continue;
    for (let entry = tables.groupFirst.values[group]!; entry < tables.groupEnd.values[group]!; entry++) {
      moved.push(entry);
      // An appended group is in reading order only when its article reads last.
      if (patched.groupRank.values[group]! !== patched.nextRank - 1) patched.inReadingOrder = false;
    }
  }
  for (const entry of moved) {
    linkEntry(tables, patched, entry);
    const speaker = patched.entrySpeaker[entry];
    if (!speaker) continue;
    appendEntry(patched.bySpeaker, speaker, entry);
    resort.add(speaker);
  }
  for (const speaker of resort) sortInReadingOrder(tables, patched, patched.bySpeaker.get(speaker)!);
  return patched;
}

/** Whether the directory still holds this record: a kept person keeps every key it had, a relinked one none. */
function isHeld(tables: QuoteTables, knowledge: Knowledge, speaker: PersonRecord, entry: number): boolean {
  const person = knowledge.people.byArticleName[tables.linkKeys[entry]!];
  return person !== undefined && knowledge.people.persons[person] === speaker;
}

function linkEntry(tables: QuoteTables, view: QuoteView, entry: number): void {
  const key = tables.linkKeys[entry]!;
  while (view.entrySpeaker.length <= entry) view.entrySpeaker.push(null);
  view.entrySpeaker[entry] = null;
  if (!key || tables.entryGroup.values[entry]! < 0) return;
  const { byArticleName, persons } = view.knowledge.people;
  const person = byArticleName[key];
  if (person === undefined) view.unlinked.add(entry);
  else view.entrySpeaker[entry] = persons[person]!;
}

function appendEntry(bySpeaker: Map<PersonRecord, number[]>, speaker: PersonRecord, entry: number): void {
  const list = bySpeaker.get(speaker);
  if (list) list.push(entry);
  else bySpeaker.set(speaker, [entry]);
}

function removeEntry(bySpeaker: Map<PersonRecord, number[]>, speaker: PersonRecord, entry: number): void {
  const list = bySpeaker.get(speaker);
  const at = list?.indexOf(entry) ?? -1;
  if (at < 0) return;
  list!.splice(at, 1);
  if (list!.length === 0) bySpeaker.delete(speaker);
}

/** The quotations a person in the directory (by number) is linked to, in reading order; none when never quoted. */
export function entriesOfPerson(view: QuoteView, person: number): number[] | undefined {
  const record = view.knowledge.people.persons[person];
  return record ? view.bySpeaker.get(record) : undefined;
}

/** Reading order of two entries: their articles' places, then their order in the article. */
export function compareInReadingOrder(tables: QuoteTables, view: QuoteView, a: number, b: number): number {
  const { values: ranks } = view.groupRank;
  const { values: groups } = tables.entryGroup;
  return ranks[groups[a]!]! - ranks[groups[b]!]! || a - b;
}

/** Sorts entries into reading order: by number, unless an update appended out of order. */
export function sortInReadingOrder(tables: QuoteTables, view: QuoteView, entries: number[]): number[] {
  if (view.inReadingOrder) return entries.sort((a, b) => a - b);
  return entries.sort((a, b) => compareInReadingOrder(tables, view, a, b));
}
