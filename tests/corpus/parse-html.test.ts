import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/corpus/parse-html.js';
import { overlap } from '../../scripts/shingle-overlap.js';

// Hand-made pages for the cases the old reader got wrong: a comment or a teaser as the first
// <article>, an ASP.NET page in one <form> with <br> text, a layout table, menus and "Most
// popular" lists around a short story, a story filled in by script (its text in JSON-LD only);
// the metadata in JSON-LD @graph, microdata, <time>.
const PAGES = path.join(import.meta.dirname, '../fixtures/html-pages');

function textOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body.textContent ?? '';
}

describe('parseHtml on hard pages', () => {
  for (const name of readdirSync(PAGES).sort()) {
    it(`reads the story and its metadata: ${name}`, () => {
      const folder = path.join(PAGES, name);
      const article = parseHtml(readFileSync(path.join(folder, 'source.html'), 'utf8'));
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as {
        title: string;
        published: string;
        source: string | null;
        author: string;
      };
      const { precision, recall } = overlap(
        article.paragraphs.join('\n'),
        textOf(readFileSync(path.join(folder, 'expected.html'), 'utf8')),
      );
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(article.title).toBe(expected.title);
      expect(article.published).toBe(expected.published);
      expect(article.source).toBe(expected.source);
      expect(article.extra.author).toBe(expected.author);
    });
  }
});

const STORY = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the council met on Monday and agreed, after a long debate, to keep the old bridge open for cyclists and walkers until the new one is finished.</p>`,
).join('\n');

describe('parseHtml metadata', () => {
  it('reads JSON-LD in @graph: headline, datePublished and the publisher, never a person as the source', () => {
    const page = `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[
        {"@type":"Organization","@id":"#org","name":"Riverside Post"},
        {"@type":"NewsArticle","headline":"Bridge stays open","datePublished":"2022-05-03T23:30:00-04:00",
         "author":[{"@type":"Person","name":"Lena Ortiz"}],"publisher":{"@id":"#org"}}]}
      </script><meta name="author" content="Lena Ortiz"></head><body><article>${STORY}</article></body></html>`;
    const article = parseHtml(page);
    expect(article.title).toBe('Bridge stays open');
    expect(article.published).toBe('2022-05-03');
    expect(article.source).toBe('Riverside Post');
    expect(article.extra.author).toBe('Lena Ortiz');
  });

  it('never takes a publisher typed Person, nor meta author, as the source', () => {
    const page = `<html><head><link rel="canonical" href="https://www.example.net/a/b">
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"x","publisher":{"@type":"Person","name":"Sam Hill"}}</script>
      <meta name="author" content="Sam Hill"></head><body><article>${STORY}</article></body></html>`;
    const article = parseHtml(page);
    expect(article.source).toBe('example.net');
    expect(article.url).toBe('https://www.example.net/a/b');
  });

  it('reads <time datetime> and itemprop dates inside the header that the body leaves out', () => {
    const withTime = `<html><body><header><time datetime="2020-02-29T10:00:00Z">Saturday</time></header><main>${STORY}</main></body></html>`;
    expect(parseHtml(withTime).published).toBe('2020-02-29');
    const withItemprop = `<html><body><header><meta itemprop="datePublished" content="2019-11-05"></header><div>${STORY}</div></body></html>`;
    expect(parseHtml(withItemprop).published).toBe('2019-11-05');
  });

  it('reads a visible date line by the headline, and an American date in metadata month first', () => {
    const dateline = `<html><body><h1>Bridge stays open</h1><div>Posted on Tuesday 15 October 2019 by A. Writer</div>${STORY}</body></html>`;
    expect(parseHtml(dateline).published).toBe('2019-10-15');
    const american = `<html><head><meta name="publish_date" content="05/08/2014 07:01:00"></head><body>${STORY}</body></html>`;
    expect(parseHtml(american).published).toBe('2014-05-08');
  });

  it('leaves the date null when the page states none, and takes no date from the clock', () => {
    expect(parseHtml(`<html><body><article>${STORY}</article></body></html>`).published).toBeNull();
  });

  it('keeps the fetch note of a page added from a link as its url and extra fields', () => {
    const page = `<!-- briefbot fetched-url="https://news.example.com/story?id=1&amp;b=2" fetched-at="2024-05-01T09:30:00.000Z" -->\n<html><body><article>${STORY}</article></body></html>`;
    const article = parseHtml(page);
    expect(article.url).toBe('https://news.example.com/story?id=1&b=2');
    expect(article.extra.fetchedUrl).toBe('https://news.example.com/story?id=1&b=2');
    expect(article.extra.fetchedAt).toBe('2024-05-01T09:30:00.000Z');
    expect(article.source).toBe('news.example.com');
  });
});

describe('parseHtml on hostile pages', () => {
  it('reads a page of 100,000 nested elements without overflowing the stack', () => {
    const page = `<html><body>${'<div>'.repeat(100_000)}${STORY}${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    const article = parseHtml(page);
    expect(article.paragraphs.join(' ')).toContain('Paragraph 6: the council met on Monday');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads 100,000 unclosed nested elements', () => {
    const article = parseHtml(`<html><body>${'<div><span>'.repeat(50_000)}${STORY}`);
    expect(article.paragraphs.join(' ')).toContain('Paragraph 1: the council met on Monday');
  });

  it('reads broken markup and never runs or keeps scripts', () => {
    const page = `<html><body><p>Hello <b>world<p>The minister <i>said</b> the talks</i>${STORY}<script>while(1){}; document.write("INJECTED")</script></table></td><<<>>><style>p{}</style><!-- a comment <p>hidden</p> -->`;
    const article = parseHtml(page);
    const text = article.paragraphs.join(' ');
    expect(text).toContain('Paragraph 3: the council met');
    expect(text).not.toContain('INJECTED');
    expect(text).not.toContain('hidden');
  });

  it('gives no paragraph for a page with no text, rather than throwing', () => {
    expect(parseHtml('<html><head><title>Empty</title></head><body><img src="x.png"></body></html>').paragraphs).toEqual(
      [],
    );
    expect(parseHtml('').paragraphs).toEqual([]);
  });
});
