import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Article, FileRecord } from '../../src/corpus/article.js';
import { packFileRecords, unpackFileRecords } from '../../src/service/snapshot-articles.js';

// In the order the loader gives an article's fields.
function articleOf(id: string, extra: Record<string, string>): Article {
  return {
    title: `Title ${id}`,
    published: '1987-03-26',
    source: 'Reuters',
    url: null,
    paragraphs: ['One.', 'Two.'],
    credits: [],
    extra,
    id,
    path: `${id}.txt`,
    contentHash: `hash-${id}`,
  };
}

const keysBut = (article: Article): string[] => Object.keys(article).filter((key) => key !== 'extra');

const files: FileRecord[] = [
  {
    path: 'a.txt',
    size: 10,
    modifiedMs: 1,
    articles: [articleOf('a', { topics: '[grain]', places: '[usa]' })],
    skipReason: null,
  },
  { path: 'b.txt', size: 11, modifiedMs: 2, articles: [articleOf('b', {})], skipReason: null },
  { path: 'c.bin', size: 12, modifiedMs: 3, articles: null, skipReason: 'not an article' },
];

function restored(records = files): FileRecord[] {
  // Two parts, as a snapshot cuts the list.
  const parts = [records.slice(0, 1), records.slice(1)].map((part) => deserialize(serialize(packFileRecords(part))));
  return unpackFileRecords(parts);
}

describe("a snapshot's articles", () => {
  it('store their long strings in a list, their extra fields as JSON text, short strings once', () => {
    const packed = packFileRecords(files);
    expect(packed.texts).toContain('One.');
    expect(packed.texts).toContain('{"topics":"[grain]","places":"[usa]"}');
    expect(packed.strings.filter((text) => text === 'Reuters')).toHaveLength(1);
    expect(packed.strings.filter((text) => text === '1987-03-26')).toHaveLength(1);
    expect(packed.others).toEqual([]);
    // The originals are untouched: the serving engine keeps answering from them.
    expect(files[0]!.articles![0]!.extra).toEqual({ topics: '[grain]', places: '[usa]' });
  });

  it('keep an article of another shape as an object, in its place', () => {
    const odd = { ...articleOf('d', { topics: '[oil]' }), byline: 'Karim Nasser' } as Article;
    const { id, ...rest } = articleOf('e', {});
    const reordered = { id, ...rest };
    const records: FileRecord[] = [
      ...files,
      { path: 'd.txt', size: 13, modifiedMs: 4, articles: [odd, articleOf('f', {}), reordered], skipReason: null },
    ];
    expect(packFileRecords(records).others).toHaveLength(2);
    const back = restored(records);
    expect(back).toEqual(records);
    const articles = (list: FileRecord[]): Article[] => list.flatMap((file) => file.articles ?? []);
    expect(articles(back).map(keysBut)).toEqual(articles(records).map(keysBut));
  });

  it('come back equal to the originals, for comparison, JSON and v8 serialisation alike', () => {
    const records = restored();
    expect(records).toEqual(files);
    const article = records[0]!.articles![0]!;
    expect(Object.keys(article)).toContain('extra');
    expect(Object.keys(article)).not.toContain('extraJson');
    expect(JSON.parse(JSON.stringify(article))).toEqual(files[0]!.articles![0]);
    expect(deserialize(serialize(records))).toEqual(files);
  });

  it('read, then written, keep what was last given', () => {
    const article = restored()[0]!.articles![0]!;
    expect(article.extra.topics).toBe('[grain]');
    article.extra = { fetchedUrl: 'https://example.com/a' };
    expect(article.extra).toEqual({ fetchedUrl: 'https://example.com/a' });
    const untouched = restored()[1]!.articles![0]!;
    untouched.extra = { topics: '[oil]' };
    expect(untouched.extra).toEqual({ topics: '[oil]' });
  });

  it('refuse a record whose article lacks them: the snapshot is not one this code wrote', () => {
    const old = deserialize(serialize(files)) as unknown[];
    expect(() => unpackFileRecords([old])).toThrow(/not in their packed form/);
    const apart = deserialize(serialize(packFileRecords(files))) as { others: unknown[]; stream: Int32Array };
    apart.others.push({ id: 'g' });
    expect(() => unpackFileRecords([apart])).toThrow(/damaged/);
  });
});
