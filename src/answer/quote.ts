import type { Article } from '../corpus/article.js';
import type { Quotation } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { foldText, toContentTerms, toTerms } from '../text/normalize.js';
import { citeArticle } from './citation.js';
import type { QuoteAnswer } from './types.js';

/** One quotation with its corpus-wide speaker, ready to answer. */
interface QuoteEntry {
  article: Article;
  quotation: Quotation;
  speaker: string;
  /** Index in knowledge.people.persons, or -1 for a report, agency or unlinked speaker. */
  person: number;
  foldedQuote: string;
  /** Reading order over the corpus, for stable ties. */
  order: number;
}

interface QuoteTables {
  entries: QuoteEntry[];
  byPerson: Map<number, number[]>;
  bySpeakerTerm: Map<string, number[]>;
  byQuoteTerm: Map<string, number[]>;
  personsByTerm: Map<string, number[]>;
}

// Titles a user may put before a name ("President Rouhani") that the canonical name lacks.
const TITLE_TERMS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'prime', 'secretary', 'general', 'senator']);
// Answers the engine shows; beyond it, quotations of one passage or article are folded together.
const ANSWER_LIMIT = 10;
// Topic matches beyond this many are never shown; cutting early keeps broad words fast.
const CANDIDATE_LIMIT = 200;
const GROUP_LIMIT = 50;

