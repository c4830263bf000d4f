import type { Article, FileRecord } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { createStream, encodeExtraction, StreamReader } from './snapshot-extraction-columns.js';

/**
 * Extractions as a snapshot stores them. Most of their text is sentences, clauses and passages
 * copied out of the article's paragraphs (the /when event is often the whole sentence again):
 * stored as such, every one is a string of its own on disk and in the heap, about a third of
 * the snapshot and of a warm start's garbage. Here each such text found in its paragraph is a
 * span (start, end), and a start gives it back as a slice of the paragraph, which V8 keeps as a
 * reference into the paragraph rather than a copy. Extractions of the usual shape are a stream
 * of numbers and a string table (snapshot-extraction-columns.ts); any other is kept as an
 * object, its text as spans too.
 */
export interface PackedExtractions {
  /** How many extractions, in their order. */
  count: number;
  /** The usual ones as a stream; -1 where one of the others comes, in order. */
  stream: Int32Array;
  /** The strings the stream names that are not spans: names, dates, speakers, ids, once each. */
  strings: string[];
  /** The others, each text field found in its paragraph replaced by its span's number. */
  others: unknown[];
  /** The others' start and end offsets, two a span. */
  spans: Int32Array;
  /**
   * Each extraction's article id as its place in `strings`, or -1 for one of the others (whose
   * own field says): what a start asks of the extractions before they are unpacked.
   */
  ids: Int32Array;
}

// The string fields of a location (TextLocation and what extends it) that hold the article's words.
const TEXT_FIELDS = ['sentence', 'event', 'passage', 'quote', 'role', 'dateText'] as const;
const LOCATION_LISTS = ['events', 'quotations'] as const;
const PERSON_LISTS = ['roles', 'mentions'] as const;
// Below V8's smallest sliced string (13 characters) a slice is a copy anyway; a span costs 8 bytes.
const MIN_SPAN_LENGTH = 16;

type Fields = Record<string, unknown>;

/** Articles by id as the loader kept them: the first file to give an id keeps it. */
const articleMaps = new WeakMap<readonly FileRecord[], Map<string, Article>>();

export function articlesOfFiles(files: readonly FileRecord[]): Map<string, Article> {
  let articles = articleMaps.get(files);
  if (articles) return articles;
  articles = new Map<string, Article>();
  for (const file of files)
    for (const article of file.articles ?? []) if (!articles.has(article.id)) articles.set(article.id, article);
  articleMaps.set(files, articles);
  return articles;
}

/** `extractions` with their text as spans of `articles`' paragraphs; the originals are untouched. */
export function packExtractions(
  extractions: readonly ArticleExtraction[],
  articles: ReadonlyMap<string, Article>,
): PackedExtractions {
  const stream = createStream();
  const others: ArticleExtraction[] = [];
  const ids: number[] = [];
  for (const extraction of extractions) {
    if (encodeExtraction(stream, extraction, articles.get(extraction.articleId))) {
      // The stream's own entry for the id, which encodeExtraction put first.
      ids.push(stream.stringIndex.get(extraction.articleId)!);
      continue;
    }
    ids.push(-1);
    stream.ints.push(-1);
    others.push(extraction);
  }
  const packedOthers = packOthers(others, articles);
  return {
    count: extractions.length,
    stream: Int32Array.from(stream.ints),
    strings: stream.strings,
    others: packedOthers.extractions,
    spans: packedOthers.spans,
    ids: Int32Array.from(ids),
  };
}

