import { describe, expect, it } from 'vitest';
import { findExpressions } from '../../../src/extract/dates/index.js';

describe('findExpressions', () => {
  it.each([
    ['a company named May', 'Investors bought a stake in May Department Stores Co.'],
    ['a newspaper named after a weekday', 'A poll for The Sunday Times showed the party ahead.'],
    ["a weekday before a newspaper's noun", 'The book, by Sunday Telegraph journalist Ann Marlow, said so.'],
    ['a show named after a weekday', 'Previous winners have included Saturday Night Takeaway.'],
    ['a song named after a weekday', 'Songs like Sunday Bloody Sunday brought success.'],
    ['a programme called Today', 'She said on NBC\'s "Today" program that the veto would hold.'],
    ['a holiday named after a weekday', 'Markets were shut for Good Friday.'],
    ["a channel's weekday slot", "She has hosted Kelford TV's Saturday morning children's music show for years."],
    ['a bare year used as a label', 'NOTE: 1986 net includes a tax gain of 500,000 dlrs.'],
    ['a quantity after a month name', 'Sales in the period rose to May 15 pct above target.'],
    ['a year out of range', 'The company sold 1,500 tonnes in 1250 lots.'],
    ['no temporal word at all', 'The ministry said the measures would help exporters.'],
    ['an impossible day', 'The notes mature on February 30.'],
    ['an amount due', 'Payments due 1500 dlrs a month were missed.'],
  ])('finds nothing in %s', (_rule, sentence) => {
    expect(findExpressions(sentence).map((expression) => expression.text)).toEqual([]);
  });

  it('takes no month before a noun for the start of a range', () => {
    const texts = findExpressions('Growth slowed in the July to September period.').map(
      (expression) => expression.text,
    );
    expect(texts).not.toContain('the July');
  });

  it.each([
    ['keeps the longest of overlapping forms', 'The fighting eased in the summer of 2014.', ['in the summer of 2014']],
    ['a month before a noun', 'It follows a January outline agreement between the two.', ['a January']],
    [
      'a range of months sharing its year, whole',
      'The survey was run online between March and April 2004.',
      ['between March and April 2004'],
    ],
    ['the year a debt falls due', 'It sold 100 mln dlrs of notes due 1997 yielding 8.66 pct.', ['due 1997']],
    ['the final quarter of a year', 'Donations rose in the final quarter of 2004.', ['in the final quarter of 2004']],
    [
      'a quarter and a year-end as wire copy writes them, without "the"',
      'Shipments start in third quarter of 1988 and finish by year-end 1989.',
      ['in third quarter of 1988', 'by year-end 1989'],
    ],
    ["a year's possessive before an amount", "The loss was lower than 2003's $1.2bn loss.", ["2003's"]],
    ["a year after a common noun's possessive", "The firm's 2003 loss was the largest.", ["firm's 2003"]],
    ["a year's possessive before a noun", "Her first film was 1995's fantasy movie Little Harbour.", ["1995's"]],
    ["not a decade's", "The fund grew in the 1980's boom.", []],
    ['a spelled day and its year', 'Per share amounts reflect a dividend paid June two, 1987.', ['June two, 1987']],
    [
      'finds several expressions in text order',
      'Production fell in February from 38,759 tons in January.',
      ['in February', 'in January'],
    ],
    ['reads a sentence-initial preposition', 'On November 19, the army entered the town.', ['On November 19']],
    [
      'reads a span of two dates',
      'The period was extended from September 30, 1987 to December 31, 1987.',
      ['from September 30, 1987', 'to December 31, 1987'],
    ],
    ['reads a month before a noun after "said"', 'Air Co said February load factor fell to 42.9 pct.', ['February']],
    ['reads a month after "as early as"', 'Sources expect approval as early as April.', ['as early as April']],
    ['keeps "later in" with its month', 'Sowing will start in the north later in May.', ['later in May']],
    ['reads a year an adjective stands before', 'Its win in the famous 1991 vote was a surprise.', ['the famous 1991']],
    ['reads no base of a comparison as a date', 'Sales were 2.1 pct above the same 1985 quarter.', []],
    ['keeps "earlier in" with its year', 'The firm said earlier in 1986 it would sell.', ['earlier in 1986']],
    ['reads a month joined to "end"', 'The yield was 9.24 pct at the end-March auction.', ['end-March']],
    ['takes no "end" apart from its month', 'The end March figure was low.', []],
    ['reads a capitalised relative expression', 'Last year the firm lost money.', ['Last year']],
    ['reads a British day-month date', 'The show opens on 12 October in London.', ['on 12 October']],
    ['reads a day spelled out', 'It plans to redeem on May one all outstanding notes.', ['on May one']],
    ['takes no number word that counts something', 'On May one of the plants closed.', ['On May']],
    [
      'reads a spelled day with no "on"',
      'It is payable April one to holders of record March 20.',
      ['April one', 'March 20'],
    ],
    ['reads a spelled day in a notice line', 'Pay July six', ['July six']],
    ['takes "May" and a number word for the verb without "on"', 'In May one analyst said so.', ['In May']],
    [
      'takes no spelled day before a unit',
      'Prices rose in March nine pct from February.',
      ['in March', 'from February'],
    ],
    ['the start of a span of years before a noun', 'He was never tried for his 1973-90 rule.', ['his 1973']],
    ['a year after "into"', 'The curbs will continue into 2005, media report.', ['into 2005']],
    ['an early year after an event and "of"', 'The film is set during the Indian mutiny of 1857.', ['of 1857']],
    ['no early year after another "of"', 'The index hit a high of 1850 points.', []],
    ['no start of two years in a row, a fiscal year', 'It forecasts the 1987-88 deficit at 1.9 billion.', []],
  ])('%s', (_rule, sentence, expected) => {
    expect(findExpressions(sentence).map((expression) => expression.text)).toEqual(expected);
  });

  it('gives offsets of the exact words in the sentence', () => {
    const sentence = 'The envoy arrived in Tehran on Saturday for talks.';
    const [expression] = findExpressions(sentence);
    expect(sentence.slice(expression!.start, expression!.end)).toBe('on Saturday');
  });
});

