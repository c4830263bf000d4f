import type { Article } from '../../corpus/article.js';
import { eventWords } from '../../extract/dates/event-words.js';
import { articleAcronyms, expandAcronyms } from '../../text/acronyms.js';
import type { ArticleExtraction, DatedEvent, PersonMention } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { runSteps, type Steps } from '../../steps.js';
import { hashAnswerKey } from './answer-key.js';
import { appendInt, createIntList, type IntList } from './int-list.js';
import { createPostingLists, packedListsOf, withRoom, type PostingLists } from './posting-lists.js';
import { looksAhead, newsPassages } from './news-passages.js';
import { splitSentences } from '../../text/sentences.js';

/**
 * The /when tables. A slot is one passage that can answer: an article's headline or lead (its
 * news, dated by publication) or one of its dated event sentences. A group is one article's
 * slots, contiguous and in order: news first, then events. Slots and groups are only ever
 * appended; a removed article's slots keep their numbers, marked dead, until a compaction
 * renumbers them, so appending alone keeps every posting list ascending.
 *
 * Only the forward tables (slot -> terms) are stored; postings are inverted from them, which
 * is a counting pass over flat arrays, far cheaper than folding the words of every passage.
 */
export interface WhenTables {
  vocabulary: string[];
  termIds: Map<string, number>;
  /** Group of each slot; -1 once removed. */
  slotGroup: IntList;
  /** The event's index in the article's extraction, or -1 - i for the i-th news passage. */
  slotPart: IntList;
  /** hashAnswerKey of the answer each slot gives. */
  slotAnswerHash: IntList;
  /** 1 when the slot's answer has no date (an undated article's news, "on Sunday" in it), else 0. */
  slotUndated: IntList;
  /** Slot s holds the terms slotTerms[slotTermStart[s] .. slotTermStart[s + 1]). */
  slotTermStart: IntList;
  slotTerms: IntList;
  /** Article id of each group; '' once removed. */
  groupArticle: string[];
  groupHash: string[];
  groupFirst: IntList;
  groupFirstEvent: IntList;
  groupEnd: IntList;
  groupByArticle: Map<string, number>;
  /** Term -> live slots whose passage holds it, ascending. */
  postings: PostingLists;
  /** Term -> live groups with events whose headline or lead holds it, ascending. */
  contextPostings: PostingLists;
  liveSlots: number;
}

export function createTables(): WhenTables {
  const slotTermStart = createIntList(1024);
  appendInt(slotTermStart, 0);
  return {
    vocabulary: [],
    termIds: new Map(),
    slotGroup: createIntList(1024),
    slotPart: createIntList(1024),
    slotAnswerHash: createIntList(1024),
    slotUndated: createIntList(1024),
    slotTermStart,
    slotTerms: createIntList(8192),
    groupArticle: [],
    groupHash: [],
    groupFirst: createIntList(256),
    groupFirstEvent: createIntList(256),
    groupEnd: createIntList(256),
    groupByArticle: new Map(),
    postings: createPostingLists(),
    contextPostings: createPostingLists(),
    liveSlots: 0,
  };
}

export function buildTables(knowledge: Knowledge): WhenTables {
  return runSteps(buildTablesInSteps(knowledge));
}

/** The build, a step an article: folding every passage's words is over a second on 20,000 articles. */
export function* buildTablesInSteps(knowledge: Knowledge): Steps<WhenTables> {
  const tables = createTables();
  for (const article of knowledge.articles.values()) {
    appendArticle(tables, article, knowledge.extractions.get(article.id));
    yield;
  }
  invertTables(tables);
  return tables;
}

export function slotCount(tables: WhenTables): number {
  return tables.slotGroup.length;
}

/**
 * Adds the article's group and slots to the forward tables (postings are the caller's concern).
 * An event sentence is filed under its own words and under the full names of the people it
 * names, so "when did Wes Brown play" finds "Brown last played for England in February 2003".
 */
