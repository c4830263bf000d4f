import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { watchEventLoop, weekdayLine } from '../support/event-loop-lag.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefbot-offthread-'));
  await writeFile(path.join(root, 'small.txt'), 'A short story\n\nThe council met on Tuesday and approved the budget.\n');
  await writeFile(path.join(root, 'flattened.txt'), `A flattened page\n\n${weekdayLine(9_900_000)}\n`);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('large files are read off the serving thread', () => {
  it('reads a 9.9 MB one-line page on a worker thread: the same articles, this thread free', async () => {
    const onThisThread = await loadCorpus(root, { offThreadBytes: 0 });
    const lag = watchEventLoop();
    const offThread = await loadCorpus(root);
    const longestGap = lag.stop();
    expect(offThread.articles).toEqual(onThisThread.articles);
    expect(offThread.skipped).toEqual([]);
    // Parsing it here held this thread for about a second.
    expect(longestGap).toBeLessThan(400);
  }, 60_000);

  it('skips a file whose reading takes longer than the budget, and reads the rest', async () => {
    const { articles, skipped } = await loadCorpus(root, { readBudgetMs: 50 });
    expect(articles.map((article) => article.id)).toEqual(['small']);
    expect(skipped).toEqual([{ path: 'flattened.txt', reason: 'reading took over 0.05 s (the file is skipped)' }]);
  }, 60_000);

  it('stops when the load is stopped', async () => {
    const stop = new AbortController();
    const loading = loadCorpus(root, { signal: stop.signal });
    setTimeout(() => stop.abort(new Error('shutting down')), 50);
    await expect(loading).rejects.toThrow('shutting down');
  }, 60_000);
});
