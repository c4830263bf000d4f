import type { PoolClient } from 'pg';
import { ownTermCount } from '../../answer/when/own-terms.js';
import { postingList } from '../../answer/when/posting-lists.js';
import { buildTables } from '../../answer/when/tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { insertRows, int32Bytes } from './insert-rows.js';

/** The /when tables written whole for each version. */
export const WHEN_TABLES = ['when_terms', 'when_groups', 'answer_totals'] as const;

/**
 * Writes /when's tables for `version` from a fresh build of the in-memory engine's own tables
 * (src/answer/when/tables.ts), so slots and groups are numbered as that build numbers them and
 * a question ranks the rows it reads exactly as the in-memory engine ranks its slots.
 */
export async function writeWhenTables(client: PoolClient, version: number, knowledge: Knowledge): Promise<void> {
  const tables = buildTables(knowledge);
  const slotGroup = tables.slotGroup.values;
  const terms = tables.vocabulary.map((term, id) => {
    const slots = postingList(tables.postings, id);
    const own = slots.values.subarray(0, slots.length);
    const groups = postingList(tables.contextPostings, id);
    return [
      term,
      int32Bytes(own),
      int32Bytes(Array.from(own, (slot) => slotGroup[slot]!)),
      int32Bytes(groups.values.subarray(0, groups.length)),
    ];
  });
  await insertRows(
    client,
    'when_terms (version, term, slots, slot_groups, groups)',
    ['text', 'bytea', 'bytea', 'bytea'],
    version,
    terms,
  );
  const groups = tables.groupArticle.map((articleId, group) => {
    const first = tables.groupFirst.values[group]!;
    const end = tables.groupEnd.values[group]!;
    const slots = (list: Int32Array) => int32Bytes(list.subarray(first, end));
    const ownTerms: number[] = [];
    for (let slot = first; slot < end; slot++) ownTerms.push(ownTermCount(tables, slot));
    return [
      group,
      articleId,
      first,
      tables.groupFirstEvent.values[group]!,
      end,
      slots(tables.slotPart.values),
      slots(tables.slotAnswerHash.values),
      slots(tables.slotUndated.values),
      int32Bytes(ownTerms),
      knowledge.articles.get(articleId)?.paragraphs[0] ?? '',
      JSON.stringify(knowledge.extractions.get(articleId)?.events ?? []),
    ];
  });
  await insertRows(
    client,
    `when_groups (version, "group", article_id, first_slot, first_event, end_slot, parts, answer_hashes, undated,
       own_terms, first_paragraph, events)`,
    ['int', 'text', 'int', 'int', 'int', 'bytea', 'bytea', 'bytea', 'bytea', 'text', 'jsonb'],
    version,
    groups,
  );
  await insertRows(client, 'answer_totals (version, name, value)', ['text', 'int'], version, [
    ['when_slots', tables.liveSlots],
  ]);
}
