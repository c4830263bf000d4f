import type { PoolClient } from 'pg';
import {
  appendArticle,
  createTables,
  invertTables,
  readingOrder,
  type QuoteTables,
} from '../../answer/quote/tables.js';
import { postingList, type PostingLists } from '../../answer/when/posting-lists.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { toTerms } from '../../text/normalize.js';
import type { ArticleChange } from './article-change.js';
import { intArray, textArray } from './insert-rows.js';
import { strideFor } from './number-by-group.js';
import { ascending, type PersonNumbering } from './person-numbers.js';
import { writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import { findNameHolders, findRenamedWords } from './quote-name-terms.js';
import { QUOTE_ENTRIES, QUOTE_GROUPS, QUOTE_PERSONS, QUOTE_TERMS, QUOTE_TOTALS } from './write-quote-tables.js';

/** A quote_terms row's lists: entries by quoted words, context and speaker name, and persons by name. */
type TermLists = [number[], number[], number[], number[]];

/**
 * Writes /quote's tables for `version` by following `change`. The entries, the persons and
 * their quotations are made for the whole corpus, which is a pass over the quotations folding
 * no word; the terms' postings of the changed articles' entries are built alone (an entry's
 * terms are its article's alone) and spliced into the serving rows of the terms they, the
 * articles' old contents and the renamed persons' names hold. The rows are those a fresh build
 * writes, so this gives up (false, nothing written) when a fresh build would number the other
 * groups or their entries otherwise.
 */
export async function writeQuoteChanges(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  change: ArticleChange,
  numbering: PersonNumbering,
  written?: WrittenRows,
): Promise<boolean> {
  const order = [...readingOrder(knowledge)];
  const groupOf = new Map(order.map(([article], group) => [article.id, group]));
  const widest = order.reduce((most, [, quotations]) => Math.max(most, quotations.length), 1);
  const stride = strideFor(widest, order.length);
  if (stride === undefined) return false;
  const touched = new Set<number>();
  const stored = await client.query<{ group: number; article_id: string }>(
    'SELECT "group", article_id FROM quote_groups WHERE removed_in IS NULL',
  );
  for (const row of stored.rows) {
    if (change.upserted.has(row.article_id) || change.previous.has(row.article_id)) touched.add(row.group);
    else if (groupOf.get(row.article_id) !== row.group) return false;
  }
  for (const [article] of order) if (change.upserted.has(article.id)) touched.add(groupOf.get(article.id)!);
  const moved = await client.query<{ moved: number }>(
    `SELECT count(*)::int AS moved FROM quote_entries WHERE removed_in IS NULL
        AND entry <> "group" * $1 + quotation AND NOT ("group" = ANY($2::int[]))`,
    [stride, [...touched]],
  );
  if (moved.rows[0]!.moved > 0) return false;

  const { numbers, orders } = numbering;
  const { persons, byArticleName } = knowledge.people;
  const entries: unknown[][] = [];
  const bySpeaker = new Map<number, number[]>();
  const built = createTables();
  const groupRows: unknown[][] = [];
  for (const [article, quotations] of order) {
    const group = groupOf.get(article.id)!;
    quotations.forEach((quotation, index) => {
      const entry = group * stride + index;
      const person =
        quotation.speakerKind === 'person' ? byArticleName[`${article.id}\u0000${quotation.speaker}`] : undefined;
      entries.push([
        entry,
        group,
        index,
        toTerms(quotation.speaker).length,
        person === undefined ? null : numbers[person]!,
        person === undefined ? null : persons[person]!.name,
      ]);
      if (person === undefined) return;
      const spoken = bySpeaker.get(person);
      if (spoken) spoken.push(entry);
      else bySpeaker.set(person, [entry]);
    });
    if (!change.upserted.has(article.id)) continue;
    appendArticle(built, article, quotations);
    if (quotations.length > 0)
      groupRows.push([group, article.id, textArray(article.paragraphs), JSON.stringify(quotations)]);
  }
  invertTables(built);
  await writeChangedRows(client, QUOTE_ENTRIES, version, entries, written);
  const people = persons.map((record, person) => [
    numbers[person]!,
    orders[person]!,
    record.name,
    textArray(record.variants),
    record.mentionCount,
    intArray(bySpeaker.get(person) ?? []),
  ]);
  const renamed = await findRenamedWords(client, knowledge, numbering);
  await writeChangedRows(client, QUOTE_PERSONS, version, people, written);
  await writeChangedRows(
    client,
    QUOTE_GROUPS,
    version,
    groupRows,
    written,
    [...touched].map((group) => [group]),
  );

  const old = createTables();
  for (const { article, extraction } of change.previous.values())
    appendArticle(old, article, extraction?.quotations ?? []);
  const terms = [...new Set([...old.vocabulary, ...built.vocabulary, ...renamed])];
  const served = await client.query<{ term: string; quotes: number[]; contexts: number[]; speakers: number[] }>(
    'SELECT term, quotes, contexts, speakers FROM quote_terms WHERE removed_in IS NULL AND term = ANY($1::text[])',
    [terms],
  );
  const servedLists = new Map(served.rows.map((row) => [row.term, [row.quotes, row.contexts, row.speakers]]));
  const holders = findNameHolders(knowledge, numbering);
  const fresh = (postings: PostingLists, term: string): number[] => {
    const id = built.termIds.get(term);
    if (id === undefined) return [];
    const list = postingList(postings, id);
    return Array.from(list.values.subarray(0, list.length), (entry) => numberAsStored(built, groupOf, stride, entry));
  };
  const termRows: unknown[][] = [];
  for (const term of terms) {
    const before = servedLists.get(term) ?? [[], [], []];
    const spliced = [built.quotePostings, built.contextPostings, built.speakerPostings].map((postings, index) =>
      ascending([
        ...before[index]!.filter((entry) => !touched.has(Math.floor(entry / stride))),
        ...fresh(postings, term),
      ]),
    );
    const lists = [...spliced, ascending([...(holders.get(term) ?? [])])] as TermLists;
    if (lists.some((list) => list.length > 0)) termRows.push([term, ...lists.map(intArray)]);
  }
  await writeChangedRows(
    client,
    QUOTE_TERMS,
    version,
    termRows,
    written,
    terms.map((term) => [term]),
  );
  await writeChangedRows(client, QUOTE_TOTALS, version, [['quote_entries', entries.length]], written);
  return true;
}

/** An entry of the changed articles' tables as it is stored: its article's group, its place in it. */
function numberAsStored(
  built: QuoteTables,
  groupOf: ReadonlyMap<string, number>,
  stride: number,
  entry: number,
): number {
  const group = built.entryGroup.values[entry]!;
  return groupOf.get(built.groupArticle[group]!)! * stride + entry - built.groupFirst.values[group]!;
}
