import type { Article, FileRecord, SkippedFile } from './article.js';
import type { WalkedFile } from './walk-files.js';

// What a load can take over from the previous one, so a reload of one file stays cheap.

/**
 * Pairs each file found with its previous record, both lists being sorted by path: a record is
 * kept when size and modification time agree, else the file is to be read. Records of files
 * to read again or gone are returned as `gone`, in path order.
 */
export function matchPrevious(files: readonly WalkedFile[], previous: readonly FileRecord[]): MatchedRecords {
  const records: FileRecord[] = new Array(files.length);
  const toRead: number[] = [];
  const gone: FileRecord[] = [];
  let cursor = 0;
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!;
    while (cursor < previous.length && previous[cursor]!.path < file.path) gone.push(previous[cursor++]!);
    const known = cursor < previous.length && previous[cursor]!.path === file.path ? previous[cursor++]! : null;
    if (known && known.size === file.size && known.modifiedMs === file.modifiedMs) {
      records[index] = known;
    } else {
      if (known) gone.push(known);
      toRead.push(index);
      records[index] = toReadRecord(file);
    }
  }
  while (cursor < previous.length) gone.push(previous[cursor++]!);
  return { records, toRead, gone };
}

/** The records, those at `toRead` standing for files to read (no articles yet); `gone` as `matchPrevious` says. */
export interface MatchedRecords {
  records: FileRecord[];
  toRead: number[];
  gone: FileRecord[];
}

const toReadRecord = (file: WalkedFile): FileRecord => ({ ...file, articles: null, skipReason: null });

/**
 * What `matchPrevious` gives, from the previous records and a delta of the walk they follow:
 * the files changed or new are read, the others keep their records. Costs a binary search a
 * change and a copy of the list in runs between the changes, no comparison of every path.
 */
export function matchDelta(previous: readonly FileRecord[], changed: readonly WalkedFile[], gonePaths: readonly string[]): MatchedRecords {
  // The unchanged runs of records, copied whole rather than a record at a time (176,000 records at 8 copies).
  const runs: FileRecord[][] = [];
  let length = 0;
  const toRead: number[] = [];
  const gone: FileRecord[] = [];
  let cursor = 0;
  let changedAt = 0;
  let goneAt = 0;
  const keep = (end: number): void => {
    if (end <= cursor) return;
    runs.push(previous.slice(cursor, end));
    length += end - cursor;
    cursor = end;
  };
  while (changedAt < changed.length || goneAt < gonePaths.length) {
    const file = changedAt < changed.length && (goneAt === gonePaths.length || changed[changedAt]!.path < gonePaths[goneAt]!) ? changed[changedAt++]! : null;
    const target = file ? file.path : gonePaths[goneAt++]!;
    keep(lowerBound(previous, target, cursor));
    if (cursor < previous.length && previous[cursor]!.path === target) gone.push(previous[cursor++]!);
    if (file) {
      toRead.push(length++);
      runs.push([toReadRecord(file)]);
    }
  }
  keep(previous.length);
  return { records: concatRuns(runs), toRead, gone };
}

/** The runs as one list; a few large ones (a reload changes a few files) are copied whole. */
function concatRuns(runs: FileRecord[][]): FileRecord[] {
  if (runs.length === 1) return runs[0]!;
  const records: FileRecord[] = [];
  // Array.prototype.concat takes its arguments at once: in batches, so many runs stay within the argument limit.
  const BATCH = 1024;
  if (runs.length <= BATCH) return records.concat(...runs);
  let joined = records;
  for (let start = 0; start < runs.length; start += BATCH) joined = joined.concat(...runs.slice(start, start + BATCH));
  return joined;
}

