import { describe, expect, it } from 'vitest';
import { createWhenAnswerer } from '../../../src/answer/when.js';
import type { Article } from '../../../src/corpus/article.js';
import { extractArticle } from '../../../src/knowledge/build-knowledge.js';

// One line of a scraped page without full stops, full of weekdays: each date in it used to
// rescan the whole line (in date extraction and in the /when tables), 36 s for 120 KB.
function weekdayLine(length: number): string {
  const words = [
    'the',
    'council',
    'met',
    'on',
    'Monday',
    'and',
    'Tuesday',
    'said',
    'Ahmed',
    'Khan',
    'would',
    'visit',
    'on',
    'Friday',
  ];
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${words[index % words.length]} `;
  return text;
}

function articleOf(paragraph: string): Article {
  return {
    id: 'long-line',
    path: 'long-line.txt',
    title: 'A page flattened into one line',
    published: '2024-05-10',
    source: null,
    url: null,
    paragraphs: [paragraph],
    credits: [],
    extra: {},
    contentHash: 'long-line',
  };
}

describe('a 120 KB sentence full of weekdays', () => {
  it('is extracted and put into the /when tables in bounded time', () => {
    const article = articleOf(weekdayLine(120_000));
    const started = performance.now();
    const extraction = extractArticle(article);
    const answerer = createWhenAnswerer({
      articles: new Map([[article.id, article]]),
      extractions: new Map([[article.id, extraction]]),
      people: { persons: [], byArticleName: {} },
    });
    const seconds = (performance.now() - started) / 1000;
    expect(extraction.events.length).toBeGreaterThan(1000);
    for (const event of extraction.events) expect(event.sentence.length).toBeLessThanOrEqual(1000);
    expect(answerer.answer('council met Ahmed Khan').length).toBeGreaterThan(0);
    // Was 36 s; now a fraction of a second. The bound only catches the quadratic coming back.
    expect(seconds).toBeLessThan(10);
  }, 60_000);
});
