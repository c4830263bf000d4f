import type { Knowledge } from '../../knowledge/knowledge.js';
import type { PersonTables } from './person-tables.js';
import { entryCount, type QuoteTables } from './tables.js';

/**
 * What the tables mean under one knowledge: who each quotation's speaker is in the current
 * people directory, and where each entry falls in the corpus's reading order. Both follow from
 * the whole corpus (people are linked across articles; an added article shifts the order), so
 * they are recomputed at each reload, in one pass of integer work with no word folded.
 */
export interface QuoteView {
  knowledge: Knowledge;
  persons: PersonTables;
  /** Index in knowledge.people.persons, or -1 for a report, agency or unlinked speaker. */
  entryPerson: Int32Array;
  /** Place in reading order (a fresh build's numbering); -1 for a removed entry. */
  entryRank: Int32Array;
  /** Whether entry numbers already follow reading order, so ascending lists need no sort. */
  inReadingOrder: boolean;
  /** Person -> entries of their quotations, in reading order. */
  byPerson: Map<number, number[]>;
}

export function viewTables(tables: QuoteTables, knowledge: Knowledge, persons: PersonTables): QuoteView {
  const count = entryCount(tables);
  const entryPerson = new Int32Array(count).fill(-1);
  const { byArticleName } = knowledge.people;
  for (let entry = 0; entry < count; entry++) {
    const key = tables.linkKeys[entry]!;
    if (!key || tables.entryGroup.values[entry]! < 0) continue;
    const person = byArticleName[key];
    if (person !== undefined) entryPerson[entry] = person;
  }
  const entryRank = new Int32Array(count).fill(-1);
  const byPerson = new Map<number, number[]>();
  const { groupFirst, groupEnd } = tables;
  let rank = 0;
  let previous = -1;
  let inReadingOrder = true;
  for (const articleId of knowledge.extractions.keys()) {
    const group = tables.groupByArticle.get(articleId);
    if (group === undefined) continue;
    const end = groupEnd.values[group]!;
    for (let entry = groupFirst.values[group]!; entry < end; entry++) {
      if (entry < previous) inReadingOrder = false;
      previous = entry;
      entryRank[entry] = rank++;
      const person = entryPerson[entry]!;
      if (person < 0) continue;
      const list = byPerson.get(person);
      if (list) list.push(entry);
      else byPerson.set(person, [entry]);
    }
  }
  return { knowledge, persons, entryPerson, entryRank, inReadingOrder, byPerson };
}

/** Sorts entries into reading order: by number, unless an update appended out of order. */
export function sortInReadingOrder(view: QuoteView, entries: number[]): number[] {
  if (view.inReadingOrder) return entries.sort((a, b) => a - b);
  return entries.sort((a, b) => view.entryRank[a]! - view.entryRank[b]!);
}