export function appendArticle(tables: WhenTables, article: Article, extraction?: ArticleExtraction): number {
  const events = extraction?.events ?? [];
  const group = tables.groupArticle.length;
  tables.groupArticle.push(article.id);
  tables.groupHash.push(article.contentHash);
  tables.groupByArticle.set(article.id, group);
  appendInt(tables.groupFirst, slotCount(tables));
  const newsKey = hashAnswerKey(article.published, undefined, article.title);
  // A headline of news still to come ("TALKS SET TO BEGIN") is not dated by the publication: it
  // ranks as news with no date, below the dates the article gives (its words still lend to them).
  const headlineAhead = looksAhead(article.title);
  newsPassages(article).forEach((passage, index) =>
    appendSlot(
      tables,
      group,
      -1 - index,
      newsKey,
      [...eventWords(passage)].map((word) => termIdOf(tables, word)),
      article.published === null || (headlineAhead && passage === article.title.trim()),
    ),
  );
  appendInt(tables.groupFirstEvent, slotCount(tables));
  // A sentence with several dates is one event each: its words are folded once, not once a date
  // (a long sentence full of weekdays made that quadratic).
  const termsOfSentence = new Map<string, number[]>();
  const acronyms = events.length > 0 ? articleAcronyms(article) : NO_ACRONYMS;
  events.forEach((event, index) => {
    let terms = termsOfSentence.get(event.sentence);
    if (!terms) {
      // "Reagan" is "Ronald Reagan" and "the KDB" the Kelford Development Bank the article named.
      const words = [event.sentence, namesIn(extraction!.people, event), expandAcronyms(event.sentence, acronyms)]
        .filter(Boolean)
        .join('\n');
      const own = eventWords(words);
      terms = [...own].map((word) => termIdOf(tables, word));
      // Words of the sentences around it, filed apart ("~word"): "That happened in 1801" is about
      // the divorce the sentence before it tells of.
      for (const word of eventWords(neighbourText(article, event))) {
        if (!own.has(word)) terms.push(termIdOf(tables, `${NEAR_MARK}${word}`));
      }
      termsOfSentence.set(event.sentence, terms);
    }
    appendSlot(
      tables,
      group,
      index,
      hashAnswerKey(event.date, event.dateText, event.event),
      terms,
      event.date === null,
    );
  });
  appendInt(tables.groupEnd, slotCount(tables));
  return group;
}

const NO_ACRONYMS: ReadonlyMap<string, string> = new Map();

/** Marks a slot's term that stands near its sentence rather than in it. */
export const NEAR_MARK = '~';
// How far an event reaches: sentences before it in its paragraph (or the last of the paragraph
// before when it opens one), and the one after.
const SENTENCES_BEFORE = 3;
const SENTENCES_AFTER = 1;

function neighbourText(article: Article, event: DatedEvent): string {
  const sentences = splitSentences(article.paragraphs[event.paragraph] ?? '');
  const at = sentences.findIndex((sentence) => sentence.text === event.sentence);
  if (at < 0) return '';
  const near = [
    ...sentences.slice(Math.max(0, at - SENTENCES_BEFORE), at),
    ...sentences.slice(at + 1, at + 1 + SENTENCES_AFTER),
  ].map((sentence) => sentence.text);
  if (at === 0 && event.paragraph > 0) {
    const before = splitSentences(article.paragraphs[event.paragraph - 1] ?? '');
    const last = before[before.length - 1];
    if (last) near.push(last.text);
  }
  return near.join('\n');
}

/** The full names of the people an event's sentence names, or '' when none. */
function namesIn(people: readonly PersonMention[], event: DatedEvent): string {
  const names: string[] = [];
  for (const person of people) {
    if (person.mentions.some((mention) => mention.paragraph === event.paragraph && mention.sentence === event.sentence))
      names.push(person.name);
  }
  return names.join('\n');
}

