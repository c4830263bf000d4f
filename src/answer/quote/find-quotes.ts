import { foldText, toContentTerms, toTerms } from '../../text/normalize.js';
import type { IntList } from '../when/int-list.js';
import type { QuoteView } from './quote-view.js';
import { sortInReadingOrder } from './quote-view.js';
import { SPEAKER_KINDS, type QuoteTables } from './tables.js';

// Titles a user may put before a name ("President Rouhani") that the canonical name lacks.
const TITLE_TERMS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'minister',
  'prime',
  'secretary',
  'general',
  'senator',
]);
// Topic matches beyond this many are never shown; cutting early keeps broad words fast.
const CANDIDATE_LIMIT = 200;
const UNKNOWN_KIND = SPEAKER_KINDS.indexOf('unknown');

/** The entries that answer the question, best first (before folding into answers). */
export function findQuotes(tables: QuoteTables, view: QuoteView, query: string): number[] {
  const nameTerms = toTerms(query).filter((term) => !TITLE_TERMS.has(term));
  if (nameTerms.length === 0) return [];
  const person = findPerson(tables, view, foldText(query).trim(), nameTerms);
  if (person !== null) return rankSpeakerEntries(tables, view, view.byPerson.get(person) ?? []);
  const bySpeaker = intersect(nameTerms.map((term) => postingOf(tables, tables.speakerPostings, term))).filter(
    (entry) => view.entryPerson[entry]! < 0 && tables.speakerLength.values[entry]! <= nameTerms.length + 1,
  );
  if (bySpeaker.length > 0) return rankSpeakerEntries(tables, view, sortInReadingOrder(view, bySpeaker));
  const terms = [...new Set(toContentTerms(query))];
  const topic = findByTopic(tables, view, terms, query);
  if (topic.length > 0) return topic;
  return findSpeakerOnTopic(tables, view, terms, query);
}

function postingOf(
  tables: QuoteTables,
  postings: ReadonlyArray<IntList | undefined>,
  word: string,
): IntList | undefined {
  const term = tables.termIds.get(word);
  return term === undefined ? undefined : postings[term];
}

/** Entries present in every posting list. Lists are ascending, so a merge walk needs no sets. */
function intersect(lists: Array<IntList | undefined>): number[] {
  if (lists.length === 0 || lists.some((list) => !list || list.length === 0)) return [];
  const sorted = (lists as IntList[]).slice().sort((a, b) => a.length - b.length);
  let result = Array.from(sorted[0]!.values.subarray(0, sorted[0]!.length));
  for (const list of sorted.slice(1)) {
    const kept: number[] = [];
    let cursor = 0;
    for (const value of result) {
      while (cursor < list.length && list.values[cursor]! < value) cursor++;
      if (cursor === list.length) break;
      if (list.values[cursor] === value) kept.push(value);
    }
    result = kept;
  }
  return result;
}

/** "Shamkhani Hezbollah": a speaker's surname and a topic; only that speaker's quotations on it. */
function findSpeakerOnTopic(tables: QuoteTables, view: QuoteView, terms: string[], query: string): number[] {
  for (const term of terms) {
    const named = postingOf(tables, view.persons.postings, term);
    const speakers = new Set<number>();
    for (let position = 0; position < (named?.length ?? 0); position++) {
      const person = named!.values[position]!;
      if (surnameOf(view, person) === term) speakers.add(person);
    }
    if (speakers.size === 0) continue;
    const rest = terms.filter((other) => other !== term);
    const found = findByTopic(tables, view, rest, query).filter((entry) => speakers.has(view.entryPerson[entry]!));
    if (found.length > 0) return found;
  }
  return [];
}

function surnameOf(view: QuoteView, person: number): string {
  return toTerms(view.knowledge.people.persons[person]!.name).pop() ?? '';
}

/**
 * The person the query names, if any: every name word of the query belongs to the person's name
 * or a variant. An exact name beats a surname; a person with quotations beats a namesake without;
 * among equals, the first in the directory.
 */
function findPerson(tables: QuoteTables, view: QuoteView, foldedQuery: string, nameTerms: string[]): number | null {
  const candidates = intersect(nameTerms.map((term) => postingOf(tables, view.persons.postings, term)));
  let best: { person: number; score: number } | null = null;
  for (const person of candidates) {
    const record = view.knowledge.people.persons[person]!;
    const exact = [record.name, ...record.variants].some((name) => foldText(name) === foldedQuery);
    const quoted = view.byPerson.has(person);
    const score = (exact ? 4 : 0) + (quoted ? 2 : 0) + Math.min(record.mentionCount, 1000) / 1000;
    if (!best || score > best.score) best = { person, score };
  }
  return best ? best.person : null;
}

/**
 * A speaker's quotations (given in reading order): articles where they say most come first
 * (where they are the story, not a passing voice), each article's quotations in reading order.
 */
function rankSpeakerEntries(tables: QuoteTables, view: QuoteView, entries: readonly number[]): number[] {
  const perGroup = new Map<number, number>();
  const firstRank = new Map<number, number>();
  for (const entry of entries) {
    const group = tables.entryGroup.values[entry]!;
    perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
    if (!firstRank.has(group)) firstRank.set(group, view.entryRank[entry]!);
  }
  const groupRank = (entry: number): number => {
    const group = tables.entryGroup.values[entry]!;
    return -perGroup.get(group)! * 1e9 + firstRank.get(group)!;
  };
  return entries.slice().sort((a, b) => groupRank(a) - groupRank(b) || view.entryRank[a]! - view.entryRank[b]!);
}

/**
 * Quotations whose words hold every topic word (all but one when the query has three or more);
 * the exact phrase and named speakers rank first.
 */
function findByTopic(tables: QuoteTables, view: QuoteView, terms: string[], query: string): number[] {
  if (terms.length === 0) return [];
  const lists = terms.map((term) => postingOf(tables, tables.quotePostings, term));
  let matches = intersect(lists);
  if (matches.length === 0 && terms.length >= 3) {
    const leaveOneOut = terms.map((_, skip) => intersect(lists.filter((__, index) => index !== skip)));
    matches = [...new Set(leaveOneOut.flat())];
  }
  sortInReadingOrder(view, matches);
  const phrase = foldText(query)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Scores are small integers, so buckets keep reading order within a score without a sort.
  const buckets: number[][] = Array.from({ length: 8 }, () => []);
  for (const entry of matches) {
    const score =
      (tables.foldedQuotes[entry]!.includes(phrase) ? 4 : 0) +
      (view.entryPerson[entry]! >= 0 ? 2 : 0) +
      (tables.entryKind.values[entry] === UNKNOWN_KIND ? 0 : 1);
    buckets[7 - score]!.push(entry);
  }
  return buckets.flat().slice(0, CANDIDATE_LIMIT);
}
