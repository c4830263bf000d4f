import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Article, FileRecord } from '../../src/corpus/article.js';
import { packFileRecords, unpackFileRecords } from '../../src/service/snapshot-articles.js';

function articleOf(id: string, extra: Record<string, string>): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Title ${id}`,
    published: '1987-03-26',
    source: 'Reuters',
    url: null,
    paragraphs: ['One.', 'Two.'],
    credits: [],
    extra,
    contentHash: `hash-${id}`,
  };
}

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

function restored(): FileRecord[] {
  return unpackFileRecords(deserialize(serialize(packFileRecords(files))) as unknown[]);
}

describe("a snapshot's articles", () => {
  it('store their extra fields as JSON text and leave the originals untouched', () => {
    const packed = packFileRecords(files) as Array<{ articles: Array<Record<string, unknown>> | null }>;
    expect(packed[0]!.articles![0]!.extra).toBeUndefined();
    expect(packed[0]!.articles![0]!.extraJson).toBe('{"topics":"[grain]","places":"[usa]"}');
    expect(files[0]!.articles![0]!.extra).toEqual({ topics: '[grain]', places: '[usa]' });
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
    expect(() => unpackFileRecords(old)).toThrow(/no extra fields/);
  });
});
