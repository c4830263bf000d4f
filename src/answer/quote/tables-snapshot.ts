import type { Knowledge } from '../../knowledge/knowledge.js';
import { copyIntList, trimIntList } from '../when/int-list.js';
import { flattenPostingLists, restorePostingLists, type PostingLists } from '../when/posting-lists.js';
import type { PersonTables } from './person-tables.js';
import { entryCount, invertTables, SPEAKER_KINDS, type QuoteTables } from './tables.js';
import { updateTables } from './update-tables.js';

// Bump when the layout, the term functions or the quotation fields read change: old snapshots are then rebuilt.
export const QUOTE_SNAPSHOT_FORMAT = 'briefbot/quote-tables@6';

const ENTRY_LISTS = [
  'entryGroup',
  'entryQuotation',
  'entryKind',
  'quoteTermStart',
  'quoteTerms',
  'contextTermStart',
  'contextTerms',
  'speakerTermStart',
  'speakerTerms',
  'speakerLength',
] as const;
const GROUP_LISTS = ['groupFirst', 'groupEnd'] as const;
// Each stored back to back: list t of `${name}Entries` is [`${name}Offsets`[t] .. [t + 1]).
const POSTING_LISTS = ['quotePostings', 'contextPostings', 'speakerPostings', 'personPostings'] as const;
type PostingListsName = (typeof POSTING_LISTS)[number];
type FlatPostingsKey = `${PostingListsName}Offsets` | `${PostingListsName}Entries`;

/**
 * The tables as plain data (typed arrays and string lists): the forward tables, and the
 * postings flat, so a start copies them rather than inverting a million numbers again.
 */
export type QuoteTablesSnapshot = { format: typeof QUOTE_SNAPSHOT_FORMAT } & Record<
  (typeof ENTRY_LISTS)[number] | (typeof GROUP_LISTS)[number],
  Int32Array
> &
  Record<FlatPostingsKey, Int32Array> & {
    vocabulary: string[];
    foldedQuotes: string[];
    linkKeys: string[];
    groupArticle: string[];
    groupHash: string[];
    personSignatures: string[];
    personTermStart: Int32Array;
    personTerms: Int32Array;
  };

export function snapshotTables(tables: QuoteTables, persons: PersonTables): QuoteTablesSnapshot {
  const lists = Object.fromEntries([...ENTRY_LISTS, ...GROUP_LISTS].map((key) => [key, trimIntList(tables[key])]));
  return {
    format: QUOTE_SNAPSHOT_FORMAT,
    ...(lists as Record<(typeof ENTRY_LISTS)[number] | (typeof GROUP_LISTS)[number], Int32Array>),
    vocabulary: [...tables.vocabulary],
    foldedQuotes: [...tables.foldedQuotes],
    linkKeys: [...tables.linkKeys],
    groupArticle: [...tables.groupArticle],
    groupHash: [...tables.groupHash],
    personSignatures: [...persons.signatures],
    personTermStart: trimIntList(persons.termStart),
    personTerms: trimIntList(persons.terms),
    ...flattenAll({ ...tables, personPostings: persons.postings }),
  };
}

function flattenAll(lists: Record<PostingListsName, PostingLists>): Record<FlatPostingsKey, Int32Array> {
  const flat: Partial<Record<FlatPostingsKey, Int32Array>> = {};
  for (const name of POSTING_LISTS) {
    const { offsets, entries } = flattenPostingLists(lists[name]);
    flat[`${name}Offsets`] = offsets;
    flat[`${name}Entries`] = entries;
  }
  return flat as Record<FlatPostingsKey, Int32Array>;
}

function restoreLists(snapshot: QuoteTablesSnapshot, name: PostingListsName): PostingLists {
  return restorePostingLists(snapshot[`${name}Entries`], snapshot[`${name}Offsets`]);
}

export interface RestoredTables {
  tables: QuoteTables;
  /** The persons as the snapshot knew them: their words are reused for every unchanged name set. */
  persons: PersonTables;
}

