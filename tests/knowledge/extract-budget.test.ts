import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.js';

// A bug in an extractor, for the articles named here (on this thread: workers load their own copy).
const throwingFor = vi.hoisted(() => new Set<string>());
vi.mock('../../src/knowledge/extract-article.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/knowledge/extract-article.js')>();
  return {
    extractArticle: (article: Article) => {
      if (throwingFor.has(article.id)) throw new Error('a bug in an extractor');
      return original.extractArticle(article);
    },
  };
});

const { extractArticle } = await import('../../src/knowledge/extract-article.js');
const { extractWithBudget } = await import('../../src/knowledge/extract-in-workers.js');
const { isExtractionFailure } = await import('../../src/knowledge/extraction-protocol.js');
import { watchEventLoop, weekdayLine } from '../support/event-loop-lag.js';

function articleOf(id: string, paragraphs: string[]): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Story ${id}`,
    published: '2024-05-10',
    source: null,
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}

const small = (id: string): Article =>
  articleOf(id, [`Union leader Jan Bakker said on Friday the strike over pay number ${id} was over.`]);

describe('extraction off the serving thread, within a time budget', () => {
  it('extracts a long article on a worker thread while this thread keeps answering', async () => {
    const long = articleOf('long', [weekdayLine(400_000)]);
    const lag = watchEventLoop();
    const outcomes = await extractWithBudget([small('a'), long, small('b')], { workers: 1 });
    const longestGap = lag.stop();
    expect(outcomes.map((outcome) => isExtractionFailure(outcome))).toEqual([false, false, false]);
    expect(outcomes[1]).toEqual(extractArticle(long));
    // Extracting it here held this thread for over half a second.
    expect(longestGap).toBeLessThan(500);
  }, 60_000);

  it('fails an article over the budget with its reason and extracts every other one', async () => {
    const articles = Array.from({ length: 450 }, (_, index) => small(`s${index}`));
    articles.splice(200, 0, articleOf('flood', [weekdayLine(3_000_000)]));
    const outcomes = await extractWithBudget(articles, { workers: 2, budgetMs: 300 });
    expect(outcomes[200]).toEqual({ articleId: 'flood', reason: 'extraction took over 0.3 s (the file is skipped)' });
    const others = outcomes.filter((_, index) => index !== 200);
    expect(others.every((outcome) => !isExtractionFailure(outcome))).toBe(true);
    expect(others[0]).toEqual(extractArticle(articles[0]!));
    expect(others.at(-1)).toEqual(extractArticle(articles.at(-1)!));
  }, 60_000);

  it('gives an article whose extraction throws its reason instead of failing the rest', async () => {
    throwingFor.add('b');
    const outcomes = await extractWithBudget([small('a'), small('b')]).finally(() => throwingFor.clear());
    expect(isExtractionFailure(outcomes[0]!)).toBe(false);
    expect(outcomes[1]).toEqual({ articleId: 'b', reason: 'extraction failed (a bug in an extractor)' });
  });

  const misbehaving = new URL('./support/misbehaving-worker.ts', import.meta.url);

  it('fails the article a worker quietly exited on, and extracts every other one in a new worker', async () => {
    const articles = Array.from({ length: 450 }, (_, index) => small(`s${index}`));
    articles.splice(100, 0, articleOf('exit', ['Union leader Jan Bakker said so.']));
    const outcomes = await extractWithBudget(articles, { workers: 2, workerModule: misbehaving });
    expect(outcomes[100]).toEqual({
      articleId: 'exit',
      reason: 'the extraction worker exited (code 0; the file is skipped)',
    });
    const others = outcomes.filter((_, index) => index !== 100);
    expect(others.every((outcome) => !isExtractionFailure(outcome))).toBe(true);
    expect(others[150]).toEqual(extractArticle(articles[151]!));
  }, 60_000);

  it('rejects when a worker crashes, and ends the other workers at once', async () => {
    // Many batches, so the other lane would go on for a while if nothing stopped it.
    const articles = Array.from({ length: 4000 }, (_, index) => small(`s${index}`));
    articles.splice(10, 0, articleOf('crash', ['Union leader Jan Bakker said so.']));
    let extracted = 0;
    await expect(
      extractWithBudget(articles, { workers: 2, workerModule: misbehaving, onProgress: (done) => (extracted = done) }),
    ).rejects.toThrow('extraction failed in a worker: a crash outside any article');
    const atFailure = extracted;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(extracted).toBe(atFailure);
    expect(atFailure).toBeLessThan(articles.length);
  }, 60_000);
});
