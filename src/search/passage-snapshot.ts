import type { PassageTableSnapshot } from './passage-table.js';

/**
 * Everything the index holds, as plain data for a snapshot. Passage text is not stored: it is a
 * slice of its article's paragraph, so a passage is four numbers and its terms sit in one array.
 */
export interface PassageIndexSnapshot extends PassageTableSnapshot {
  deadPassages: number;
  /** Each article's title terms: those of titleIds[i] end at titleEnds[i] in titleTerms, all in one array. */
  titleIds: string[];
  titleEnds: Int32Array;
  titleTerms: Uint32Array;
  dictionary: { terms: string[]; frequencies: number[] };
  /** flexsearch's export, each piece's JSON as UTF-8. */
  flexsearch: Array<[key: string, data: Uint8Array]>;
}

type PackedTitles = Pick<PassageIndexSnapshot, 'titleIds' | 'titleEnds' | 'titleTerms'>;

/**
 * Title terms packed as the passages' are: one typed array rather than one an article, which a
 * restore would otherwise copy out of the snapshot one by one (20,000 small arrays on Reuters).
 */
export function packTitles(titles: ReadonlyMap<string, Uint32Array>): PackedTitles {
  let count = 0;
  for (const terms of titles.values()) count += terms.length;
  const titleTerms = new Uint32Array(count);
  const titleEnds = new Int32Array(titles.size);
  let end = 0;
  let row = 0;
  for (const terms of titles.values()) {
    titleTerms.set(terms, end);
    end += terms.length;
    titleEnds[row++] = end;
  }
  return { titleIds: [...titles.keys()], titleEnds, titleTerms };
}

/**
 * Each article's title terms, as views into one copy of the packed array: a view into the
 * snapshot's own array would keep the whole part it was read with (tens of megabytes) alive.
 */
export function* unpackTitles(snapshot: PackedTitles): Generator<[articleId: string, terms: Uint32Array]> {
  const titleTerms = snapshot.titleTerms.slice();
  let start = 0;
  for (let row = 0; row < snapshot.titleIds.length; row++) {
    const end = snapshot.titleEnds[row]!;
    yield [snapshot.titleIds[row]!, titleTerms.subarray(start, end)];
    start = end;
  }
}