/** The first index from `from` whose path is not before `target` (the list is sorted by path). */
function lowerBound(records: readonly FileRecord[], target: string, from: number): number {
  let low = from;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (records[middle]!.path < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The previous article list with the re-read files' articles put in place of their old ones and
 * the articles of files gone left out, when no file brought articles at a new place (a new file,
 * or a re-read one with other ids or another order) and the previous list had no id twice;
 * null otherwise, and the list is made again.
 */
export function reuseArticles(previous: readonly Article[], before: readonly FileRecord[], after: readonly FileRecord[]): Article[] | null {
  const articles = previous.slice();
  const gone = new Set<Article>();
  let next = 0;
  for (const old of before) {
    while (next < after.length && after[next]!.path < old.path) if ((after[next++]!.articles ?? []).length > 0) return null;
    const fresh = next < after.length && after[next]!.path === old.path ? (after[next++]!.articles ?? []) : null;
    const oldArticles = old.articles ?? [];
    if (fresh === null) {
      for (const article of oldArticles) gone.add(article);
      continue;
    }
    if (oldArticles.length !== fresh.length) return null;
    if (fresh.length === 0) continue;
    // A file's articles sit together in the list (no id was dropped as a duplicate): find the first.
    const start = articles.indexOf(oldArticles[0]!);
    if (start < 0) return null;
    for (let position = 0; position < fresh.length; position++) {
      if (oldArticles[position]!.id !== fresh[position]!.id || articles[start + position] !== oldArticles[position]) return null;
      articles[start + position] = fresh[position]!;
    }
  }
  while (next < after.length) if ((after[next++]!.articles ?? []).length > 0) return null;
  return gone.size === 0 ? articles : articles.filter((article) => !gone.has(article));
}

export function countArticles(records: readonly FileRecord[]): number {
  let count = 0;
  for (const record of records) count += record.articles?.length ?? 0;
  return count;
}

// The article count of a load's records, told by the load that made them: the next reload would
// otherwise count every record again to compare (two passes over 176,000 records at 8 copies).
const articleCounts = new WeakMap<readonly FileRecord[], number>();

/** `countArticles(records)`, counted once a list of records (the lists are not changed once loaded). */
export function articleCountOf(records: readonly FileRecord[]): number {
  let count = articleCounts.get(records);
  if (count === undefined) articleCounts.set(records, (count = countArticles(records)));
  return count;
}

/**
 * The article count of records matched against `previous` (`matchPrevious`, `matchDelta`) once
 * the files to read are read: the previous count, less the records gone or read again, plus the
 * records read; remembered for the next load's `articleCountOf`.
 */
export function countMatchedArticles(
  records: readonly FileRecord[],
  previous: readonly FileRecord[],
  gone: readonly FileRecord[],
  read: readonly FileRecord[],
): number {
  const count = articleCountOf(previous) - countArticles(gone) + countArticles(read);
  articleCounts.set(records, count);
  return count;
}

// Likewise the files a load's records skip, in path order.
const skippedOfRecords = new WeakMap<readonly FileRecord[], readonly SkippedFile[]>();

function skippedOf(records: readonly FileRecord[]): SkippedFile[] {
  const skipped: SkippedFile[] = [];
  for (const record of records) if (record.skipReason !== null) skipped.push({ path: record.path, reason: record.skipReason });
  return skipped;
}

/** The files these records skip, in their (path) order, listed once a list of records. */
export function skippedRecordsOf(records: readonly FileRecord[]): readonly SkippedFile[] {
  let skipped = skippedOfRecords.get(records);
  if (!skipped) skippedOfRecords.set(records, (skipped = skippedOf(records)));
  return skipped;
}

/**
 * `skippedRecordsOf(records)` for records matched against `previous`, from the previous list:
 * the skips of records gone or read again leave it, those of the records read (in path order)
 * join it in their places; remembered for the next load.
 */
export function matchSkippedRecords(
  records: readonly FileRecord[],
  previous: readonly FileRecord[],
  gone: readonly FileRecord[],
  read: readonly FileRecord[],
): readonly SkippedFile[] {
  const leaving = new Set(gone.flatMap((record) => (record.skipReason === null ? [] : [record.path])));
  const before = skippedRecordsOf(previous);
  const kept = leaving.size === 0 ? before : before.filter((file) => !leaving.has(file.path));
  const fresh = skippedOf(read);
  let skipped: readonly SkippedFile[] = kept;
  if (fresh.length > 0) {
    const merged: SkippedFile[] = [];
    let at = 0;
    for (const file of fresh) {
      while (at < kept.length && kept[at]!.path < file.path) merged.push(kept[at++]!);
      merged.push(file);
    }
    while (at < kept.length) merged.push(kept[at++]!);
    skipped = merged;
  }
  skippedOfRecords.set(records, skipped);
  return skipped;
}
