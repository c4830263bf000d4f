import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractEvents } from '../../../src/extract/dates/index.js';
import { newsArticle } from './article-fixture.js';

describe('extractEvents', () => {
  afterEach(() => vi.useRealTimers());

  it('cites the exact sentence and its paragraph', () => {
    const article = newsArticle(
      ['The minister arrived in the capital.', 'He left for Geneva. Talks began there on Monday, aides said.'],
      '1987-03-05',
    );
    expect(extractEvents(article)).toEqual([
      {
        paragraph: 1,
        sentence: 'Talks began there on Monday, aides said.',
        date: '1987-03-02',
        dateText: 'on Monday',
        event: 'Talks began there on Monday, aides said.',
      },
    ]);
  });

  it('dates a range of months sharing its year by its first month', () => {
    const [event] = extractEvents(newsArticle(['The survey was run online between March and April 2004.'], null));
    expect([event!.dateText, event!.date]).toEqual(['between March and April 2004', '2004-03']);
  });

  it('takes the clause that holds the date as the event', () => {
    const [event] = extractEvents(
      newsArticle(['Exports fell sharply in January; imports rose by a third over the same quarter.'], '1987-03-05'),
    );
    expect(event!.event).toBe('Exports fell sharply in January');
  });

  it('skips an agency dateline, which only restates the publication date', () => {
    const events = extractEvents(
      newsArticle(['WASHINGTON, Feb 26 - The department said prices rose after February 25.'], '1987-02-26'),
    );
    expect(events.map((event) => event.dateText)).toEqual(['after February 25']);
  });

  it('dates the lines of a dividend notice, short as they are', () => {
    const events = extractEvents(
      newsArticle(
        ['NEW YORK, March 2 - Qtly div 15 cts vs 15 cts prior', 'Pay April 28', 'Record April one'],
        '1987-03-02',
      ),
    );
    expect(events.map((event) => [event.dateText, event.date])).toEqual([
      ['April 28', '1987-04-28'],
      ['April one', '1987-04-01'],
    ]);
  });

  it('dates a notice line ahead, however far the month, and reads a day spelled in capitals', () => {
    const events = extractEvents(
      newsArticle(['DALLAS, June 18 - Qtly div 2 cts vs 2 cts prior', 'Pay Oct One', 'Record Sept 3'], '1987-06-18'),
    );
    expect(events.map((event) => [event.dateText, event.date])).toEqual([
      ['Oct One', '1987-10-01'],
      ['Sept 3', '1987-09-03'],
    ]);
  });

  it('skips a sentence that is only a date', () => {
    expect(
      extractEvents(newsArticle(['Almaty. December 14. The minister warned of recruitment.'], '2017-12-14')),
    ).toEqual([]);
  });

  it('finds the date of a photo caption in the body', () => {
    const [event] = extractEvents(
      newsArticle(
        ['Soldiers move toward the front line during fighting in western Mosul, Iraq, March 17, 2017.'],
        '2020-11-26',
      ),
    );
    expect(event).toMatchObject({ date: '2017-03-17', dateText: 'March 17, 2017' });
  });

  it('never resolves against the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
    const undated = extractEvents(newsArticle(['The talks began on Saturday and ended yesterday.'], null));
    expect(undated.map((event) => [event.dateText, event.date])).toEqual([
      ['on Saturday', null],
      ['yesterday', null],
    ]);
    const dated = extractEvents(newsArticle(['The talks began on Saturday.'], '1987-03-05'));
    expect(dated[0]!.date).toBe('1987-02-28');
  });
});
