import { isPluralRole, isRoleNoun } from '../../extract/people/role-nouns.js';
import { foldText, toContentTerms, toTerms } from '../../text/normalize.js';
import { parseQuoteQuestion, splitLoosely } from '../question/parse-quote-question.js';
import type { IntList } from '../when/int-list.js';
import type { QuoteView } from './quote-view.js';
import { compareInReadingOrder, entriesOfPerson, sortInReadingOrder } from './quote-view.js';
import type { QuoteTables } from './tables.js';

/** The people (numbers in the directory) a description names: "the Belgian finance minister". */
export type FindPeopleByRole = (phrase: string) => number[];

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
  'the',
]);
// Topic matches beyond this many are never shown; cutting early keeps broad words fast.
const CANDIDATE_LIMIT = 200;
// A word of the topic found around the quotation (its paragraph, its headline) counts for this much
// of one found in the quoted words.
const CONTEXT_WEIGHT = 0.5;
// A quotation answers a topic alone when it covers this share of the topic's weight.
const TOPIC_COVERAGE = 0.5;

/**
 * The entries that answer the question, best first. A question that names a speaker ("what did
 * X say about Y", a name, a role, an agency) gets that speaker's quotations only (on the topic,
 * when it names one); never anyone else's, even when the speaker has none.
 */
export function findQuotes(
  tables: QuoteTables,
  view: QuoteView,
  query: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] {
  const question = parseQuoteQuestion(query);
  if (question.speaker === null) return findByTopic(tables, view, question.topic ?? '');
  const spoken = findSpeakerEntries(tables, view, question.speaker, findPeopleByRole);
  if (spoken) return question.topic ? rankByTopic(tables, spoken, question.topic) : spoken;
  if (question.explicit) return [];
  const loose = splitLoosely(question.speaker);
  const looseSpoken = loose && findSpeakerEntries(tables, view, loose.speaker, findPeopleByRole);
  if (looseSpoken) return rankByTopic(tables, looseSpoken, loose.topic);
  return findByTopic(tables, view, question.speaker);
}

/**
 * The quotations of the speaker a phrase names, in the order a speaker's quotations are shown;
 * null when it names no speaker (a person named but never quoted gives an empty list).
 */
function findSpeakerEntries(
  tables: QuoteTables,
  view: QuoteView,
  phrase: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] | null {
  const nameTerms = toTerms(phrase).filter((term) => !TITLE_TERMS.has(term));
  const person = nameTerms.length > 0 ? findPerson(tables, view, foldText(phrase).trim(), nameTerms) : null;
  const quoted = person === null ? undefined : entriesOfPerson(view, person);
  if (quoted) return rankSpeakerEntries(tables, view, quoted);
  // "Telewest's president", "the Harvard economist": a description is read as /who reads it, before
  // a firm's name in it is taken for the speaker.
  const described = findPeopleByRole?.(phrase) ?? [];
  const describedEntries = described.flatMap((candidate) => entriesOfPerson(view, candidate) ?? []);
  if (describedEntries.length > 0 && (describesRole(phrase) || person === null)) {
    return rankSpeakerEntries(tables, view, sortInReadingOrder(tables, view, describedEntries));
  }
  // A person the question names who is never quoted: nobody else's words.
  if (person !== null) return [];
  if (nameTerms.length > 0) {
    const bySpeaker = intersect(nameTerms.map((term) => postingOf(tables, tables.speakerPostings, term))).filter(
      (entry) => view.entrySpeaker[entry] === null && tables.speakerLength.values[entry]! <= nameTerms.length + 1,
    );
    if (bySpeaker.length > 0) return rankSpeakerEntries(tables, view, sortInReadingOrder(tables, view, bySpeaker));
  }
  return described.length > 0 ? [] : null;
}

function describesRole(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => isRoleNoun(word) && !isPluralRole(word));
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
    const quoted = entriesOfPerson(view, person) !== undefined;
    const score = (exact ? 4 : 0) + (quoted ? 2 : 0) + Math.min(record.mentionCount, 1000) / 1000;
    if (!best || score > best.score) best = { person, score };
  }
  return best ? best.person : null;
}

/**
 * A speaker's quotations (given in reading order), taken in turn from each article so the first
 * page shows the breadth of what they said: articles where they say most first (where they are
 * the story, not a passing voice), each article's quotations in reading order.
 */
