import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { extractArticle } from '../../src/knowledge/build-knowledge.js';
import { extractWithBudget, isExtractionFailure } from '../../src/knowledge/extract-in-workers.js';
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
    const outcomes = await extractWithBudget([small('a'), long, small('b')], extractArticle, { workers: 1 });
    const longestGap = lag.stop();
    expect(outcomes.map((outcome) => isExtractionFailure(outcome))).toEqual([false, false, false]);
    expect(outcomes[1]).toEqual(extractArticle(long));
    // Extracting it here held this thread for over half a second.
    expect(longestGap).toBeLessThan(500);
  }, 60_000);

  it('fails an article over the budget with its reason and extracts every other one', async () => {
    const articles = Array.from({ length: 450 }, (_, index) => small(`s${index}`));
    articles.splice(200, 0, articleOf('flood', [weekdayLine(3_000_000)]));
    const outcomes = await extractWithBudget(articles, extractArticle, { workers: 2, budgetMs: 300 });
    expect(outcomes[200]).toEqual({ articleId: 'flood', reason: 'extraction took over 0.3 s (the file is skipped)' });
    const others = outcomes.filter((_, index) => index !== 200);
    expect(others.every((outcome) => !isExtractionFailure(outcome))).toBe(true);
    expect(others[0]).toEqual(extractArticle(articles[0]!));
    expect(others.at(-1)).toEqual(extractArticle(articles.at(-1)!));
  }, 60_000);

  it('gives an article whose extraction throws its reason instead of failing the rest', async () => {
    const outcomes = await extractWithBudget([small('a'), small('b')], (article) => {
      if (article.id === 'b') throw new Error('a bug in an extractor');
      return extractArticle(article);
    });
    expect(isExtractionFailure(outcomes[0]!)).toBe(false);
    expect(outcomes[1]).toEqual({ articleId: 'b', reason: 'extraction failed (a bug in an extractor)' });
  });
});
