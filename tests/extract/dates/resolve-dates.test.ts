import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/dates/index.js';
import { newsArticle } from './article-fixture.js';

interface Row {
  rule: string;
  published: string | null;
  text: string;
  dateText: string;
  date: string | null;
}

// Thursday 1987-03-05 and Thursday 2017-12-14 are the reference days of most rows.
const ROWS: Row[] = [
  // explicit dates without a year: the past one, unless the clause looks ahead
  {
    rule: 'month day, past',
    published: '2017-12-14',
    text: 'On November 19, rebels were driven out of the border town.',
    dateText: 'On November 19',
    date: '2017-11-19',
  },
  {
    rule: 'month day, future clause',
    published: '2017-12-14',
    text: 'The talks will resume on January 9 in Geneva.',
    dateText: 'on January 9',
    date: '2018-01-09',
  },
  {
    rule: 'month day, payable',
    published: '1987-03-02',
    text: 'The dividend is payable April 10 to holders of record March 20.',
    dateText: 'April 10',
    date: '1987-04-10',
  },
  {
    rule: 'month day, record date',
    published: '1987-03-02',
    text: 'The dividend is payable April 10 to holders of record March 20.',
    dateText: 'March 20',
    date: '1987-03-20',
  },
  {
    rule: 'agency abbreviation',
    published: '1987-03-05',
    text: 'The bank raised its prime rate on Feb 26, dealers said.',
    dateText: 'on Feb 26',
    date: '1987-02-26',
  },
  {
    rule: 'abbreviation with a dot',
    published: '1987-10-05',
    text: 'The strike began Sept. 30 at the main plant.',
    dateText: 'Sept. 30',
    date: '1987-09-30',
  },
  {
    rule: 'near day beats a year away',
    published: '1987-04-09',
    text: 'The board extended the offer to April 13, the company said.',
    dateText: 'to April 13',
    date: '1987-04-13',
  },
  {
    rule: 'day month year (British)',
    published: null,
    text: 'The ferry sank off the coast on 12 October 2005, officials said.',
    dateText: 'on 12 October 2005',
    date: '2005-10-12',
  },
  {
    rule: 'month day year',
    published: '2020-11-26',
    text: 'Soldiers move toward the front line in the old city, March 17, 2017.',
    dateText: 'March 17, 2017',
    date: '2017-03-17',
  },
  {
    rule: 'weekday merged into a date',
    published: '1987-03-05',
    text: 'The accord was signed on Tuesday, March 3, in Paris.',
    dateText: 'on Tuesday, March 3',
    date: '1987-03-03',
  },
  // weekdays
  {
    rule: 'bare weekday is the past one',
    published: '1987-03-05',
    text: 'The minister met union leaders on Saturday in the capital.',
    dateText: 'on Saturday',
    date: '1987-02-28',
  },
  {
    rule: 'weekday of publication is today',
    published: '1987-03-05',
    text: 'Shares closed higher on Thursday in active trading.',
    dateText: 'on Thursday',
    date: '1987-03-05',
  },
  {
    rule: 'last weekday',
    published: '1987-03-05',
    text: 'The plant was closed last Wednesday after a fire.',
    dateText: 'last Wednesday',
    date: '1987-03-04',
  },
  {
    rule: '"this" weekday later in the week, in a past-tense sentence',
    published: '1987-03-17',
    text: 'The board published a notice yesterday in which it set out the rules to be followed this Friday.',
    dateText: 'this Friday',
    date: '1987-03-20',
  },
  {
    rule: '"this" weekday earlier in the week',
    published: '1987-03-18',
    text: 'The board said this Monday that sales fell.',
    dateText: 'this Monday',
    date: '1987-03-16',
  },
  {
    rule: 'a month ahead in a present-perfect clause, which takes no stated past time',
    published: '1987-03-18',
    text: 'The ministry has granted permits to buy grain to avoid a shortage during the harvest fair in May.',
    dateText: 'in May',
    date: '1987-05',
  },
  {
    rule: 'the end of the month of writing, ahead',
    published: '1987-03-05',
    text: 'The new fund will open before the end of the month, officials said.',
    dateText: 'the end of the month',
    date: '1987-03',
  },
  {
    rule: 'the end of the year, in the past: the year before the one of writing',
    published: '1987-03-05',
    text: 'Although the sale was completed by the end of the year, payments went on.',
    dateText: 'the end of the year',
    date: '1986',
  },
  {
    rule: 'the start of the year of writing, in the past',
    published: '1987-03-05',
    text: 'Prices stood at 40 dlrs at the start of the year.',
    dateText: 'the start of the year',
    date: '1987',
  },
  {
    rule: 'next weekday',
    published: '1987-03-05',
    text: 'The committee meets again next Monday.',
    dateText: 'next Monday',
    date: '1987-03-09',
  },
  {
    rule: 'weekday with part of day',
    published: '1987-03-05',
    text: 'The envoy held talks with the president Tuesday morning.',
    dateText: 'Tuesday morning',
    date: '1987-03-03',
  },
  {
    rule: 'weekday in a future clause',
    published: '1987-03-05',
    text: 'Talks are due to begin in Moscow on Wednesday.',
    dateText: 'on Wednesday',
    date: '1987-03-11',
  },
  {
    rule: 'said on weekday it will',
    published: '1987-03-05',
    text: 'The company said on Tuesday it will close two refineries.',
    dateText: 'on Tuesday',
    date: '1987-03-03',
  },
  {
    rule: 'attribution after a comma does not date it',
    published: '1987-03-27',
    text: 'The envoy is due back in Lagos on Monday, diplomatic sources said.',
    dateText: 'on Monday',
    date: '1987-03-30',
  },
  {
    rule: 'said it would, from a weekday',
    published: '1987-06-29',
    text: 'The carmaker said it would give 10 days leave to its workforce from Wednesday.',
    dateText: 'from Wednesday',
    date: '1987-07-01',
  },
  {
    rule: 'a hedged month stays past when near',
    published: '1987-04-07',
    text: 'Records set in March could be surpassed in coming months.',
    dateText: 'in March',
    date: '1987-03',
  },
  {
    rule: 'a hedged month takes the nearer year, ahead too',
    published: '1987-03-31',
    text: 'The firm hopes to sell the fuel across the region by the beginning of June.',
    dateText: 'the beginning of June',
    date: '1987-06',
  },
  {
    rule: '"last" before a month and day',
    published: '1987-03-20',
    text: 'The naira has fallen since the auctions began last September 26.',
    dateText: 'last September 26',
    date: '1986-09-26',
  },
  // yesterday, today, tomorrow
  {
    rule: 'yesterday',
    published: '1987-03-05',
    text: 'The central bank cut its discount rate yesterday.',
    dateText: 'yesterday',
    date: '1987-03-04',
  },
  {
    rule: 'today',
    published: '1987-03-05',
    text: 'Farmers marched through the city today in protest.',
    dateText: 'today',
    date: '1987-03-05',
  },
  {
    rule: 'tomorrow',
    published: '1987-03-05',
    text: 'The results will be published tomorrow.',
    dateText: 'tomorrow',
    date: '1987-03-06',
  },
  // months
  {
    rule: 'month is past-biased',
    published: '1987-03-09',
    text: 'Output of lead fell in January from a year earlier.',
    dateText: 'in January',
    date: '1987-01',
  },
  {
    rule: 'month later in the year is last year',
    published: '2017-12-14',
    text: 'In relevant remarks in October, the president urged unity.',
    dateText: 'in October',
    date: '2017-10',
  },
  {
    rule: 'month before publication month',
    published: '1987-03-09',
    text: 'The mine was shut in October after a flood.',
    dateText: 'in October',
    date: '1986-10',
  },
  {
    rule: 'last month name',
    published: '1987-03-18',
    text: 'The government has deposited funds with the bank since last October.',
    dateText: 'last October',
    date: '1986-10',
  },
  {
    rule: 'last month name, same month',
    published: '1987-09-18',
    text: 'Prices have doubled since last September.',
    dateText: 'last September',
    date: '1986-09',
  },
  {
    rule: 'month in a future clause',
    published: '1987-03-25',
    text: 'The company will introduce a new line of products in May.',
    dateText: 'in May',
    date: '1987-05',
  },
  {
    rule: 'month and year',
    published: '1987-03-16',
    text: 'The strike ended in May 1986 after 70 days.',
    dateText: 'in May 1986',
    date: '1986-05',
  },
  {
    rule: 'a deadline month takes the nearer reading',
    published: '1987-10-20',
    text: 'Sri Lanka has postponed until November its tender for wheat.',
    dateText: 'until November',
    date: '1987-11',
  },
  {
    rule: 'month of last year',
    published: '1987-03-06',
    text: 'In January last year, the capital account showed a surplus.',
    dateText: 'In January last year',
    date: '1986-01',
  },
  {
    rule: 'month a year ago',
    published: '1987-06-19',
    text: 'Receipts were up from 46.25 billion dlrs in May a year ago.',
    dateText: 'in May a year ago',
    date: '1986-05',
  },
  {
    rule: 'last month',
    published: '1987-03-18',
    text: 'Exports rose sharply last month, the ministry said.',
    dateText: 'last month',
    date: '1987-02',
  },
  {
    rule: 'last week gives only its month',
    published: '1987-03-04',
    text: 'Provisional figures released last week showed a fall.',
    dateText: 'last week',
    date: '1987-02',
  },
  {
    rule: 'commodity delivery month looks ahead',
    published: '1987-04-01',
    text: 'Coffee for delivery in May ended at 99.28 cents a pound.',
    dateText: 'in May',
    date: '1987-05',
  },
  // years, seasons, spans
  {
    rule: 'year',
    published: '2017-12-14',
    text: 'The group declared its caliphate in 2014.',
    dateText: 'in 2014',
    date: '2014',
  },
  {
    rule: 'season of a year',
    published: '2017-12-14',
    text: 'The militants advanced rapidly in the summer of 2014, seizing towns.',
    dateText: 'in the summer of 2014',
    date: '2014',
  },
  {
    rule: 'late year',
    published: '2020-11-26',
    text: 'The government declared final victory over the group in late 2017.',
    dateText: 'in late 2017',
    date: '2017',
  },
  {
    rule: 'mid year',
    published: '1987-06-18',
    text: 'The plant is scheduled for completion in mid-1989.',
    dateText: 'in mid-1989',
    date: '1989',
  },
  {
    rule: 'earlier this year',
    published: '1987-10-19',
    text: 'The loans were placed on non-accrual status earlier this year.',
    dateText: 'earlier this year',
    date: '1987',
  },
  {
    rule: 'last year',
    published: '1987-03-20',
    text: 'The company had sales of 209 mln dlrs last year.',
    dateText: 'last year',
    date: '1986',
  },
  {
    rule: 'next year',
    published: '1987-03-20',
    text: 'The tax cuts take effect next year.',
    dateText: 'next year',
    date: '1988',
  },
  {
    rule: 'years ago',
    published: '1987-03-20',
    text: 'He won the title in Mexico two years ago.',
    dateText: 'two years ago',
    date: '1985',
  },
  {
    rule: 'last summer',
    published: '1987-03-20',
    text: 'The drought that hit the region last summer cut yields.',
    dateText: 'last summer',
    date: '1986',
  },
  {
    rule: 'fiscal year',
    published: '1987-03-11',
    text: 'Numac expects better results during fiscal 1987.',
    dateText: 'during fiscal 1987',
    date: '1987',
  },
  // no publication date: the words stay, relative dates stay unresolved, absolute ones resolve
  {
    rule: 'weekday without publication date',
    published: null,
    text: 'The striker trained on Monday with no problems.',
    dateText: 'on Monday',
    date: null,
  },
  {
    rule: 'month without publication date',
    published: null,
    text: 'Mortgage lending rose by 7bn pounds in December.',
    dateText: 'in December',
    date: null,
  },
  {
    rule: 'year without publication date',
    published: null,
    text: "Germany's economy shrank in 2003, the office said.",
    dateText: 'in 2003',
    date: '2003',
  },
  // Years as history and as modifiers of a noun.
  {
    rule: 'a year before 1900 after "in"',
    published: null,
    text: 'That happened in 1801 after she had left the city.',
    dateText: 'in 1801',
    date: '1801',
  },
  {
    rule: 'a year modifying a noun',
    published: null,
    text: 'Euronext has a London presence thanks to its 2001 acquisition of a futures exchange.',
    dateText: 'its 2001',
    date: '2001',
  },
  {
    rule: 'a notice\'s "Pay May One": May is the month after a notice word',
    published: '1987-03-24',
    text: 'Pay May One',
    dateText: 'May One',
    date: '1987-05-01',
  },
  {
    rule: 'a week of a month, whole',
    published: '1987-03-25',
    text: 'The company said it expects to release first quarter results in the third week in April.',
    dateText: 'the third week in April',
    date: '1987-04',
  },
  {
    rule: "a year after a name's possessive, before a common noun",
    published: '1987-03-16',
    text: "The order settled charges that Ardenco's 1981 acquisition of a rival reduced competition.",
    dateText: "Ardenco's 1981",
    date: '1981',
  },
  // The tense of a year-less date: a modal outweighs a word in -ed nearer the date.
  {
    rule: 'a future clause with an adjective in -ed before the date',
    published: '1987-03-12',
    text: 'The company said it will redeem all its convertible preferred stock on April 15.',
    dateText: 'on April 15',
    date: '1987-04-15',
  },
  {
    rule: 'a meeting moved to a new date',
    published: '1987-03-16',
    text: 'It said it rescheduled its annual meeting to Monday, May 11, at its office.',
    dateText: 'to Monday, May 11',
    date: '1987-05-11',
  },
  {
    rule: 'a deadline in a future clause',
    published: '1987-04-08',
    text: 'The ministry will revise its long-term energy outlook by August, officials said.',
    dateText: 'by August',
    date: '1987-08',
  },
  {
    rule: 'a day some weeks ahead and most of a year back is ahead, whatever the verb',
    published: '1987-03-06',
    text: 'Its board authorized the redemption on April 20 of the bonds.',
    dateText: 'on April 20',
    date: '1987-04-20',
  },
];

describe('extractEvents resolves each rule against the publication date', () => {
  it.each(ROWS)('$rule: "$dateText" -> $date', ({ published, text, dateText, date }) => {
    const events = extractEvents(newsArticle([text], published));
    const event = events.find((candidate) => candidate.dateText === dateText);
    expect(event, `found ${JSON.stringify(events.map((e) => e.dateText))}`).toBeDefined();
    expect(event!.date).toBe(date);
  });
});
