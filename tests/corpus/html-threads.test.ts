import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HtmlThreads } from '../../src/corpus/html/html-threads.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

const STORY = Array.from(
  { length: 5 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the harbour board met on Friday and agreed, after a long debate, to dredge the channel before the winter storms arrive.</p>`,
).join('');
const PAGE = `<html><head><meta property="article:published_time" content="2021-01-05"></head><body><article>${STORY}</article></body></html>`;
// Tens of thousands of linked blocks: seconds of Readability's scoring, far past a short limit.
const SLOW_PAGE = `<html><body>${'<div class="x">some words here and there <a href="#">a link</a> more words</div>'.repeat(25_000)}</body></html>`;

let threads: HtmlThreads | null = null;
afterEach(async () => {
  await threads?.close();
  threads = null;
});

describe('HtmlThreads', () => {
  it('reads pages on worker threads', async () => {
    threads = new HtmlThreads({ size: 1 });
    const article = await threads.parse(PAGE);
    expect(article.published).toBe('2021-01-05');
    expect(article.paragraphs).toHaveLength(5);
  });

  it('abandons a page over the time limit, with its reason, and reads the next one on a new thread', async () => {
    threads = new HtmlThreads({ size: 1, timeLimitMs: 300 });
    const slow = threads.parse(SLOW_PAGE);
    const next = threads.parse(PAGE);
    await expect(slow).rejects.toThrow('took longer than 0.3 s to read');
    expect((await next).paragraphs).toHaveLength(5);
  });

  it('skips the slow page in a corpus with its reason while the rest load', async () => {
    threads = new HtmlThreads({ size: 2, timeLimitMs: 300 });
    const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-html-'));
    writeFileSync(path.join(folder, 'slow.html'), SLOW_PAGE);
    writeFileSync(path.join(folder, 'story.html'), PAGE);
    try {
      const load = await loadCorpus(folder, { htmlThreads: threads });
      expect(load.articles.map((article) => article.id)).toEqual(['story']);
      expect(load.skipped).toEqual([{ path: 'slow.html', reason: 'took longer than 0.3 s to read' }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