export function createQuoteAnswerer(knowledge: Knowledge): (query: string) => QuoteAnswer[] {
  const tables = buildTables(knowledge);
  return (query) => answerQuote(tables, knowledge, query);
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function buildTables(knowledge: Knowledge): QuoteTables {
  const tables: QuoteTables = { entries: [], byPerson: new Map(), bySpeakerTerm: new Map(), byQuoteTerm: new Map(), personsByTerm: new Map() };
  const { persons, byArticleName } = knowledge.people;
  for (const [articleId, extraction] of knowledge.extractions) {
    const article = knowledge.articles.get(articleId);
    if (!article) continue;
    for (const quotation of extraction.quotations) {
      const linked = quotation.speakerKind === 'person' ? byArticleName[`${articleId}\u0000${quotation.speaker}`] : undefined;
      const person = linked ?? -1;
      const speaker = person >= 0 ? persons[person]!.name : quotation.speaker;
      const index = tables.entries.length;
      tables.entries.push({ article, quotation, speaker, person, foldedQuote: foldText(quotation.quote), order: index });
      if (person >= 0) {
        const list = tables.byPerson.get(person) ?? [];
        list.push(index);
        tables.byPerson.set(person, list);
      } else {
        for (const term of toTerms(speaker)) addTo(tables.bySpeakerTerm, term, index);
      }
      for (const term of toContentTerms(quotation.quote)) addTo(tables.byQuoteTerm, term, index);
    }
  }
  persons.forEach((record, index) => {
    for (const term of new Set([record.name, ...record.variants].flatMap((name) => toTerms(name)))) {
      addTo(tables.personsByTerm, term, index);
    }
  });
  return tables;
}

/** Entries present in every posting list. Lists are ascending, so a merge walk needs no sets. */
function intersect(lists: Array<number[] | undefined>): number[] {
  if (lists.length === 0 || lists.some((list) => !list)) return [];
  const sorted = (lists as number[][]).slice().sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (const list of sorted.slice(1)) {
    const kept: number[] = [];
    let cursor = 0;
    for (const value of result) {
      while (cursor < list.length && list[cursor]! < value) cursor++;
      if (cursor === list.length) break;
      if (list[cursor] === value) kept.push(value);
    }
    result = kept;
  }
  return result;
}

function answerQuote(tables: QuoteTables, knowledge: Knowledge, query: string): QuoteAnswer[] {
  const nameTerms = toTerms(query).filter((term) => !TITLE_TERMS.has(term));
  if (nameTerms.length === 0) return [];
  const person = findPerson(tables, knowledge, foldText(query).trim(), nameTerms);
  if (person !== null) return compact(rankSpeakerEntries(tables, tables.byPerson.get(person) ?? []));
  const bySpeaker = intersect(nameTerms.map((term) => tables.bySpeakerTerm.get(term))).filter(
    (index) => toTerms(tables.entries[index]!.speaker).length <= nameTerms.length + 1,
  );
  if (bySpeaker.length > 0) return compact(rankSpeakerEntries(tables, bySpeaker));
  const terms = [...new Set(toContentTerms(query))];
  const topic = findByTopic(tables, terms, query);
  if (topic.length > 0) return compact(topic);
  return compact(findSpeakerOnTopic(tables, knowledge, terms, query));
}

/** "Shamkhani Hezbollah": a speaker's surname and a topic; only that speaker's quotations on it. */
function findSpeakerOnTopic(tables: QuoteTables, knowledge: Knowledge, terms: string[], query: string): QuoteEntry[] {
  for (const term of terms) {
    const speakers = (tables.personsByTerm.get(term) ?? []).filter((index) => surnameOf(knowledge, index) === term);
    if (speakers.length === 0) continue;
    const rest = terms.filter((other) => other !== term);
    const found = findByTopic(tables, rest, query).filter((entry) => speakers.includes(entry.person));
    if (found.length > 0) return found;
  }
  return [];
}

function surnameOf(knowledge: Knowledge, person: number): string {
  return toTerms(knowledge.people.persons[person]!.name).pop() ?? '';
}

/**
 * The person the query names, if any: every name word of the query belongs to the person's name
 * or a variant. An exact name beats a surname; a person with quotations beats a namesake without.
 */
function findPerson(tables: QuoteTables, knowledge: Knowledge, foldedQuery: string, nameTerms: string[]): number | null {
  const candidates = intersect(nameTerms.map((term) => tables.personsByTerm.get(term)));
  let best: { index: number; score: number } | null = null;
  for (const index of candidates) {
    const record = knowledge.people.persons[index]!;
    const exact = [record.name, ...record.variants].some((name) => foldText(name) === foldedQuery);
    const quoted = tables.byPerson.has(index);
    const score = (exact ? 4 : 0) + (quoted ? 2 : 0) + Math.min(record.mentionCount, 1000) / 1000;
    if (!best || score > best.score) best = { index, score };
  }
  return best ? best.index : null;
}

/**
 * A speaker's quotations: articles where they say most come first (where they are the story,
 * not a passing voice), each article's quotations in reading order.
 */
function rankSpeakerEntries(tables: QuoteTables, indices: readonly number[]): QuoteEntry[] {
  const entries = indices.map((index) => tables.entries[index]!);
  const perArticle = new Map<string, number>();
  for (const entry of entries) perArticle.set(entry.article.id, (perArticle.get(entry.article.id) ?? 0) + 1);
  const firstOrder = new Map<string, number>();
  for (const entry of entries) if (!firstOrder.has(entry.article.id)) firstOrder.set(entry.article.id, entry.order);
  const articleRank = (entry: QuoteEntry): number => -perArticle.get(entry.article.id)! * 1e9 + firstOrder.get(entry.article.id)!;
  return entries.sort((a, b) => articleRank(a) - articleRank(b) || a.order - b.order);
}

/**
 * Quotations whose words hold every topic word (all but one when the query has three or more);
 * the exact phrase and named speakers rank first.
 */
function findByTopic(tables: QuoteTables, terms: string[], query: string): QuoteEntry[] {
  if (terms.length === 0) return [];
  let matches = intersect(terms.map((term) => tables.byQuoteTerm.get(term)));
  if (matches.length === 0 && terms.length >= 3) {
    const leaveOneOut = terms.map((_, skip) => intersect(terms.filter((__, index) => index !== skip).map((term) => tables.byQuoteTerm.get(term))));
    matches = [...new Set(leaveOneOut.flat())].sort((a, b) => a - b);
  }
  const phrase = foldText(query).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // Scores are small integers, so buckets keep reading order within a score without a sort.
  const buckets: QuoteEntry[][] = Array.from({ length: 8 }, () => []);
  for (const index of matches) {
    const entry = tables.entries[index]!;
    const score = (entry.foldedQuote.includes(phrase) ? 4 : 0) + (entry.person >= 0 ? 2 : 0) + (entry.quotation.speakerKind === 'unknown' ? 0 : 1);
    buckets[7 - score]!.push(entry);
  }
  return buckets.flat().slice(0, CANDIDATE_LIMIT);
}

/**
 * Answers in order; when there are more than the engine shows, quotations of one speaker in one
 * passage, then in one article, become one answer so that none is cut off.
 */
function compact(entries: QuoteEntry[]): QuoteAnswer[] {
  let groups = groupBy(entries, (entry) => `${entry.article.id}\u0000${entry.speaker}\u0000${entry.quotation.passage}`);
  if (groups.length > ANSWER_LIMIT) groups = groupBy(entries, (entry) => `${entry.article.id}\u0000${entry.speaker}`);
  return groups.slice(0, GROUP_LIMIT).map(toAnswer);
}

function groupBy(entries: readonly QuoteEntry[], keyOf: (entry: QuoteEntry) => string): QuoteEntry[][] {
  const groups = new Map<string, QuoteEntry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()];
}

function toAnswer(group: QuoteEntry[]): QuoteAnswer {
  const inOrder = group.slice().sort((a, b) => a.order - b.order);
  const first = inOrder[0]!;
  const passages = [...new Set(inOrder.map((entry) => entry.quotation.passage))];
  return {
    quote: inOrder.map((entry) => entry.quotation.quote).join(' '),
    speaker: first.speaker,
    citations: passages.map((passage) => citeArticle(first.article, passage)),
  };
}