/** Copies of extractions of another shape, their text as spans; the originals are untouched. */
function packOthers(
  extractions: readonly ArticleExtraction[],
  articles: ReadonlyMap<string, Article>,
): { extractions: unknown[]; spans: Int32Array } {
  const spans: number[] = [];
  const packLocation = (location: unknown, paragraphs: readonly string[] | undefined): unknown => {
    if (!paragraphs || !isFields(location) || typeof location.paragraph !== 'number') return location;
    const paragraph = paragraphs[location.paragraph];
    if (paragraph === undefined) return location;
    const packed: Fields = { ...location };
    for (const field of TEXT_FIELDS) {
      const text = packed[field];
      if (typeof text !== 'string' || text.length < MIN_SPAN_LENGTH) continue;
      const start = paragraph.indexOf(text);
      if (start < 0) continue;
      packed[field] = spans.length / 2;
      spans.push(start, start + text.length);
    }
    return packed;
  };
  const packed = extractions.map((extraction) => {
    const paragraphs = articles.get(extraction.articleId)?.paragraphs;
    const copy: Fields = { ...extraction };
    for (const list of LOCATION_LISTS) copy[list] = mapList(copy[list], (item) => packLocation(item, paragraphs));
    copy.people = mapList(copy.people, (person) => {
      if (!isFields(person)) return person;
      const personCopy: Fields = { ...person };
      for (const list of PERSON_LISTS)
        personCopy[list] = mapList(personCopy[list], (item) => packLocation(item, paragraphs));
      return personCopy;
    });
    return copy;
  });
  return { extractions: packed, spans: Int32Array.from(spans) };
}

/**
 * The extractions back, in order, their spans made slices of `articles`' paragraphs. Throws
 * when a span does not fit its article or the stream is damaged: the snapshot is then not one
 * this code can build from.
 */
export function unpackExtractions(packed: unknown, articles: ReadonlyMap<string, Article>): ArticleExtraction[] {
  if (!isPacked(packed)) throw new Error('the extractions are not in their packed form');
  const others = unpackOthers(packed.others, packed.spans, articles);
  const reader = new StreamReader(packed.stream, packed.strings as string[], articles);
  const extractions = new Array<ArticleExtraction>(packed.count as number);
  let other = 0;
  for (let index = 0; index < extractions.length; index++) {
    if (reader.peek() === -1) {
      reader.skip();
      extractions[index] = others[other++]!;
    } else extractions[index] = reader.read();
  }
  if (!reader.done || other !== others.length) throw new Error('the extractions are not in their packed form');
  return extractions;
}

/** Extractions of another shape, their spans made slices, in place (the objects are fresh from deserialisation). */
function unpackOthers(
  packed: unknown[],
  spans: Int32Array,
  articles: ReadonlyMap<string, Article>,
): ArticleExtraction[] {
  const unpackLocation = (location: unknown, articleId: string): void => {
    if (!isFields(location)) return;
    for (const field of TEXT_FIELDS) {
      const span = location[field];
      if (typeof span !== 'number') continue;
      const paragraph = articles.get(articleId)?.paragraphs[location.paragraph as number];
      const start = spans[span * 2];
      const end = spans[span * 2 + 1];
      if (paragraph === undefined || start === undefined || end === undefined || end > paragraph.length)
        throw new Error(`a span of the extraction of ${articleId} does not fit its article`);
      location[field] = paragraph.slice(start, end);
    }
  };
  for (const extraction of packed as Fields[]) {
    const articleId = String(extraction.articleId);
    for (const list of LOCATION_LISTS) forEachItem(extraction[list], (item) => unpackLocation(item, articleId));
    forEachItem(extraction.people, (person) => {
      if (isFields(person))
        for (const list of PERSON_LISTS) forEachItem(person[list], (item) => unpackLocation(item, articleId));
    });
  }
  return packed as ArticleExtraction[];
}

/** Whether a part's value has the packed form's fields (what is in them is checked as they are read). */
export function isPacked(packed: unknown): packed is PackedExtractions {
  return (
    isFields(packed) &&
    Number.isSafeInteger(packed.count) &&
    packed.stream instanceof Int32Array &&
    Array.isArray(packed.strings) &&
    Array.isArray(packed.others) &&
    packed.spans instanceof Int32Array &&
    packed.ids instanceof Int32Array
  );
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

function mapList(list: unknown, map: (item: unknown) => unknown): unknown {
  return Array.isArray(list) ? list.map(map) : list;
}

function forEachItem(list: unknown, visit: (item: unknown) => void): void {
  if (Array.isArray(list)) for (const item of list) visit(item);
}