function rankSpeakerEntries(tables: QuoteTables, view: QuoteView, entries: readonly number[]): number[] {
  const byGroup = new Map<number, number[]>();
  for (const entry of entries) {
    const group = tables.entryGroup.values[entry]!;
    const list = byGroup.get(group);
    if (list) list.push(entry);
    else byGroup.set(group, [entry]);
  }
  const groups = [...byGroup.values()].sort(
    (a, b) => b.length - a.length || compareInReadingOrder(tables, view, a[0]!, b[0]!),
  );
  const ranked: number[] = [];
  for (let turn = 0; ranked.length < entries.length; turn++) {
    for (const list of groups) if (turn < list.length) ranked.push(list[turn]!);
  }
  return ranked;
}

interface WeightedTerm {
  term: number;
  weight: number;
}

/** The topic's words the tables know, each weighted by how rare it is among the contexts. */
function weighTopic(tables: QuoteTables, topic: string): WeightedTerm[] {
  const total = Math.max(1, tables.liveEntries);
  const weighted: WeightedTerm[] = [];
  for (const word of new Set(toContentTerms(topic))) {
    const term = tables.termIds.get(word);
    const frequency = term === undefined ? 0 : (tables.contextPostings[term]?.length ?? 0);
    // A word no quotation is said near still counts against coverage: the topic is not all there.
    weighted.push({ term: term ?? -1, weight: Math.log(1 + total / (1 + frequency)) });
  }
  return weighted;
}

function holds(starts: IntList, terms: IntList, entry: number, term: number): boolean {
  for (let position = starts.values[entry]!; position < starts.values[entry + 1]!; position++)
    if (terms.values[position] === term) return true;
  return false;
}

function scoreEntry(tables: QuoteTables, entry: number, topic: readonly WeightedTerm[]): number {
  let score = 0;
  for (const { term, weight } of topic) {
    if (term < 0) continue;
    if (holds(tables.quoteTermStart, tables.quoteTerms, entry, term)) score += weight;
    else if (holds(tables.contextTermStart, tables.contextTerms, entry, term)) score += CONTEXT_WEIGHT * weight;
  }
  return score;
}

/**
 * A speaker's quotations on the topic (a word of it in the quotation or around it), best match
 * first, then their other quotations of the same stories; none when nothing they said touches
 * it, so the adapter can say so and show the rest.
 */
function rankByTopic(tables: QuoteTables, entries: readonly number[], topic: string): number[] {
  const weighted = weighTopic(tables, topic);
  const scores = new Map(entries.map((entry) => [entry, scoreEntry(tables, entry, weighted)]));
  const order = new Map(entries.map((entry, index) => [entry, index]));
  const onTopic = entries
    .filter((entry) => scores.get(entry)! > 0)
    .sort((a, b) => scores.get(b)! - scores.get(a)! || order.get(a)! - order.get(b)!);
  // What they said elsewhere in a story where they spoke on the topic is likely on it too, the
  // topic being named once in the story ("house arrest without trial") and not again.
  const stories = new Set(onTopic.map((entry) => tables.entryGroup.values[entry]!));
  const sameStory = entries.filter((entry) => scores.get(entry) === 0 && stories.has(tables.entryGroup.values[entry]!));
  return [...onTopic, ...sameStory];
}

/** Quotations on a topic, whoever said them: those that cover most of its weight, best first. */
function findByTopic(tables: QuoteTables, view: QuoteView, topic: string): number[] {
  const weighted = weighTopic(tables, topic);
  const possible = weighted.reduce((sum, { weight }) => sum + weight, 0);
  if (possible === 0) return [];
  const candidates = new Set<number>();
  for (const { term } of weighted) {
    const posting = term < 0 ? undefined : tables.contextPostings[term];
    for (let position = 0; position < (posting?.length ?? 0); position++) candidates.add(posting!.values[position]!);
  }
  const scored: Array<{ entry: number; score: number }> = [];
  for (const entry of candidates) {
    const score = scoreEntry(tables, entry, weighted);
    if (score >= TOPIC_COVERAGE * possible) scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || compareInReadingOrder(tables, view, a.entry, b.entry))
    .slice(0, CANDIDATE_LIMIT)
    .map(({ entry }) => entry);
}