/**
 * The tables of a snapshot, or null when it does not fit this code (another format, torn
 * arrays): the caller then builds. Articles added, changed or gone since the snapshot are
 * brought up to date in place, as a reload would; past half of the corpus a build is cheaper.
 * Checks cost one pass over the arrays and one lookup an article, no word folding.
 */
export function restoreTables(snapshot: unknown, knowledge: Knowledge): RestoredTables | null {
  if (!isSnapshotShape(snapshot) || !holdsConsistentNumbers(snapshot)) return null;
  const tables: QuoteTables = {
    // Copies, so updates in place never write into the caller's snapshot.
    ...(Object.fromEntries([...ENTRY_LISTS, ...GROUP_LISTS].map((key) => [key, copyIntList(snapshot[key])])) as Pick<
      QuoteTables,
      (typeof ENTRY_LISTS)[number] | (typeof GROUP_LISTS)[number]
    >),
    vocabulary: [...snapshot.vocabulary],
    termIds: new Map(snapshot.vocabulary.map((word, id) => [word, id])),
    foldedQuotes: [...snapshot.foldedQuotes],
    linkKeys: [...snapshot.linkKeys],
    groupArticle: [...snapshot.groupArticle],
    groupHash: [...snapshot.groupHash],
    groupByArticle: new Map(),
    quotePostings: restoreLists(snapshot, 'quotePostings'),
    contextPostings: restoreLists(snapshot, 'contextPostings'),
    speakerPostings: restoreLists(snapshot, 'speakerPostings'),
    liveEntries: 0,
  };
  snapshot.groupArticle.forEach((id, group) => {
    if (!id || tables.groupByArticle.has(id)) tables.groupArticle[group] = '';
    // The knowledge's own id string where it has the article, so the snapshot's copy is let go.
    else tables.groupByArticle.set((tables.groupArticle[group] = knowledge.articles.get(id)?.id ?? id), group);
  });
  // The stored postings hold the entries live when the snapshot was written; any found dead
  // here (a group named twice) means inverting them again.
  let stale = false;
  for (let entry = 0; entry < entryCount(tables); entry++) {
    const group = tables.entryGroup.values[entry]!;
    if (group >= 0 && tables.groupArticle[group]) tables.liveEntries++;
    else {
      stale ||= group >= 0;
      tables.entryGroup.values[entry] = -1;
    }
  }
  if (stale) invertTables(tables);
  const change = changeSince(tables, knowledge);
  if (change.removed.length + change.upserted.length > knowledge.articles.size / 2) return null;
  if (change.removed.length + change.upserted.length > 0) updateTables(tables, knowledge, change);
  return {
    tables,
    persons: {
      signatures: snapshot.personSignatures,
      termStart: copyIntList(snapshot.personTermStart),
      terms: copyIntList(snapshot.personTerms),
      postings: restoreLists(snapshot, 'personPostings'),
    },
  };
}

/** The articles whose entries do not match the knowledge: gone, new, or with other content. */
function changeSince(tables: QuoteTables, knowledge: Knowledge): { removed: string[]; upserted: string[] } {
  const upserted: string[] = [];
  const seen = new Uint8Array(tables.groupArticle.length);
  knowledge.extractions.forEach((extraction, articleId) => {
    const article = knowledge.articles.get(articleId);
    if (!article) return;
    const group = tables.groupByArticle.get(articleId);
    if (group !== undefined) seen[group] = 1;
    const fits =
      group !== undefined &&
      tables.groupHash[group] === article.contentHash &&
      tables.groupEnd.values[group]! - tables.groupFirst.values[group]! === extraction.quotations.length;
    if (fits) tables.groupHash[group] = article.contentHash;
    else upserted.push(articleId);
  });
  const removed = tables.groupArticle.filter((articleId, group) => articleId && !seen[group]);
  return { removed, upserted };
}

