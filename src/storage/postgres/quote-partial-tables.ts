import type { PersonTables } from '../../answer/quote/person-tables.js';
import type { QuoteView } from '../../answer/quote/quote-view.js';
import { createTables, type QuoteTables } from '../../answer/quote/tables.js';
import { appendInt, createIntList, type IntList } from '../../answer/when/int-list.js';
import { createPostingLists, setPosting, type PostingLists } from '../../answer/when/posting-lists.js';
import type { PersonRecord } from '../../extract/types.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';

interface TermRow {
  term: string;
  quotes: number[];
  contexts: number[];
  speakers: number[];
  persons: number[];
}

interface EntryRow {
  entry: number;
  group: number;
  quotation: number;
  speaker_length: number;
  speaker_person: number | null;
  speaker_name: string | null;
}

interface PersonRow {
  person: number;
  directory_order: string;
  name: string;
  variants: string[];
  mention_count: number;
  entries: number[];
}

/** Partial /quote tables and their view, with the view's number for a stored person number. */
export interface PartialQuote {
  tables: QuoteTables;
  view: QuoteView;
  personOf(stored: number): number;
}

/**
 * The postings of `words`, the persons they name (and `described`), and every entry those
 * reach, as /quote tables and a view: entries and groups renumbered in their stored order,
 * persons in directory order, a term's forward lists holding the question's words alone (all
 * that scoring looks for).
 */
export async function readQuoteTables(
  read: PinnedRead,
  words: readonly string[],
  described: readonly number[],
): Promise<PartialQuote> {
  const terms = await read.db.query<TermRow>(
    `SELECT term, quotes, contexts, speakers, persons FROM quote_terms WHERE ${visibleAt('quote_terms', '$1')} AND term = ANY($2::text[])`,
    [read.version, words],
  );
  const personNumbers = new Set(described);
  for (const row of terms.rows) for (const person of row.persons) personNumbers.add(person);
  const persons = await read.db.query<PersonRow>(
    `SELECT person, directory_order, name, variants, mention_count, entries FROM quote_persons
      WHERE ${visibleAt('quote_persons', '$1')} AND person = ANY($2::int[]) ORDER BY directory_order COLLATE "C"`,
    [read.version, [...personNumbers]],
  );
  const personOf = localPersons(persons.rows);
  const entryNumbers = new Set<number>();
  for (const row of terms.rows)
    for (const list of [row.quotes, row.contexts, row.speakers]) for (const entry of list) entryNumbers.add(entry);
  for (const row of persons.rows) for (const entry of row.entries) entryNumbers.add(entry);
  const entries = await read.db.query<EntryRow>(
    `SELECT entry, "group", quotation, speaker_length, speaker_person, speaker_name FROM quote_entries
      WHERE ${visibleAt('quote_entries', '$1')} AND entry = ANY($2::int[]) ORDER BY entry`,
    [read.version, [...entryNumbers]],
  );
  const groupRows = await read.db.query<{ group: number; article_id: string }>(
    `SELECT "group", article_id FROM quote_groups WHERE ${visibleAt('quote_groups', '$1')} AND "group" = ANY($2::int[]) ORDER BY "group"`,
    [read.version, [...new Set(entries.rows.map((row) => row.group))]],
  );
  const total = await read.db.query<{ value: number }>(
    `SELECT value FROM answer_totals WHERE ${visibleAt('answer_totals', '$1')} AND name = 'quote_entries'`,
    [read.version],
  );

  const tables = createTables();
  tables.liveEntries = total.rows[0]?.value ?? 0;
  const localGroup = new Map<number, number>();
  for (const row of groupRows.rows) {
    localGroup.set(row.group, tables.groupArticle.length);
    tables.groupByArticle.set(row.article_id, tables.groupArticle.length);
    tables.groupArticle.push(row.article_id);
    tables.groupHash.push('');
  }
  const localEntry = new Map<number, number>();
  for (const row of entries.rows) {
    localEntry.set(row.entry, tables.entryGroup.length);
    appendInt(tables.entryGroup, localGroup.get(row.group)!);
    appendInt(tables.entryQuotation, row.quotation);
    appendInt(tables.entryKind, 0);
    appendInt(tables.speakerLength, row.speaker_length);
  }
  const quoteForward: number[][] = entries.rows.map(() => []);
  const contextForward: number[][] = entries.rows.map(() => []);
  const personPostings = createPostingLists();
  for (const row of terms.rows) {
    const id = tables.vocabulary.push(row.term) - 1;
    tables.termIds.set(row.term, id);
    const local = (list: number[]) => list.map((entry) => localEntry.get(entry)!);
    setPosting(tables.quotePostings, id, local(row.quotes));
    setPosting(tables.contextPostings, id, local(row.contexts));
    setPosting(tables.speakerPostings, id, local(row.speakers));
    setPosting(
      personPostings,
      id,
      row.persons.map(personOf).sort((left, right) => left - right),
    );
    for (const entry of row.quotes) quoteForward[localEntry.get(entry)!]!.push(id);
    for (const entry of row.contexts) contextForward[localEntry.get(entry)!]!.push(id);
  }
  fillForward(tables.quoteTermStart, tables.quoteTerms, quoteForward);
  fillForward(tables.contextTermStart, tables.contextTerms, contextForward);
  return {
    tables,
    view: viewOf(tables, entries.rows, persons.rows, personPostings, localEntry, personOf),
    personOf,
  };
}

