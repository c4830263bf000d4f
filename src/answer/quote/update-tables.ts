import type { Knowledge } from '../../knowledge/knowledge.js';
import type { KnowledgeChange } from '../answerer.js';
import { appendInt, type IntList } from '../when/int-list.js';
import { appendPosting, removePostings } from '../when/posting-lists.js';
import { appendArticle, createTables, entryCount, invertTables, readingOrder, type QuoteTables } from './tables.js';

// Dead entries and groups cost memory, not answers; renumber once they are this share.
const COMPACT_SHARE = 0.25;
const COMPACT_MINIMUM = 1024;

/**
 * Follows a reload in place: the entries of removed and changed articles go, changed and new
 * articles are appended from the new knowledge. Costs the changed articles' quotations plus one
 * pass over the posting lists they touch, not a pass over the corpus. Says whether it compacted
 * the tables, which renumbers every entry.
 */
export function updateTables(tables: QuoteTables, knowledge: Knowledge, change: KnowledgeChange): boolean {
  removeArticles(tables, [...change.removed, ...change.upserted]);
  for (const id of new Set(change.upserted)) {
    const article = knowledge.articles.get(id);
    const extraction = knowledge.extractions.get(id);
    if (article && extraction) indexGroup(tables, appendArticle(tables, article, extraction.quotations));
  }
  const deadEntries = entryCount(tables) - tables.liveEntries;
  const deadGroups = tables.groupArticle.length - tables.groupByArticle.size;
  if (isWorthCompacting(deadEntries, entryCount(tables)) || isWorthCompacting(deadGroups, tables.groupArticle.length)) {
    compactTables(tables, knowledge);
    return true;
  }
  return false;
}

/** The entries of these articles' groups, as the tables hold them now. */
export function entriesOfArticles(tables: QuoteTables, ids: readonly string[]): number[] {
  const entries: number[] = [];
  for (const id of new Set(ids)) {
    const group = tables.groupByArticle.get(id);
    if (group === undefined) continue;
    for (let entry = tables.groupFirst.values[group]!; entry < tables.groupEnd.values[group]!; entry++)
      entries.push(entry);
  }
  return entries;
}

function isWorthCompacting(dead: number, total: number): boolean {
  return dead > COMPACT_MINIMUM && dead > COMPACT_SHARE * total;
}

function removeArticles(tables: QuoteTables, ids: readonly string[]): void {
  const deadQuoteEntries = new Map<number, number[]>();
  const deadContextEntries = new Map<number, number[]>();
  const deadSpeakerEntries = new Map<number, number[]>();
  const groups = ids.flatMap((id) => {
    const group = tables.groupByArticle.get(id);
    return group === undefined ? [] : [group];
  });
  // Ascending, so every term's dead entries are collected in the order of its posting list.
  for (const group of [...new Set(groups)].sort((a, b) => a - b)) {
    for (let entry = tables.groupFirst.values[group]!; entry < tables.groupEnd.values[group]!; entry++) {
      forEachTerm(tables.quoteTermStart, tables.quoteTerms, entry, (term) => collect(deadQuoteEntries, term, entry));
      forEachTerm(tables.contextTermStart, tables.contextTerms, entry, (term) =>
        collect(deadContextEntries, term, entry),
      );
      forEachTerm(tables.speakerTermStart, tables.speakerTerms, entry, (term) =>
        collect(deadSpeakerEntries, term, entry),
      );
      tables.entryGroup.values[entry] = -1;
      tables.foldedQuotes[entry] = '';
      tables.linkKeys[entry] = '';
      tables.liveEntries--;
    }
    tables.groupByArticle.delete(tables.groupArticle[group]!);
    tables.groupArticle[group] = '';
  }
  for (const [term, entries] of deadQuoteEntries) removePostings(tables.quotePostings, term, entries);
  for (const [term, entries] of deadContextEntries) removePostings(tables.contextPostings, term, entries);
  for (const [term, entries] of deadSpeakerEntries) removePostings(tables.speakerPostings, term, entries);
}

function forEachTerm(starts: IntList, terms: IntList, row: number, visit: (term: number) => void): void {
  for (let position = starts.values[row]!; position < starts.values[row + 1]!; position++)
    visit(terms.values[position]!);
}

function collect(lists: Map<number, number[]>, term: number, entry: number): void {
  const list = lists.get(term);
  if (list) list.push(entry);
  else lists.set(term, [entry]);
}

/** Adds a just-appended group to the posting lists; its numbers are the highest, so they go last. */
function indexGroup(tables: QuoteTables, group: number): void {
  for (let entry = tables.groupFirst.values[group]!; entry < tables.groupEnd.values[group]!; entry++) {
    forEachTerm(tables.quoteTermStart, tables.quoteTerms, entry, (term) =>
      appendPosting(tables.quotePostings, term, entry),
    );
    forEachTerm(tables.contextTermStart, tables.contextTerms, entry, (term) =>
      appendPosting(tables.contextPostings, term, entry),
    );
    forEachTerm(tables.speakerTermStart, tables.speakerTerms, entry, (term) =>
      appendPosting(tables.speakerPostings, term, entry),
    );
  }
}

/**
 * Renumbers the live groups in reading order, which also puts entry numbers back in reading
 * order, and inverts again. Copies terms as numbers: no word is folded.
 */
export function compactTables(tables: QuoteTables, knowledge: Knowledge): void {
  const compact: QuoteTables = { ...createTables(), vocabulary: tables.vocabulary, termIds: tables.termIds };
  for (const [article] of readingOrder(knowledge)) {
    const group = tables.groupByArticle.get(article.id);
    if (group !== undefined) copyGroup(tables, compact, group);
  }
  invertTables(compact);
  Object.assign(tables, compact);
}

function copyGroup(from: QuoteTables, to: QuoteTables, group: number): void {
  const articleId = from.groupArticle[group]!;
  to.groupByArticle.set(articleId, to.groupArticle.length);
  to.groupArticle.push(articleId);
  to.groupHash.push(from.groupHash[group]!);
  appendInt(to.groupFirst, entryCount(to));
  for (let entry = from.groupFirst.values[group]!; entry < from.groupEnd.values[group]!; entry++) {
    appendInt(to.entryGroup, to.groupArticle.length - 1);
    appendInt(to.entryQuotation, from.entryQuotation.values[entry]!);
    appendInt(to.entryKind, from.entryKind.values[entry]!);
    forEachTerm(from.quoteTermStart, from.quoteTerms, entry, (term) => appendInt(to.quoteTerms, term));
    appendInt(to.quoteTermStart, to.quoteTerms.length);
    forEachTerm(from.contextTermStart, from.contextTerms, entry, (term) => appendInt(to.contextTerms, term));
    appendInt(to.contextTermStart, to.contextTerms.length);
    forEachTerm(from.speakerTermStart, from.speakerTerms, entry, (term) => appendInt(to.speakerTerms, term));
    appendInt(to.speakerTermStart, to.speakerTerms.length);
    appendInt(to.speakerLength, from.speakerLength.values[entry]!);
    to.foldedQuotes.push(from.foldedQuotes[entry]!);
    to.linkKeys.push(from.linkKeys[entry]!);
    to.liveEntries++;
  }
  appendInt(to.groupEnd, entryCount(to));
}
