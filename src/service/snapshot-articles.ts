import type { Article, FileRecord } from '../corpus/article.js';
import {
  extraJsonOf,
  isUsualArticle,
  packArticleApart,
  restoreArticleApart,
  settleLazyExtra,
} from './snapshot-article-extra.js';

/**
 * File records as a snapshot stores them, a part of up to 1,000 at a time. Stored as objects,
 * each article was read key by key, and every date, source and path was a copy of the same few
 * values. Here a part is a list of its articles' long strings, a table of the short ones (each
 * once), and one stream of numbers that says where each field is; a start makes each article as
 * one literal. The long strings stay strings of their own: given back as slices of one text a
 * part (tried), they made /search's p50 0.8 -> 1.0 ms. An article of another shape is kept as an
 * object (snapshot-article-extra.ts).
 */
export interface PackedFileRecords {
  /** The long strings of the part's articles (titles, paragraphs, ids, hashes, extras), in order. */
  texts: string[];
  /** Paths, dates, sources, addresses, credits, skip reasons: each once. */
  strings: string[];
  /** Each file's size and modification time. */
  numbers: Float64Array;
  stream: Int32Array;
  /** Articles of another shape, in order; -2 in the stream where one comes. */
  others: unknown[];
}

const NULL = -1;
const APART = -2;

/** File records for a snapshot's part; the originals are untouched. */
export function packFileRecords(files: readonly FileRecord[]): PackedFileRecords {
  const texts: string[] = [];
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const stream: number[] = [];
  const others: unknown[] = [];
  const ref = (value: string | null): void => {
    if (value === null) return void stream.push(NULL);
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      stringIndex.set(value, index);
    }
    stream.push(index);
  };
  const text = (value: string): void => {
    stream.push(texts.length);
    texts.push(value);
  };
  for (const file of files) {
    ref(file.path);
    ref(file.skipReason);
    stream.push(file.articles?.length ?? NULL);
    for (const article of file.articles ?? []) {
      if (!isUsualArticle(article)) {
        stream.push(APART);
        others.push(packArticleApart(article));
        continue;
      }
      text(article.title);
      ref(article.published);
      ref(article.source);
      ref(article.url);
      stream.push(article.paragraphs.length);
      article.paragraphs.forEach(text);
      stream.push(article.credits.length);
      article.credits.forEach(ref);
      text(article.id);
      ref(article.path);
      text(article.contentHash);
      text(extraJsonOf(article));
    }
  }
  return {
    texts,
    strings,
    numbers: Float64Array.from(files.flatMap((file) => [file.size, file.modifiedMs])),
    stream: Int32Array.from(stream),
    others,
  };
}

/** The file records of a snapshot's parts, in order: their articles' extras read when asked. */
export function unpackFileRecords(parts: readonly unknown[]): FileRecord[] {
  const files: FileRecord[] = [];
  for (const part of parts) unpackPart(part, files);
  return files;
}

function unpackPart(part: unknown, files: FileRecord[]): void {
  const packed = part as Partial<PackedFileRecords> | null;
  if (
    !Array.isArray(packed?.texts) ||
    !Array.isArray(packed.strings) ||
    !(packed.numbers instanceof Float64Array) ||
    !(packed.stream instanceof Int32Array) ||
    !Array.isArray(packed.others)
  )
    throw new Error('the file records are not in their packed form');
  const { texts, strings, numbers, stream, others } = packed;
  let at = 0;
  let other = 0;
  const damaged = (): Error => new Error('the file records are damaged');
  const int = (): number => {
    const value = stream[at++];
    if (value === undefined || value < 0) throw damaged();
    return value;
  };
  const ref = (): string | null => {
    const index = stream[at++];
    if (index === NULL) return null;
    const value = index === undefined ? undefined : strings[index];
    if (typeof value !== 'string') throw damaged();
    return value;
  };
  const string = (): string => {
    const value = ref();
    if (value === null) throw damaged();
    return value;
  };
  const text = (): string => {
    const value = texts[int()];
    if (typeof value !== 'string') throw damaged();
    return value;
  };
  let index = 0;
  for (; at < stream.length; index++) {
    const path = string();
    const skipReason = ref();
    const count = stream[at++];
    if (count === undefined || count < NULL) throw damaged();
    let articles: Article[] | null = null;
    if (count !== NULL) {
      articles = new Array<Article>(count);
      for (let position = 0; position < articles.length; position++) {
        if (stream[at] === APART) {
          at++;
          articles[position] = restoreArticleApart(others[other++]);
          continue;
        }
        const title = text();
        const published = ref();
        const source = ref();
        const url = ref();
        const paragraphs = new Array<string>(int());
        for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) paragraphs[paragraph] = text();
        const credits = new Array<string>(int());
        for (let credit = 0; credit < credits.length; credit++) credits[credit] = string();
        const id = text();
        const articlePath = string();
        const contentHash = text();
        const article = { title, published, source, url, paragraphs, credits, id, path: articlePath, contentHash };
        articles[position] = settleLazyExtra(article, text());
      }
    }
    const size = numbers[index * 2];
    const modifiedMs = numbers[index * 2 + 1];
    if (size === undefined || modifiedMs === undefined) throw damaged();
    files.push({ path, size, modifiedMs, articles, skipReason });
  }
  if (other !== others.length || numbers.length !== index * 2) throw damaged();
}