/**
 * A view number for every stored person number: the persons read (given in directory order)
 * first, in that order, as the in-memory directory numbers them relative to each other; any
 * other (an entry's speaker no word reached) after them, in the order first asked for.
 */
function localPersons(persons: readonly PersonRow[]): (stored: number) => number {
  const local = new Map(persons.map((row, index) => [row.person, index]));
  return (stored) => {
    let number = local.get(stored);
    if (number === undefined) local.set(stored, (number = local.size));
    return number;
  };
}

/** Row -> terms lists as the tables' flat start and term arrays. */
function fillForward(starts: IntList, terms: IntList, rows: readonly number[][]): void {
  for (const row of rows) {
    for (const term of row) appendInt(terms, term);
    appendInt(starts, terms.length);
  }
}

/**
 * The view of the partial tables: a record a person (only what matching reads of it: name,
 * variants, mentions), each entry's speaker, each read person's quotations, reading order as
 * the stored order.
 */
function viewOf(
  tables: QuoteTables,
  entries: readonly EntryRow[],
  persons: readonly PersonRow[],
  postings: PostingLists,
  localEntry: ReadonlyMap<number, number>,
  personOf: (stored: number) => number,
): QuoteView {
  const records: PersonRecord[] = [];
  const recordOf = (person: number, name: string): PersonRecord =>
    (records[person] ??= { name, variants: [], roles: [], articleIds: [], mentionCount: 0 });
  const bySpeaker = new Map<PersonRecord, number[]>();
  for (const row of persons) {
    const record = recordOf(personOf(row.person), row.name);
    record.variants = row.variants;
    record.mentionCount = row.mention_count;
    if (row.entries.length > 0)
      bySpeaker.set(
        record,
        row.entries.map((entry) => localEntry.get(entry)!),
      );
  }
  const personTables: PersonTables = {
    signatures: [],
    termStart: createIntList(),
    terms: createIntList(),
    postings,
  };
  const groupRank = createIntList(Math.max(4, tables.groupArticle.length));
  for (let group = 0; group < tables.groupArticle.length; group++) appendInt(groupRank, group);
  return {
    knowledge: { articles: new Map(), extractions: new Map(), people: { persons: records, byArticleName: {} } },
    persons: personTables,
    entrySpeaker: entries.map((row) =>
      row.speaker_person === null ? null : recordOf(personOf(row.speaker_person), row.speaker_name ?? ''),
    ),
    bySpeaker,
    unlinked: new Set(),
    articleRank: new Map(),
    nextRank: 0,
    groupRank,
    inReadingOrder: true,
  };
}