describe('findExpressions: the end of a named fiscal year', () => {
  const yearOf = (sentence: string, text: string): number | null | undefined => {
    const found = findExpressions(sentence).find((expression) => expression.text === text)?.value;
    return found && (found.kind === 'day' || found.kind === 'month') ? found.year : undefined;
  };
  it.each([
    ['a split year ending', 'The mines produced 222,000 ounces in 1985/86 ended June 17.', 'June 17', 1986],
    ['a split year with "year"', 'The surplus will narrow in the 1987/88 year ending March 31.', 'March 31', 1988],
    ['a split year with a comma', 'Output rose in 1986/87, ending September 30, the group said.', 'September 30', 1987],
    ['fiscal and one year', 'It earned 3 mln dlrs in fiscal 1986, ended October 31.', 'October 31', 1986],
    ['fiscal year and one year', 'Sales rose in fiscal year 1987 ending in March.', 'in March', 1987],
    [
      'a part of the year ends elsewhere',
      'Profit fell in the first quarter of fiscal 1987, ended December 28.',
      'December 28',
      null,
    ],
    ['months of the year', 'Sales rose in the seven months of fiscal 1986/87 ending June 30.', 'June 30', null],
    ['a calendar year is no fiscal year', 'Profit rose in 1986 ending March 31, it said.', 'March 31', null],
    ['two years apart are no fiscal year', 'Between 1984/86 ended June 30 sales rose.', 'June 30', null],
    ['no fiscal year before the date', 'The notes will be redeemed on June 30.', 'on June 30', null],
  ])('%s', (_rule, sentence, text, year) => {
    expect(yearOf(sentence, text)).toBe(year);
  });
});
