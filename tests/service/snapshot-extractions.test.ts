// A snapshot stores extractions with their text as spans of the articles' paragraphs; a start
// gives them back equal to what was extracted, the text as slices of the paragraphs.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { expect, it } from 'vitest';
import type { Article, FileRecord } from '../../src/corpus/article.js';
import { parseTextArticle } from '../../src/corpus/parse-front-matter-article.js';
import type { ArticleExtraction } from '../../src/extract/types.js';
import { extractArticle } from '../../src/knowledge/extract-article.js';
import { readSnapshot, SNAPSHOT_VERSION, snapshotPath } from '../../src/service/snapshot.js';
import { articlesOfFiles, packExtractions, unpackExtractions } from '../../src/service/snapshot-extractions.js';
import { MAGIC, partChecksum } from '../../src/service/snapshot-parts.js';

const TEXT = `---
title: Port authority names new chief
date: 2020-03-06
source: Example Wire
---
ROTTERDAM, March 6 - The port authority on Thursday named Anna de Vries, a former deputy
mayor, as its chief executive, the board said.

"We will keep the harbour open through the winter," de Vries told reporters last October.

Anna de Vries said on Friday that the harbour would hire 200 dockers by the end of 2021.
`;

function article(id: string, text = TEXT): Article {
  return { ...parseTextArticle(text, false), id, path: `${id}.md`, contentHash: id };
}

/** Through the v8 serialiser, as the snapshot's parts go. */
const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

it('gives back the extractions as they were, their text taken from the paragraphs', () => {
  const port = article('port');
  const extraction = extractArticle(port);
  expect(extraction.events.length + extraction.quotations.length).toBeGreaterThan(1);
  const before = structuredClone(extraction);
  const packed = packExtractions([extraction], new Map([[port.id, port]]));
  // The originals are untouched: the serving engine keeps answering from them.
  expect(extraction).toEqual(before);
  const serialised = JSON.stringify(packed.strings);
  expect(serialised).not.toContain('We will keep the harbour open');
  expect(serialised).not.toContain('would hire 200 dockers');
  expect(packed.others).toEqual([]);
  const unpacked = unpackExtractions(roundTrip(packed), new Map([[port.id, roundTrip(port)]]));
  expect(unpacked).toEqual([before]);
  // Keys in the same order, so whatever serialises an extraction writes the same text.
  expect(JSON.stringify(unpacked)).toBe(JSON.stringify([before]));
});

it('stores each string once a part: names, dates and speakers repeated across articles', () => {
  const articles = ['port', 'harbour', 'dock'].map((id) => article(id));
  const extractions = articles.map((each) => extractArticle(each));
  const packed = packExtractions(extractions, new Map(articles.map((each) => [each.id, each])));
  expect(packed.strings.filter((text) => text === 'Anna de Vries')).toHaveLength(1);
  expect(packed.strings.filter((text) => text === '2020-03-05')).toHaveLength(1);
  const unpacked = unpackExtractions(roundTrip(packed), new Map(articles.map((each) => [each.id, roundTrip(each)])));
  expect(JSON.stringify(unpacked)).toBe(JSON.stringify(extractions));
});

it('keeps an extraction of another shape as it is, in its place among the others', () => {
  const articles = ['port', 'harbour', 'dock'].map((id) => article(id));
  const extractions = articles.map((each) => extractArticle(each));
  const odd = {
    ...extractions[1]!,
    events: extractions[1]!.events.map((event) => ({ ...event, certainty: 0.5 })),
  } as ArticleExtraction;
  const reordered = {
    ...extractions[2]!,
    quotations: extractions[2]!.quotations.map(({ quote, ...rest }) => ({ quote, ...rest })),
  };
  const list = [extractions[0]!, odd, reordered];
  const packed = packExtractions(list, new Map(articles.map((each) => [each.id, each])));
  expect(packed.others).toHaveLength(2);
  const unpacked = unpackExtractions(roundTrip(packed), new Map(articles.map((each) => [each.id, roundTrip(each)])));
  expect(JSON.stringify(unpacked)).toBe(JSON.stringify(list));
});

it('keeps a text that is not in its paragraph as it is', () => {
  const port = article('port');
  const extraction: ArticleExtraction = {
    articleId: 'port',
    people: [],
    events: [
      {
        paragraph: 2,
        sentence: 'A sentence that the article never says, made up for the test.',
        date: '2021',
        dateText: 'by the end of 2021',
        event: port.paragraphs[2]!,
      },
    ],
    quotations: [],
  };
  const packed = packExtractions([extraction], new Map([[port.id, port]]));
  expect(packed.strings).toContain(extraction.events[0]!.sentence);
  expect(packed.strings).not.toContain(port.paragraphs[2]);
  expect(unpackExtractions(roundTrip(packed), new Map([[port.id, port]]))).toEqual([extraction]);
});

it('refuses spans that do not fit the article they are read against', () => {
  const port = article('port');
  const packed = roundTrip(packExtractions([extractArticle(port)], new Map([[port.id, port]])));
  const other = article('port', TEXT.replace(/\n\n[^\n]*2021\.\n$/, '\n'));
  expect(() => unpackExtractions(packed, new Map([[other.id, other]]))).toThrow(/does not fit/);
  expect(() => unpackExtractions(packed, new Map())).toThrow(/does not fit/);
  expect(() => unpackExtractions([{ articleId: 'port' }], new Map())).toThrow(/packed form/);
});

it('reads articles by id as the loader kept them: the first file to give an id', () => {
  const first = article('strike');
  const second = article('strike', TEXT.replace('Thursday', 'Friday'));
  const files = [
    { path: 'strike.md', size: 1, modifiedMs: 1, articles: [first], skipReason: null },
    { path: 'strike.txt', size: 1, modifiedMs: 1, articles: [second], skipReason: null },
    { path: 'broken.txt', size: 1, modifiedMs: 1, articles: null, skipReason: 'empty' },
  ] satisfies FileRecord[];
  const articles = articlesOfFiles(files);
  expect([...articles.keys()]).toEqual(['strike']);
  expect(articles.get('strike')).toBe(first);
  expect(articlesOfFiles(files)).toBe(articles);
});

it('names a snapshot of the earlier version, whose extractions are not packed, as such and leaves it', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-older-'));
  try {
    const port = article('port');
    const values: Array<[string, unknown]> = [
      ['meta', { version: SNAPSHOT_VERSION - 1, codeVersion: 'older', corpusDir: '/corpus' }],
      ['files.0', [{ path: 'port.md', size: 1, modifiedMs: 1, articles: [port], skipReason: null }]],
      ['skipped', []],
      ['extractions.0', [extractArticle(port)]],
      ['people', { persons: [], byArticleName: {} }],
      ['passages', {}],
      ['answerers', {}],
    ];
    const parts = values.map(([, value]) => serialize(value));
    const header = JSON.stringify({
      parts: values.map(([name], index) => [name, parts[index]!.length, partChecksum(parts[index]!)]),
    });
    const file = snapshotPath(cacheDir, '/corpus');
    writeFileSync(file, Buffer.concat([Buffer.from(`${MAGIC}${header}\n`), ...parts]));
    const read = await readSnapshot(cacheDir, '/corpus');
    expect(read.snapshot).toBeNull();
    expect(read).toMatchObject({ reason: `snapshot version ${SNAPSHOT_VERSION - 1} is not ${SNAPSHOT_VERSION}` });
    expect(existsSync(file)).toBe(true);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
