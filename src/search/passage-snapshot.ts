import type { Article } from '../corpus/article.js';
import type { Passage } from '../text/passages.js';

export interface StoredPassage {
  passage: Passage;
  terms: Uint32Array;
}

/**
 * Everything the index holds, as plain data for a snapshot. Passage text is not stored: it is a
 * slice of its article's paragraph, so a passage is five numbers and its terms sit in one array.
 */
export interface PassageIndexSnapshot {
  nextId: number;
  deadPassages: number;
  articleIds: string[];
  /** Per passage: id, article (index into articleIds), paragraph, position, start offset, end offset. */
  passageFields: Int32Array;
  /** Per passage, the end of its terms in `terms` (their start is the previous one's end). */
  termEnds: Int32Array;
  terms: Uint32Array;
  /** Each article's title terms: those of titleIds[i] end at titleEnds[i] in titleTerms, all in one array. */
  titleIds: string[];
  titleEnds: Int32Array;
  titleTerms: Uint32Array;
  dictionary: { terms: string[]; frequencies: number[] };
  flexsearch: Array<[key: string, data: string]>;
}

const FIELDS = 6;

type PackedPassages = Pick<PassageIndexSnapshot, 'articleIds' | 'passageFields' | 'termEnds' | 'terms'>;

/** The passages as numbers: text becomes offsets into `articles`, terms one packed array. */
export function packPassages(
  stored: ReadonlyMap<number, StoredPassage>,
  articles: ReadonlyMap<string, Article>,
): PackedPassages {
  const articleIds: string[] = [];
  const articleIndex = new Map<string, number>();
  const passageFields = new Int32Array(stored.size * FIELDS);
  const termEnds = new Int32Array(stored.size);
  let termCount = 0;
  for (const entry of stored.values()) termCount += entry.terms.length;
  const terms = new Uint32Array(termCount);
  let row = 0;
  let termEnd = 0;
  for (const [id, { passage, terms: passageTerms }] of stored) {
    let article = articleIndex.get(passage.articleId);
    if (article === undefined) {
      article = articleIds.push(passage.articleId) - 1;
      articleIndex.set(passage.articleId, article);
    }
    const paragraph = articles.get(passage.articleId)?.paragraphs[passage.paragraph] ?? '';
    const start = paragraph.indexOf(passage.text);
    passageFields.set(
      [id, article, passage.paragraph, passage.position, start, start + passage.text.length],
      row * FIELDS,
    );
    terms.set(passageTerms, termEnd);
    termEnd += passageTerms.length;
    termEnds[row++] = termEnd;
  }
  return { articleIds, passageFields, termEnds, terms };
}

export function* unpackPassages(
  snapshot: PackedPassages,
  articles: ReadonlyMap<string, Article>,
): Generator<StoredPassage & { id: number }> {
  const fields = snapshot.passageFields;
  for (let row = 0, termStart = 0; row * FIELDS < fields.length; row++) {
    const at = row * FIELDS;
    const articleId = snapshot.articleIds[fields[at + 1]!]!;
    const paragraph = fields[at + 2]!;
    const text = articles.get(articleId)?.paragraphs[paragraph]?.slice(fields[at + 4]!, fields[at + 5]!);
    if (text === undefined)
      throw new Error(`passage index snapshot: article ${articleId} is not in the corpus it was saved with`);
    const termEnd = snapshot.termEnds[row]!;
    yield {
      id: fields[at]!,
      passage: { articleId, paragraph, position: fields[at + 3]!, text },
      terms: snapshot.terms.subarray(termStart, termEnd),
    };
    termStart = termEnd;
  }
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

/** Each article's title terms, as views into the one packed array. */
export function* unpackTitles(snapshot: PackedTitles): Generator<[articleId: string, terms: Uint32Array]> {
  let start = 0;
  for (let row = 0; row < snapshot.titleIds.length; row++) {
    const end = snapshot.titleEnds[row]!;
    yield [snapshot.titleIds[row]!, snapshot.titleTerms.subarray(start, end)];
    start = end;
  }
}
