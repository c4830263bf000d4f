import type { Knowledge } from '../../knowledge/knowledge.js';
import { copyIntList, trimIntList } from './int-list.js';
import { flattenPostingLists, restorePostingLists } from './posting-lists.js';
import type { WhenTables } from './tables.js';

// Bump when the layout, eventWords or newsPassages change: old snapshots are then rebuilt.
export const WHEN_SNAPSHOT_FORMAT = 'briefbot/when-tables@7';

/**
 * The tables as plain data (typed arrays and string lists). Postings are stored too, flat with
 * offsets a term: inverting them again would cost a pass over a million entries at each start.
 */
export interface WhenTablesSnapshot {
  format: typeof WHEN_SNAPSHOT_FORMAT;
  vocabulary: string[];
  slotGroup: Int32Array;
  slotPart: Int32Array;
  slotAnswerHash: Int32Array;
  slotUndated: Int32Array;
  slotTermStart: Int32Array;
  slotTerms: Int32Array;
  groupArticle: string[];
  groupHash: string[];
  groupFirst: Int32Array;
  groupFirstEvent: Int32Array;
  groupEnd: Int32Array;
  postingOffsets: Int32Array;
  postingEntries: Int32Array;
  contextOffsets: Int32Array;
  contextEntries: Int32Array;
}

export function snapshotTables(tables: WhenTables): WhenTablesSnapshot {
  return {
    format: WHEN_SNAPSHOT_FORMAT,
    vocabulary: [...tables.vocabulary],
    slotGroup: trimIntList(tables.slotGroup),
    slotPart: trimIntList(tables.slotPart),
    slotAnswerHash: trimIntList(tables.slotAnswerHash),
    slotUndated: trimIntList(tables.slotUndated),
    slotTermStart: trimIntList(tables.slotTermStart),
    slotTerms: trimIntList(tables.slotTerms),
    groupArticle: [...tables.groupArticle],
    groupHash: [...tables.groupHash],
    groupFirst: trimIntList(tables.groupFirst),
    groupFirstEvent: trimIntList(tables.groupFirstEvent),
    groupEnd: trimIntList(tables.groupEnd),
    ...flattenLists(tables, 'postings', 'posting'),
    ...flattenLists(tables, 'contextPostings', 'context'),
  };
}

function flattenLists<P extends string>(
  tables: WhenTables,
  key: 'postings' | 'contextPostings',
  prefix: P,
): Record<`${P}Offsets` | `${P}Entries`, Int32Array> {
  const { offsets, entries } = flattenPostingLists(tables[key]);
  return { [`${prefix}Offsets`]: offsets, [`${prefix}Entries`]: entries } as Record<
    `${P}Offsets` | `${P}Entries`,
    Int32Array
  >;
}

/**
 * The tables of a snapshot, or null when it does not fit this code or this knowledge (another
 * format, torn arrays, an article added, changed or gone since): the caller then builds.
 * Checks cost one pass over the arrays and one lookup an article, no word folding.
 */
