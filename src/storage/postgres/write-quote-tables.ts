import type { PoolClient } from 'pg';
import { syncPersons } from '../../answer/quote/person-tables.js';
import { viewTables } from '../../answer/quote/quote-view.js';
import { buildTables } from '../../answer/quote/tables.js';
import { postingList, type PostingLists } from '../../answer/when/posting-lists.js';
import type { PersonRecord } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { intArray, textArray } from './insert-rows.js';
import { numberByGroup } from './number-by-group.js';
import { ascending, type PersonNumbering } from './person-numbers.js';
import { versionedTable, writeChangedRows, type WrittenRows } from './write-changed-rows.js';

/** The /quote tables written by change for each version. */
export const QUOTE_TABLES = ['quote_terms', 'quote_entries', 'quote_persons', 'quote_groups'] as const;

export const QUOTE_TERMS = versionedTable(
  'quote_terms',
  [['term', 'text']],
  [
    ['quotes', 'int[]'],
    ['contexts', 'int[]'],
    ['speakers', 'int[]'],
    ['persons', 'int[]'],
  ],
);
export const QUOTE_ENTRIES = versionedTable(
  'quote_entries',
  [['entry', 'int']],
  [
    ['"group"', 'int'],
    ['quotation', 'int'],
    ['speaker_length', 'int'],
    ['speaker_person', 'int'],
    ['speaker_name', 'text'],
  ],
);
export const QUOTE_PERSONS = versionedTable(
  'quote_persons',
  [['person', 'int']],
  [
    ['directory_order', 'text'],
    ['name', 'text'],
    ['variants', 'text[]'],
    ['mention_count', 'int'],
    ['entries', 'int[]'],
  ],
);
export const QUOTE_GROUPS = versionedTable(
  'quote_groups',
  [['"group"', 'int']],
  [
    ['article_id', 'text'],
    ['paragraphs', 'text[]'],
    ['quotations', 'jsonb'],
  ],
);
// answer_totals is /when's too: each writer keeps to its own row.
export const QUOTE_TOTALS = versionedTable(
  'answer_totals',
  [['name', 'text']],
  [['value', 'int']],
  "name = 'quote_entries'",
);

/**
 * Writes /quote's tables for `version` from a fresh build of the in-memory engine's tables and
 * view (src/answer/quote/), so groups are numbered as that build numbers them and entries in its
 * order, persons by `numbering` with their directory order, and a question ranks the rows it
 * reads exactly as the in-memory engine does.
 */
export async function writeQuoteTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  numbering: PersonNumbering,
  written?: WrittenRows,
): Promise<void> {
  const { numbers, orders } = numbering;
  const tables = buildTables(knowledge);
  const persons = syncPersons(tables, knowledge.people, null);
  const view = viewTables(tables, knowledge, persons);
  // Entries stored group by group: an article gaining a quotation leaves the other rows as they were.
  const { stored: storedAs } = numberByGroup(tables.groupFirst, tables.groupEnd, tables.groupArticle.length);
  const stored = (entry: number): number => storedAs(entry, tables.entryGroup.values[entry]!);
  const list = (postings: PostingLists, id: number, number: (value: number) => number = (value) => value) => {
    const posting = postingList(postings, id);
    return intArray(posting.values.subarray(0, posting.length).map(number));
  };
  const personList = (postings: PostingLists, id: number) => {
    const posting = postingList(postings, id);
    return intArray(ascending(Array.from(posting.values.subarray(0, posting.length), (person) => numbers[person]!)));
  };
  const terms = tables.vocabulary.map((term, id) => [
    term,
    list(tables.quotePostings, id, stored),
    list(tables.contextPostings, id, stored),
    list(tables.speakerPostings, id, stored),
    personList(persons.postings, id),
  ]);
  await writeChangedRows(client, QUOTE_TERMS, version, terms, written);
  const personNumber = new Map<PersonRecord, number>(
    knowledge.people.persons.map((record, person) => [record, person]),
  );
  const entries = view.entrySpeaker.map((speaker, entry) => [
    stored(entry),
    tables.entryGroup.values[entry]!,
    tables.entryQuotation.values[entry]!,
    tables.speakerLength.values[entry]!,
    speaker ? numbers[personNumber.get(speaker)!]! : null,
    speaker?.name ?? null,
  ]);
  await writeChangedRows(client, QUOTE_ENTRIES, version, entries, written);
  const people = knowledge.people.persons.map((record, person) => [
    numbers[person]!,
    orders[person]!,
    record.name,
    textArray(record.variants),
    record.mentionCount,
    intArray((view.bySpeaker.get(record) ?? []).map(stored)),
  ]);
  await writeChangedRows(client, QUOTE_PERSONS, version, people, written);
  const groups: unknown[][] = [];
  tables.groupArticle.forEach((articleId, group) => {
    if (tables.groupFirst.values[group] === tables.groupEnd.values[group]) return;
    groups.push([
      group,
      articleId,
      textArray(knowledge.articles.get(articleId)?.paragraphs ?? []),
      JSON.stringify(knowledge.extractions.get(articleId)?.quotations ?? []),
    ]);
  });
  await writeChangedRows(client, QUOTE_GROUPS, version, groups, written);
  await writeChangedRows(client, QUOTE_TOTALS, version, [['quote_entries', tables.liveEntries]], written);
}
