import type { PoolClient } from 'pg';
import { ownTermCount } from '../../answer/when/own-terms.js';
import { postingList } from '../../answer/when/posting-lists.js';
import { buildTables, type WhenTables } from '../../answer/when/tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { int32Bytes } from './insert-rows.js';
import { numberByGroup } from './number-by-group.js';
import { versionedTable, writeChangedRows, type WrittenRows } from './write-changed-rows.js';

/** The /when tables written by change for each version. */
export const WHEN_TABLES = ['when_terms', 'when_groups', 'answer_totals'] as const;

export const WHEN_TERMS = versionedTable(
  'when_terms',
  [['term', 'text']],
  [
    ['slots', 'bytea'],
    ['slot_groups', 'bytea'],
    ['groups', 'bytea'],
  ],
);
export const WHEN_GROUPS = versionedTable(
  'when_groups',
  [['"group"', 'int']],
  [
    ['article_id', 'text'],
    ['first_slot', 'int'],
    ['first_event', 'int'],
    ['end_slot', 'int'],
    ['parts', 'bytea'],
    ['answer_hashes', 'bytea'],
    ['undated', 'bytea'],
    ['own_terms', 'bytea'],
    ['first_paragraph', 'text'],
    ['events', 'jsonb'],
  ],
);
// answer_totals is /quote's too: each writer keeps to its own row.
export const WHEN_TOTALS = versionedTable(
  'answer_totals',
  [['name', 'text']],
  [['value', 'int']],
  "name = 'when_slots'",
);

/**
 * Writes /when's tables for `version` from a fresh build of the in-memory engine's own tables
 * (src/answer/when/tables.ts), so groups are numbered as that build numbers them and slots in
 * its order, and a question ranks the rows it reads exactly as the in-memory engine ranks its slots.
 */
export async function writeWhenTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  written?: WrittenRows,
): Promise<void> {
  const tables = buildTables(knowledge);
  const slotGroup = tables.slotGroup.values;
  // Slots stored group by group: an article gaining an event leaves the other rows as they were.
  const { base, stored: storedAs } = numberByGroup(tables.groupFirst, tables.groupEnd, tables.groupArticle.length);
  const stored = (slot: number): number => storedAs(slot, slotGroup[slot]!);
  const terms = tables.vocabulary.map((term, id) => {
    const slots = postingList(tables.postings, id);
    const own = slots.values.subarray(0, slots.length);
    const groups = postingList(tables.contextPostings, id);
    return [
      term,
      int32Bytes(own.map(stored)),
      int32Bytes(own.map((slot) => slotGroup[slot]!)),
      int32Bytes(groups.values.subarray(0, groups.length)),
    ];
  });
  await writeChangedRows(client, WHEN_TERMS, version, terms, written);
  const groups = tables.groupArticle.map((_, group) => makeWhenGroupRow(tables, knowledge, group, group, base(group)));
  await writeChangedRows(client, WHEN_GROUPS, version, groups, written);
  await writeChangedRows(client, WHEN_TOTALS, version, [['when_slots', tables.liveSlots]], written);
}

/**
 * The `when_groups` row of `tables`' group `group`, stored as group `storedGroup` with its
 * slots numbered from `base` (a fresh build's own group, or one article's group of a build of
 * the changed articles alone).
 */
export function makeWhenGroupRow(
  tables: WhenTables,
  knowledge: Knowledge,
  group: number,
  storedGroup: number,
  base: number,
): unknown[] {
  const articleId = tables.groupArticle[group]!;
  const first = tables.groupFirst.values[group]!;
  const end = tables.groupEnd.values[group]!;
  const slots = (list: Int32Array) => int32Bytes(list.subarray(first, end));
  const ownTerms: number[] = [];
  for (let slot = first; slot < end; slot++) ownTerms.push(ownTermCount(tables, slot));
  return [
    storedGroup,
    articleId,
    base,
    base + tables.groupFirstEvent.values[group]! - first,
    base + end - first,
    slots(tables.slotPart.values),
    slots(tables.slotAnswerHash.values),
    slots(tables.slotUndated.values),
    int32Bytes(ownTerms),
    knowledge.articles.get(articleId)?.paragraphs[0] ?? '',
    JSON.stringify(knowledge.extractions.get(articleId)?.events ?? []),
  ];
}
