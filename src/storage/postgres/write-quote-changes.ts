import type { PoolClient } from 'pg';
import { appendArticle, createTables, invertTables, readingOrder } from '../../answer/quote/tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { toTerms } from '../../text/normalize.js';
import type { ArticleChange } from './article-change.js';
import { intArray, textArray } from './insert-rows.js';
import { strideFor } from './number-by-group.js';
import type { PersonNumbering } from './person-numbers.js';
import { writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import type { PersonChange } from './person-change.js';
import { QUOTE_ENTRIES, QUOTE_GROUPS, QUOTE_PERSONS, QUOTE_TOTALS } from './write-quote-tables.js';
import { writeQuoteTermChanges } from './write-quote-term-changes.js';

/**
 * Writes /quote's tables for `version` by following `change` and the `persons` it touches. The
 * entries are made again for the touched articles and those where a touched person speaks
 * (an entry names its speaker's number and name), the persons' rows for the touched persons;
 * the terms' postings of the changed articles' entries are built alone (an entry's terms are
 * its article's alone) and spliced into the serving rows of the terms they and the articles'
 * old contents hold, and the touched persons are spliced into the lists of the terms naming
 * them, before or after. The rows are those a fresh build writes, so this gives up (false,
 * nothing written) when a fresh build would number the other groups or their entries otherwise.
 */
export async function writeQuoteChanges(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  change: ArticleChange,
  numbering: PersonNumbering,
  persons: PersonChange,
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
  const { persons: records, byArticleName } = knowledge.people;
  // Entries name their speaker's number and name: the groups whose speakers are touched persons,
  // before or after, are made again with the touched ones (a person speaks only in its articles).
  const remade = new Set(touched);
  for (const position of persons.positions)
    for (const id of records[position]!.articleIds) if (groupOf.has(id)) remade.add(groupOf.get(id)!);
  const speaking = await client.query<{ group: number }>(
    'SELECT DISTINCT "group" FROM quote_entries WHERE removed_in IS NULL AND speaker_person = ANY($1::int[])',
    [[...persons.numbers]],
  );
  for (const row of speaking.rows) remade.add(row.group);
  const entries: unknown[][] = [];
  const bySpeaker = new Map<number, number[]>();
  const built = createTables();
  const groupRows: unknown[][] = [];
  let entryCount = 0;
  for (const [article, quotations] of order) {
    entryCount += quotations.length;
    const group = groupOf.get(article.id)!;
    if (!remade.has(group)) continue;
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
        person === undefined ? null : records[person]!.name,
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
  const servedEntries = await client.query<{ entry: number }>(
    'SELECT entry FROM quote_entries WHERE removed_in IS NULL AND "group" = ANY($1::int[])',
    [[...remade]],
  );
  const entryKeys = new Set([...servedEntries.rows.map((row) => row.entry), ...entries.map(([entry]) => entry)]);
  await writeChangedRows(
    client,
    QUOTE_ENTRIES,
    version,
    entries,
    written,
    [...entryKeys].map((entry) => [entry]),
  );
  const people = persons.positions.map((position) => {
    const record = records[position]!;
    const spoken = bySpeaker.get(position) ?? [];
    return [
      numbers[position]!,
      orders[position]!,
      record.name,
      textArray(record.variants),
      record.mentionCount,
      intArray(spoken),
    ];
  });
  await writeChangedRows(
    client,
    QUOTE_PERSONS,
    version,
    people,
    written,
    [...persons.numbers].map((number) => [number]),
  );
  await writeChangedRows(
    client,
    QUOTE_GROUPS,
    version,
    groupRows,
    written,
    [...touched].map((group) => [group]),
  );

  await writeQuoteTermChanges(
    client,
    version,
    { knowledge, numbering, persons, change, built, groupOf, stride, touched },
    written,
  );
  await writeChangedRows(client, QUOTE_TOTALS, version, [['quote_entries', entryCount]], written);
  return true;
}
