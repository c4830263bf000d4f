import type { PoolClient } from 'pg';
import { syncPersons } from '../../answer/quote/person-tables.js';
import { viewTables } from '../../answer/quote/quote-view.js';
import { buildTables } from '../../answer/quote/tables.js';
import { postingList, type PostingLists } from '../../answer/when/posting-lists.js';
import type { PersonRecord } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { insertRows, intArray, textArray } from './insert-rows.js';

/** The /quote tables written whole for each version. */
export const QUOTE_TABLES = ['quote_terms', 'quote_entries', 'quote_persons', 'quote_groups'] as const;

/**
 * Writes /quote's tables for `version` from a fresh build of the in-memory engine's tables and
 * view (src/answer/quote/), so entries, groups and persons are numbered as that build numbers
 * them and a question ranks the rows it reads exactly as the in-memory engine does.
 */
export async function writeQuoteTables(client: PoolClient, version: number, knowledge: Knowledge): Promise<void> {
  const tables = buildTables(knowledge);
  const persons = syncPersons(tables, knowledge.people, null);
  const view = viewTables(tables, knowledge, persons);
  const list = (postings: PostingLists, id: number) => {
    const posting = postingList(postings, id);
    return intArray(posting.values.subarray(0, posting.length));
  };
  const terms = tables.vocabulary.map((term, id) => [
    term,
    list(tables.quotePostings, id),
    list(tables.contextPostings, id),
    list(tables.speakerPostings, id),
    list(persons.postings, id),
  ]);
  await insertRows(
    client,
    'quote_terms (version, term, quotes, contexts, speakers, persons)',
    ['text', 'int[]', 'int[]', 'int[]', 'int[]'],
    version,
    terms,
  );
  const personNumber = new Map<PersonRecord, number>(
    knowledge.people.persons.map((record, person) => [record, person]),
  );
  const entries = view.entrySpeaker.map((speaker, entry) => [
    entry,
    tables.entryGroup.values[entry]!,
    tables.entryQuotation.values[entry]!,
    tables.speakerLength.values[entry]!,
    speaker ? personNumber.get(speaker)! : null,
    speaker?.name ?? null,
  ]);
  await insertRows(
    client,
    'quote_entries (version, entry, "group", quotation, speaker_length, speaker_person, speaker_name)',
    ['int', 'int', 'int', 'int', 'int', 'text'],
    version,
    entries,
  );
  const people = knowledge.people.persons.map((record, person) => [
    person,
    record.name,
    textArray(record.variants),
    record.mentionCount,
    intArray(view.bySpeaker.get(record) ?? []),
  ]);
  await insertRows(
    client,
    'quote_persons (version, person, name, variants, mention_count, entries)',
    ['int', 'text', 'text[]', 'int', 'int[]'],
    version,
    people,
  );
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
  await insertRows(
    client,
    'quote_groups (version, "group", article_id, paragraphs, quotations)',
    ['int', 'text', 'text[]', 'jsonb'],
    version,
    groups,
  );
  await insertRows(client, 'answer_totals (version, name, value)', ['text', 'int'], version, [
    ['quote_entries', tables.liveEntries],
  ]);
}