function isSnapshotShape(value: unknown): value is QuoteTablesSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Record<string, unknown>;
  return (
    snapshot.format === QUOTE_SNAPSHOT_FORMAT &&
    [...ENTRY_LISTS, ...GROUP_LISTS, ...POSTING_LISTS.flatMap(flatKeys), 'personTermStart', 'personTerms'].every(
      (key) => snapshot[key] instanceof Int32Array,
    ) &&
    ['vocabulary', 'foldedQuotes', 'linkKeys', 'groupArticle', 'groupHash', 'personSignatures'].every((key) =>
      Array.isArray(snapshot[key]),
    )
  );
}

function flatKeys(name: PostingListsName): FlatPostingsKey[] {
  return [`${name}Offsets`, `${name}Entries`];
}

/** The tables fit together: lengths agree, every range and number lies inside its table. */
function holdsConsistentNumbers(snapshot: QuoteTablesSnapshot): boolean {
  const entries = snapshot.entryGroup.length;
  const groups = snapshot.groupArticle.length;
  const termCount = snapshot.vocabulary.length;
  const perEntry = [
    snapshot.entryQuotation,
    snapshot.entryKind,
    snapshot.speakerLength,
    snapshot.foldedQuotes,
    snapshot.linkKeys,
  ];
  if (perEntry.some((list) => list.length !== entries)) return false;
  if ([snapshot.groupHash, snapshot.groupFirst, snapshot.groupEnd].some((list) => list.length !== groups)) return false;
  for (let entry = 0; entry < entries; entry++) {
    const group = snapshot.entryGroup[entry]!;
    if (group >= groups || snapshot.entryQuotation[entry]! < 0) return false;
    if (group >= 0 && !(snapshot.groupFirst[group]! <= entry && entry < snapshot.groupEnd[group]!)) return false;
    if (!(snapshot.entryKind[entry]! >= 0 && snapshot.entryKind[entry]! < SPEAKER_KINDS.length)) return false;
  }
  for (let group = 0; group < groups; group++) {
    const first = snapshot.groupFirst[group]!;
    const end = snapshot.groupEnd[group]!;
    if (first < 0 || first > end || end > entries) return false;
  }
  return (
    holdsRows(snapshot.quoteTermStart, snapshot.quoteTerms, entries, termCount) &&
    holdsRows(snapshot.contextTermStart, snapshot.contextTerms, entries, termCount) &&
    holdsRows(snapshot.speakerTermStart, snapshot.speakerTerms, entries, termCount) &&
    holdsRows(snapshot.personTermStart, snapshot.personTerms, snapshot.personSignatures.length, termCount) &&
    POSTING_LISTS.every((name) => holdsLists(snapshot[`${name}Offsets`], snapshot[`${name}Entries`], termCount))
  );
}

/**
 * A list for each term up to some term of the vocabulary (words added after a list set was
 * made have none), each a range of the entries. Entries are not scanned one by one: v8
 * refuses a truncated or garbled buffer itself.
 */
function holdsLists(offsets: Int32Array, entries: Int32Array, termCount: number): boolean {
  const lists = offsets.length - 1;
  if (lists < 0 || lists > termCount || offsets[0] !== 0 || offsets[lists] !== entries.length) return false;
  for (let term = 0; term < lists; term++) if (offsets[term]! > offsets[term + 1]!) return false;
  return true;
}

/** Row r's terms are terms[starts[r] .. starts[r + 1]): ranges ascend and every term is a word. */
function holdsRows(starts: Int32Array, terms: Int32Array, rows: number, termCount: number): boolean {
  if (starts.length !== rows + 1 || starts[0] !== 0 || starts[rows] !== terms.length) return false;
  for (let row = 0; row < rows; row++) if (starts[row]! > starts[row + 1]!) return false;
  for (let position = 0; position < terms.length; position++)
    if (!(terms[position]! >= 0 && terms[position]! < termCount)) return false;
  return true;
}
