import { splitSentences } from '../../text/sentences.js';
import { articleAcronyms, expandAcronyms } from '../../text/acronyms.js';
import type { Article } from '../../corpus/article.js';
import type { Quotation, SpeakerKind } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { foldText, toTerms } from '../../text/normalize.js';
import { eventWords } from '../../extract/dates/event-words.js';
import { runSteps, type Steps } from '../../steps.js';
import { appendInt, createIntList, type IntList } from '../when/int-list.js';
import { createPostingLists, packedListsOf, withRoom, type PostingLists } from '../when/posting-lists.js';

export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'document', 'unknown'];

/**
 * The /quote tables over quotations. An entry is one quotation; a group is one article's
 * entries, contiguous and in order (a group may hold none). Entries and groups are only ever
 * appended; a removed article's entries keep their numbers, marked dead, until a compaction
 * renumbers them, so appending alone keeps every posting list ascending.
 *
 * The terms of each entry are kept forward (entry -> terms) as well as inverted, so removing an
 * entry or renumbering the table never folds a word again.
 */
export interface QuoteTables {
  vocabulary: string[];
  termIds: Map<string, number>;
  /** Group of each entry; -1 once removed. */
  entryGroup: IntList;
  /** The quotation's index in its article's extraction. */
  entryQuotation: IntList;
  /** Index in SPEAKER_KINDS. */
  entryKind: IntList;
  /** Entry e's content terms (each once) are quoteTerms[quoteTermStart[e] .. quoteTermStart[e + 1]). */
  quoteTermStart: IntList;
  quoteTerms: IntList;
  /**
   * Terms (each once) of what the quotation is said in: its passage (the attribution, the
   * paragraph) and its article's title, for a question about a topic the quoted words leave
   * implicit ("what did X say about race" when the paragraph opens "On race relations, ...").
   */
  contextTermStart: IntList;
  contextTerms: IntList;
  /** Terms (each once) of the speaker as the article names them, whether or not linked to a person. */
  speakerTermStart: IntList;
  speakerTerms: IntList;
  /** How many words that speaker name has, repeats included. */
  speakerLength: IntList;
  foldedQuotes: string[];
  /**
   * `${articleId}\u0000${speaker}`, the people directory's key for a person speaker ('' for
   * others and once removed): made once, so each reload's relinking is a lookup an entry.
   */
  linkKeys: string[];
  /** Article id of each group; '' once removed. */
  groupArticle: string[];
  groupHash: string[];
  groupFirst: IntList;
  groupEnd: IntList;
  groupByArticle: Map<string, number>;
  /** Term -> live entries whose quotation holds it, ascending. */
  quotePostings: PostingLists;
  /** Term -> live entries whose context holds it, ascending. */
  contextPostings: PostingLists;
  /** Term -> live entries whose article-local speaker name holds it, ascending. */
  speakerPostings: PostingLists;
  liveEntries: number;
}

export function createTables(): QuoteTables {
  const quoteTermStart = createIntList(1024);
  const contextTermStart = createIntList(1024);
  const speakerTermStart = createIntList(1024);
  appendInt(quoteTermStart, 0);
  appendInt(contextTermStart, 0);
  appendInt(speakerTermStart, 0);
  return {
    vocabulary: [],
    termIds: new Map(),
    entryGroup: createIntList(1024),
    entryQuotation: createIntList(1024),
    entryKind: createIntList(1024),
    quoteTermStart,
    quoteTerms: createIntList(8192),
    contextTermStart,
    contextTerms: createIntList(16384),
    speakerTermStart,
    speakerTerms: createIntList(2048),
    speakerLength: createIntList(1024),
    foldedQuotes: [],
    linkKeys: [],
    groupArticle: [],
    groupHash: [],
    groupFirst: createIntList(1024),
    groupEnd: createIntList(1024),
    groupByArticle: new Map(),
    quotePostings: createPostingLists(),
    contextPostings: createPostingLists(),
    speakerPostings: createPostingLists(),
    liveEntries: 0,
  };
}

/** Articles in the order a build reads them: the extractions' order, those with an article. */
export function* readingOrder(knowledge: Knowledge): Generator<[Article, Quotation[]]> {
  for (const [articleId, extraction] of knowledge.extractions) {
    const article = knowledge.articles.get(articleId);
    if (article) yield [article, extraction.quotations];
  }
}

export function buildTables(knowledge: Knowledge): QuoteTables {
  return runSteps(buildTablesInSteps(knowledge));
}

/** The build, a step an article, for a caller that keeps the event loop free meanwhile. */
export function* buildTablesInSteps(knowledge: Knowledge): Steps<QuoteTables> {
  const tables = createTables();
  for (const [article, quotations] of readingOrder(knowledge)) {
    appendArticle(tables, article, quotations);
    yield;
  }
  invertTables(tables);
  return tables;
}

