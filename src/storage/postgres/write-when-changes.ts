import type { PoolClient } from 'pg';
import { postingList } from '../../answer/when/posting-lists.js';
import { appendArticle, createTables, invertTables, type WhenTables } from '../../answer/when/tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { ArticleChange } from './article-change.js';
import { int32Bytes, int32sOf } from './insert-rows.js';
import { strideFor } from './number-by-group.js';
import { writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import { WHEN_GROUPS, WHEN_TERMS, WHEN_TOTALS, makeWhenGroupRow } from './write-when-tables.js';

/** A term's /when postings as stored: slots with the group of each, and the groups lending it. */
interface TermPostings {
  slots: number[];
  slotGroups: number[];
  groups: number[];
}

/**
 * Writes /when's tables for `version` by following `change`: the changed articles' groups
 * are built alone, as the in-memory build builds each (a group's slots and terms are its
 * article's alone), and spliced into the serving rows of the terms they and the articles' old
 * contents hold. The rows are those a fresh build writes, so this gives up (false, nothing
 * written) when a fresh build would number the other groups or their slots otherwise: an
 * article added or removed before others, or a group growing past the stride.
 */
export async function writeWhenChanges(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  change: ArticleChange,
  written?: WrittenRows,
): Promise<boolean> {
  // A fresh build makes a group an article, in the knowledge's order.
  const groupOf = new Map<string, number>();
  for (const id of knowledge.articles.keys()) groupOf.set(id, groupOf.size);
  const built = createTables();
  for (const id of knowledge.articles.keys()) {
    if (change.upserted.has(id)) appendArticle(built, knowledge.articles.get(id)!, knowledge.extractions.get(id));
  }
  invertTables(built);
  const stored = await client.query<{ group: number; article_id: string; first_slot: number; end_slot: number }>(
    'SELECT "group", article_id, first_slot, end_slot FROM when_groups WHERE removed_in IS NULL',
  );
  const touched = new Set<number>();
  const kept: typeof stored.rows = [];
  for (const row of stored.rows) {
    if (change.upserted.has(row.article_id) || change.previous.has(row.article_id)) touched.add(row.group);
    else if (groupOf.get(row.article_id) !== row.group) return false;
    else kept.push(row);
  }
  if (kept.length + built.groupArticle.length !== groupOf.size) return false;
  let widest = 1;
  let liveSlots = built.liveSlots;
  for (const row of kept) {
    widest = Math.max(widest, row.end_slot - row.first_slot);
    liveSlots += row.end_slot - row.first_slot;
  }
  for (let group = 0; group < built.groupArticle.length; group++)
    widest = Math.max(widest, built.groupEnd.values[group]! - built.groupFirst.values[group]!);
  const stride = strideFor(widest, groupOf.size);
  if (stride === undefined || kept.some((row) => row.first_slot !== row.group * stride)) return false;

  const storedGroup = (group: number): number => groupOf.get(built.groupArticle[group]!)!;
  for (let group = 0; group < built.groupArticle.length; group++) touched.add(storedGroup(group));
  const fresh = numberFreshPostings(built, storedGroup, stride);
  const old = createTables();
  for (const { article, extraction } of change.previous.values()) appendArticle(old, article, extraction);
  const terms = [...new Set([...old.vocabulary, ...built.vocabulary])];
  const rows = await client.query<{ term: string; slots: Buffer; slot_groups: Buffer; groups: Buffer }>(
    'SELECT term, slots, slot_groups, groups FROM when_terms WHERE removed_in IS NULL AND term = ANY($1::text[])',
    [terms],
  );
  const servedRows = new Map(rows.rows.map((row) => [row.term, row]));
  const termRows: unknown[][] = [];
  for (const term of terms) {
    const served = servedRows.get(term);
    const postings = splice(
      served
        ? {
            slots: [...int32sOf(served.slots)],
            slotGroups: [...int32sOf(served.slot_groups)],
            groups: [...int32sOf(served.groups)],
          }
        : { slots: [], slotGroups: [], groups: [] },
      touched,
      fresh.get(term),
    );
    if (postings.slots.length === 0) continue;
    termRows.push([term, int32Bytes(postings.slots), int32Bytes(postings.slotGroups), int32Bytes(postings.groups)]);
  }
  await writeChangedRows(
    client,
    WHEN_TERMS,
    version,
    termRows,
    written,
    terms.map((term) => [term]),
  );
  const groupRows = built.groupArticle.map((_, group) =>
    makeWhenGroupRow(built, knowledge, group, storedGroup(group), storedGroup(group) * stride),
  );
  await writeChangedRows(
    client,
    WHEN_GROUPS,
    version,
    groupRows,
    written,
    [...touched].map((group) => [group]),
  );
  await writeChangedRows(client, WHEN_TOTALS, version, [['when_slots', liveSlots]], written);
  return true;
}

/** Each term's postings in the changed articles' groups, numbered as they are stored. */
function numberFreshPostings(
  built: WhenTables,
  storedGroup: (group: number) => number,
  stride: number,
): Map<string, TermPostings> {
  const slotGroup = built.slotGroup.values;
  const fresh = new Map<string, TermPostings>();
  built.vocabulary.forEach((term, id) => {
    const own = postingList(built.postings, id);
    const lending = postingList(built.contextPostings, id);
    const slots = Array.from(own.values.subarray(0, own.length));
    fresh.set(term, {
      slots: slots.map((slot) => {
        const group = slotGroup[slot]!;
        return storedGroup(group) * stride + slot - built.groupFirst.values[group]!;
      }),
      slotGroups: slots.map((slot) => storedGroup(slotGroup[slot]!)),
      groups: Array.from(lending.values.subarray(0, lending.length), storedGroup),
    });
  });
  return fresh;
}

/** A term's served postings without the touched groups', with the fresh ones merged in, ascending. */
function splice(served: TermPostings, touched: ReadonlySet<number>, fresh: TermPostings | undefined): TermPostings {
  const pairs: Array<[number, number]> = [];
  served.slots.forEach((slot, index) => {
    if (!touched.has(served.slotGroups[index]!)) pairs.push([slot, served.slotGroups[index]!]);
  });
  fresh?.slots.forEach((slot, index) => pairs.push([slot, fresh.slotGroups[index]!]));
  pairs.sort((a, b) => a[0] - b[0]);
  const groups = served.groups.filter((group) => !touched.has(group));
  groups.push(...(fresh?.groups ?? []));
  groups.sort((a, b) => a - b);
  return { slots: pairs.map(([slot]) => slot), slotGroups: pairs.map(([, group]) => group), groups };
}