export function restoreTables(snapshot: unknown, knowledge: Knowledge): WhenTables | null {
  if (!isSnapshotShape(snapshot) || !holdsConsistentNumbers(snapshot)) return null;
  const groupByArticle = new Map<string, number>();
  // The knowledge's own id and hash strings, so the snapshot's copies of them are let go.
  const groupArticle = [...snapshot.groupArticle];
  const groupHash = [...snapshot.groupHash];
  for (let group = 0; group < snapshot.groupArticle.length; group++) {
    const id = snapshot.groupArticle[group]!;
    if (!id) continue;
    const article = knowledge.articles.get(id);
    const events = knowledge.extractions.get(id)?.events.length ?? 0;
    if (!article || article.contentHash !== snapshot.groupHash[group] || groupByArticle.has(id)) return null;
    if (snapshot.groupEnd[group]! - snapshot.groupFirstEvent[group]! !== events) return null;
    groupByArticle.set(article.id, group);
    groupArticle[group] = article.id;
    groupHash[group] = article.contentHash;
  }
  if (groupByArticle.size !== knowledge.articles.size) return null;
  let liveSlots = 0;
  for (const group of snapshot.slotGroup) if (group >= 0) liveSlots++;
  const tables: WhenTables = {
    vocabulary: [...snapshot.vocabulary],
    termIds: new Map(snapshot.vocabulary.map((word, id) => [word, id])),
    slotGroup: copyIntList(snapshot.slotGroup),
    slotPart: copyIntList(snapshot.slotPart),
    slotAnswerHash: copyIntList(snapshot.slotAnswerHash),
    slotUndated: copyIntList(snapshot.slotUndated),
    slotTermStart: copyIntList(snapshot.slotTermStart),
    slotTerms: copyIntList(snapshot.slotTerms),
    groupArticle,
    groupHash,
    groupFirst: copyIntList(snapshot.groupFirst),
    groupFirstEvent: copyIntList(snapshot.groupFirstEvent),
    groupEnd: copyIntList(snapshot.groupEnd),
    groupByArticle,
    // Copies, so updates in place never write into the caller's snapshot.
    postings: restorePostingLists(snapshot.postingEntries, snapshot.postingOffsets),
    contextPostings: restorePostingLists(snapshot.contextEntries, snapshot.contextOffsets),
    liveSlots,
  };
  return tables;
}

function isSnapshotShape(value: unknown): value is WhenTablesSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Record<string, unknown>;
  const numberLists = [
    'slotGroup',
    'slotPart',
    'slotAnswerHash',
    'slotUndated',
    'slotTermStart',
    'slotTerms',
    'groupFirst',
    'groupFirstEvent',
    'groupEnd',
    'postingOffsets',
    'postingEntries',
    'contextOffsets',
    'contextEntries',
  ];
  return (
    snapshot.format === WHEN_SNAPSHOT_FORMAT &&
    numberLists.every((key) => snapshot[key] instanceof Int32Array) &&
    ['vocabulary', 'groupArticle', 'groupHash'].every((key) => Array.isArray(snapshot[key]))
  );
}

/**
 * The tables fit together: lengths agree and every range lies inside its table. Entries are not
 * scanned one by one (two million of them); v8 refuses a truncated or garbled buffer itself.
 */
function holdsConsistentNumbers(snapshot: WhenTablesSnapshot): boolean {
  const slots = snapshot.slotGroup.length;
  const groups = snapshot.groupArticle.length;
  if (snapshot.slotPart.length !== slots || snapshot.slotAnswerHash.length !== slots) return false;
  if (snapshot.slotUndated.length !== slots) return false;
  if (snapshot.slotTermStart.length !== slots + 1) return false;
  if (snapshot.slotTermStart[0] !== 0 || snapshot.slotTermStart[slots] !== snapshot.slotTerms.length) return false;
  for (let slot = 0; slot < slots; slot++) {
    if (snapshot.slotTermStart[slot]! > snapshot.slotTermStart[slot + 1]!) return false;
    if (snapshot.slotGroup[slot]! >= groups) return false;
  }
  const termCount = snapshot.vocabulary.length;
  const groupLists = [snapshot.groupHash, snapshot.groupFirst, snapshot.groupFirstEvent, snapshot.groupEnd];
  if (groupLists.some((list) => list.length !== groups)) return false;
  for (let group = 0; group < groups; group++) {
    const first = snapshot.groupFirst[group]!;
    const firstEvent = snapshot.groupFirstEvent[group]!;
    const end = snapshot.groupEnd[group]!;
    if (first < 0 || first > firstEvent || firstEvent > end || end > slots) return false;
  }
  return (
    holdsOffsetsOf(snapshot.postingOffsets, snapshot.postingEntries, termCount) &&
    holdsOffsetsOf(snapshot.contextOffsets, snapshot.contextEntries, termCount)
  );
}

function holdsOffsetsOf(offsets: Int32Array, entries: Int32Array, termCount: number): boolean {
  if (offsets.length !== termCount + 1 || offsets[0] !== 0 || offsets[termCount] !== entries.length) return false;
  for (let term = 0; term < termCount; term++) if (offsets[term]! > offsets[term + 1]!) return false;
  return true;
}