export function entryCount(tables: QuoteTables): number {
  return tables.entryGroup.length;
}

/**
 * The last sentence of the paragraph before a quotation's: news sets up the topic there ("Knight
 * said the scale of the problem became clear after the shootings. / "It haunted me," she said.").
 */
function leadIn(article: Article, paragraph: number): string {
  const before = article.paragraphs[paragraph - 1];
  if (!before) return '';
  const sentences = splitSentences(before);
  return sentences[sentences.length - 1]?.text ?? '';
}

/** Adds the article's group and entries to the forward tables (postings are the caller's concern). */
const NO_ACRONYMS: ReadonlyMap<string, string> = new Map();

export function appendArticle(tables: QuoteTables, article: Article, quotations: readonly Quotation[]): number {
  const group = tables.groupArticle.length;
  tables.groupArticle.push(article.id);
  tables.groupHash.push(article.contentHash);
  tables.groupByArticle.set(article.id, group);
  appendInt(tables.groupFirst, entryCount(tables));
  // "the KDB's loans" are loans of the Kelford Development Bank the article named.
  const acronyms = quotations.length > 0 ? articleAcronyms(article) : NO_ACRONYMS;
  quotations.forEach((quotation, index) => {
    appendInt(tables.entryGroup, group);
    appendInt(tables.entryQuotation, index);
    appendInt(tables.entryKind, SPEAKER_KINDS.indexOf(quotation.speakerKind));
    appendTerms(tables, tables.quoteTerms, tables.quoteTermStart, topicTerms(quotation.quote));
    const said = `${leadIn(article, quotation.paragraph)}\n${quotation.passage}\n${article.title}`;
    const context = `${said}\n${expandAcronyms(said, acronyms)}`;
    appendTerms(tables, tables.contextTerms, tables.contextTermStart, topicTerms(context));
    const speakerWords = toTerms(quotation.speaker);
    appendTerms(tables, tables.speakerTerms, tables.speakerTermStart, speakerWords);
    appendInt(tables.speakerLength, speakerWords.length);
    tables.foldedQuotes.push(foldText(quotation.quote));
    tables.linkKeys.push(quotation.speakerKind === 'person' ? `${article.id}\u0000${quotation.speaker}` : '');
    tables.liveEntries++;
  });
  appendInt(tables.groupEnd, entryCount(tables));
  return group;
}

function appendTerms(tables: QuoteTables, terms: IntList, starts: IntList, words: readonly string[]): void {
  for (const word of new Set(words)) appendInt(terms, termIdOf(tables, word));
  appendInt(starts, terms.length);
}

export function termIdOf(tables: QuoteTables, word: string): number {
  let id = tables.termIds.get(word);
  if (id === undefined) {
    id = tables.vocabulary.push(word) - 1;
    tables.termIds.set(word, id);
  }
  return id;
}

/** Builds the posting tables from the forward tables, live entries only. */
export function invertTables(tables: QuoteTables): void {
  const live = (entry: number): boolean => tables.entryGroup.values[entry]! >= 0;
  tables.quotePostings = invertLists(tables.quoteTermStart, tables.quoteTerms, tables.vocabulary.length, live);
  tables.contextPostings = invertLists(tables.contextTermStart, tables.contextTerms, tables.vocabulary.length, live);
  tables.speakerPostings = invertLists(tables.speakerTermStart, tables.speakerTerms, tables.vocabulary.length, live);
}

/**
 * Term -> ascending rows holding it, from row -> terms (row r holds terms[starts[r] .. starts[r + 1])).
 * A counting sort over flat arrays, into one shared buffer with room for a reload's growth.
 */
export function invertLists(
  starts: IntList,
  terms: IntList,
  termCount: number,
  keep: (row: number) => boolean,
): PostingLists {
  const rows = starts.length - 1;
  const offsets = new Int32Array(termCount + 1);
  for (let row = 0; row < rows; row++) {
    if (!keep(row)) continue;
    for (let position = starts.values[row]!; position < starts.values[row + 1]!; position++)
      offsets[terms.values[position]! + 1]!++;
  }
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
  const buffer = new Int32Array(withRoom(offsets[termCount]!));
  const next = offsets.slice(0, termCount);
  for (let row = 0; row < rows; row++) {
    if (!keep(row)) continue;
    for (let position = starts.values[row]!; position < starts.values[row + 1]!; position++)
      buffer[next[terms.values[position]!]!++] = row;
  }
  return packedListsOf(buffer, offsets, offsets[termCount]!);
}

/**
 * The words a topic is matched by, folded as /when folds an event's ("plans" meets "planned",
 * "indexed" meets "index", "acquisition" meets "bought"), so a question need not use the tense or
 * the noun the speaker did.
 */
export function topicTerms(text: string): string[] {
  return [...eventWords(text)];
}