function appendSlot(
  tables: WhenTables,
  group: number,
  part: number,
  answerHash: number,
  terms: number[],
  undated: boolean,
): void {
  appendInt(tables.slotGroup, group);
  appendInt(tables.slotPart, part);
  appendInt(tables.slotAnswerHash, answerHash);
  appendInt(tables.slotUndated, undated ? 1 : 0);
  for (const term of terms) appendInt(tables.slotTerms, term);
  appendInt(tables.slotTermStart, tables.slotTerms.length);
  tables.liveSlots++;
}

function termIdOf(tables: WhenTables, word: string): number {
  let id = tables.termIds.get(word);
  if (id === undefined) {
    id = tables.vocabulary.push(word) - 1;
    tables.termIds.set(word, id);
  }
  return id;
}

/**
 * The terms of a group's headline and lead, once each, when it has events to lend them to
 * (an event sentence often leaves out who it is about). `stamp` marks terms already taken.
 */
export function contextTerms(tables: WhenTables, group: number, stamp: Int32Array): number[] {
  const terms: number[] = [];
  const firstEvent = tables.groupFirstEvent.values[group]!;
  if (tables.groupEnd.values[group]! === firstEvent) return terms;
  const { values: starts } = tables.slotTermStart;
  for (let slot = tables.groupFirst.values[group]!; slot < firstEvent; slot++) {
    for (let position = starts[slot]!; position < starts[slot + 1]!; position++) {
      const term = tables.slotTerms.values[position]!;
      if (stamp[term] === group) continue;
      stamp[term] = group;
      terms.push(term);
    }
  }
  return terms;
}

/** Builds every posting list from the forward tables, live slots and groups only. */
export function invertTables(tables: WhenTables): void {
  const termCount = tables.vocabulary.length;
  const starts = tables.slotTermStart.values;
  const terms = tables.slotTerms.values;
  const slotGroup = tables.slotGroup.values;
  const slots = slotCount(tables);
  // Counting sort in two passes over flat arrays: lengths first, then entries in ascending order.
  const offsets = new Int32Array(termCount + 1);
  for (let slot = 0; slot < slots; slot++) {
    if (slotGroup[slot]! < 0) continue;
    for (let position = starts[slot]!; position < starts[slot + 1]!; position++) offsets[terms[position]! + 1]!++;
  }
  const buffer = placeEntries(offsets, termCount);
  const next = offsets.slice(0, termCount);
  for (let slot = 0; slot < slots; slot++) {
    if (slotGroup[slot]! < 0) continue;
    for (let position = starts[slot]!; position < starts[slot + 1]!; position++)
      buffer[next[terms[position]!]!++] = slot;
  }
  tables.postings = packedListsOf(buffer, offsets, offsets[termCount]!);

  const groups = tables.groupArticle.length;
  const contextOffsets = new Int32Array(termCount + 1);
  const stamp = new Int32Array(termCount).fill(-1);
  for (let group = 0; group < groups; group++) {
    if (tables.groupArticle[group]) for (const term of contextTerms(tables, group, stamp)) contextOffsets[term + 1]!++;
  }
  const contextBuffer = placeEntries(contextOffsets, termCount);
  const contextNext = contextOffsets.slice(0, termCount);
  stamp.fill(-1);
  for (let group = 0; group < groups; group++) {
    if (tables.groupArticle[group])
      for (const term of contextTerms(tables, group, stamp)) contextBuffer[contextNext[term]!++] = group;
  }
  tables.contextPostings = packedListsOf(contextBuffer, contextOffsets, contextOffsets[termCount]!);
}

/**
 * Turns per-list lengths (at index term + 1) into start offsets and gives the shared buffer,
 * with room for the lists a reload grows.
 */
function placeEntries(offsets: Int32Array, termCount: number): Int32Array {
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
  return new Int32Array(withRoom(offsets[termCount]!));
}
