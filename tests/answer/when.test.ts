import { describe, expect, it } from 'vitest';
import { looksAhead } from '../../src/answer/when/news-passages.js';
import { createWhenAnswerer } from '../../src/answer/when.js';
import { article, knowledgeOf } from './when-fixture.js';

const ARTICLES = [
  article('wire-001', 'Oil minister vows to defend output quota', '1987-03-05', [
    'DUBAI, March 5 - The oil minister said the kingdom would defend its output quota.',
    'Ministers from the group met in Geneva on Saturday to review prices.',
    'The group cut its official prices in December, traders said.',
  ]),
  article('wire-002', 'Carmaker to close two plants', '1987-03-10', [
    'The carmaker said it would close two assembly plants.',
    'The company opened its first factory in Brazil in 1957.',
    'Workers at the Brazilian plant went on strike last Wednesday.',
  ]),
  article('bbc-like-003', 'Striker fit for cup final', null, [
    'The striker trained on Monday with no problems, his manager said.',
    'Ambrosio Réyes scored twice when the club won the cup in 1999.',
  ]),
];

describe('createWhenAnswerer', () => {
  const { answer } = createWhenAnswerer(knowledgeOf(ARTICLES));

  it.each([
    ['a weekday event', 'ministers met in Geneva to review prices', '1987-02-28', 'on Saturday', 'wire-001'],
    ['a month event, plural and tense folded', 'group cuts official price', '1986-12', 'in December', 'wire-001'],
    ['a year event', 'first factory opened in Brazil', '1957', 'in 1957', 'wire-002'],
    ['a relative weekday', 'workers strike at Brazilian plant', '1987-03-04', 'last Wednesday', 'wire-002'],
    ['accents do not matter', 'Ambrosio Reyes scored twice in the cup', '1999', 'in 1999', 'bbc-like-003'],
  ])('dates %s', (_rule, query, date, dateText, articleId) => {
    const [first] = answer(query);
    expect(first).toMatchObject({ date, dateText });
    expect(first!.citations[0]!.article).toBe(articleId);
  });

  it('dates the news itself by the publication date, without dateText', () => {
    const [first] = answer('carmaker closes two plants');
    expect(first!.date).toBe('1987-03-10');
    expect(first!.dateText).toBeUndefined();
    expect(first!.citations[0]).toMatchObject({ article: 'wire-002', published: '1987-03-10' });
  });

  it('keeps the words but no date when the article has no publication date', () => {
    const [first] = answer('striker trained with no problems');
    expect(first).toMatchObject({ date: null, dateText: 'on Monday' });
  });

  it('cites the exact supporting sentence', () => {
    const [first] = answer('ministers met in Geneva');
    expect(first!.citations[0]!.passage).toBe('Ministers from the group met in Geneva on Saturday to review prices.');
    expect(first!.event).toBe('Ministers from the group met in Geneva on Saturday to review prices.');
  });

  it.each([
    ['an unrelated question', 'the first moon landing'],
    ['a question sharing one common word', 'the first elections in Peru'],
    ['only function words', 'when did it happen'],
  ])('answers nothing for %s', (_rule, query) => {
    expect(answer(query)).toEqual([]);
  });

  it.each([
    ['the later date', 'record date of the Holvane stock dividend', '1987-05-08'],
    ['the earlier date', 'when is the Holvane stock dividend payable', '1987-05-22'],
  ])('tells two dates of one sentence apart by the words leading to each: %s', (_rule, query, date) => {
    const knowledge = knowledgeOf([
      article('c', 'Dividend', '1987-03-19', [
        'Holvane Inc said its board declared a five pct stock dividend, payable May 22 to holders of record on May 8.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer(query)[0]).toMatchObject({ date });
  });

  it('ranks a headline of news still to come below the date the article gives', () => {
    const knowledge = knowledgeOf([
      article('t', 'ARDENCO, KELFORD SET TO BEGIN HIGH-LEVEL TRADE TALKS IN DUNMORE', '1987-03-02', [
        'Senior officials of Ardenco and Kelford arrived in Dunmore for the round.',
        'The Ardenco-Kelford talks begin tomorrow with high-level discussions on the trade imbalance.',
      ]),
    ]);
    expect(
      createWhenAnswerer(knowledge).answer('when do the high-level Ardenco-Kelford trade talks begin in Dunmore')[0],
    ).toMatchObject({ date: '1987-03-03', dateText: 'tomorrow' });
  });

  it.each([
    ['ARDENCO, KELFORD SET TO BEGIN HIGH-LEVEL TRADE TALKS', true],
    ['CARTEL WILL MEET IN DUNMORE', true],
    ['KELFORD TO SELL UNIT', true],
    ['KELFORD BANK CUTS DISCOUNT RATE TO 5.5 PCT', false],
    ['DUNMORE LOAN TO BANKS', false],
  ])('reads %j as news still to come: %s', (headline, expected) => {
    expect(looksAhead(headline)).toBe(expected);
  });

  it('dates the noun a date stands before, after a determiner', () => {
    const knowledge = knowledgeOf([
      article('g', 'Mine', '1987-03-30', [
        'Holvane said March leaching production at Pinecrest is expected to exceed 2,500 ounces, raising production since the June 5, 1986 start of leaching to 65,000 ounces.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer('when did leaching start at the Pinecrest mine')[0]).toMatchObject({
      date: '1986-06-05',
    });
  });

  it.each([
    ['a title a year dates, among a list of them', 'when did Holloway win the US Open', '1998'],
    ['the first title of the list', 'when did Holloway win the Australian Open', '2000'],
    ['a clause a conjunction opens', 'when did the party say it would not return to Brightsea', '1998'],
    [
      'the noun a year dates, which ends at a preposition',
      'when do Ardenco play Vilnova in Dublin in the final qualifier',
      '2005-10-12',
    ],
    [
      'a year dates its noun alone, a month the clause "when" opens after it',
      'when was the new Dunmore debt settlement program introduced',
      '1986-09',
    ],
    ['a year dates its noun and what follows it', 'when did the crash of the Dunmore market happen', '1982'],
  ])('tells the dates of one sentence apart: %s', (_rule, query, date) => {
    const knowledge = knowledgeOf([
      article('h', 'Champion', null, [
        'Holloway has won three titles, the 2000 Australian Open, Wimbledon in 1999 and the 1998 US Open.',
      ]),
      article('i', 'Conference', null, ['In 1998 the party said it would not return to Brightsea but did so in 2002.']),
      article('j', 'Qualifiers', null, [
        'Ardenco will close their bid to reach the 2006 finals by playing Vilnova in Dublin on 12 October 2005.',
      ]),
      article('m', 'Dunmore shares', '1987-04-08', [
        'Sentiment received a boost in September when, after steps to combat a debt crisis caused by the 1982 crash of the Dunmore market, a new debt settlement program was introduced.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer(query)[0]).toMatchObject({ date });
  });

  it('gives the end of a range to "until when", the words before the range being of both dates', () => {
    const knowledge = knowledgeOf([
      article('k', 'ARDENCO BANK SELLS WARRANTS INTO VILNOVA INK', '1987-04-07', [
        'Ardenco Bank said it is selling 65,000 covered warrants exercisable into shares of Vilnova Ink.',
        'Each warrant entitles the holder to buy 100 shares in the company in the period from May 15, 1987 until August 13, 1993 at an exercise price of 505 yen per share.',
      ]),
    ]);
    const { answer } = createWhenAnswerer(knowledge);
    expect(answer('until when can the Ardenco Bank warrants into Vilnova Ink shares be exercised')[0]).toMatchObject({
      date: '1993-08-13',
    });
    expect(answer('from when can the Ardenco Bank warrants into Vilnova Ink shares be exercised')[0]).toMatchObject({
      date: '1987-05-15',
    });
  });

  it('answers once for one report two versions of a story word a little differently, citing both', () => {
    const knowledge = knowledgeOf([
      article('v1', 'Kelford ruling', null, [
        'The unions say they have already won most of their claims in a $9bn pay deal struck with 12 firms in 1991.',
      ]),
      article('v2', 'Kelford ruling appeal', null, [
        'The unions said they had already won most of their claims in a $9bn pay deal struck with 12 firms in 1991.',
      ]),
    ]);
    const answers = createWhenAnswerer(knowledge).answer('when did the unions strike the $9bn pay deal with 12 firms');
    expect(answers.filter((answer) => answer.date === '1991')).toHaveLength(1);
    expect(answers[0]!.citations.map((citation) => citation.article)).toEqual(['v1', 'v2']);
  });

  it('gives the "to" that closes a range to "until when"', () => {
    const knowledge = knowledgeOf([
      article('k3', 'ARDENCO WARRANT BOND', '1987-06-03', [
        'The warrants may be exercised for shares in Vilnova from May 2, 1987 to October 9, 1991.',
      ]),
    ]);
    const { answer } = createWhenAnswerer(knowledge);
    expect(answer('until when can the warrants on the Vilnova bond be exercised')[0]).toMatchObject({
      date: '1991-10-09',
    });
    expect(answer('from when can the warrants on the Vilnova bond be exercised')[0]).toMatchObject({
      date: '1987-05-02',
    });
  });

  it('gives the bound "until when" asks for over a date the question\'s other words lead to', () => {
    const knowledge = knowledgeOf([
      article('k2', 'ARDENCO UNIT ISSUES WARRANTS', '1987-03-05', [
        'Ardenco Finance is issuing 100,000 currency warrants, lead manager Kelford Bank said.',
        'The warrants are exercisable from the April 2 payment date until March 2, 1989.',
      ]),
    ]);
    const { answer } = createWhenAnswerer(knowledge);
    expect(answer('until when can the Ardenco Finance currency warrants be exercised')[0]).toMatchObject({
      date: '1989-03-02',
    });
  });

  it('does not answer with a date the question itself states', () => {
    const knowledge = knowledgeOf([
      article('f', 'Results', '1987-02-10', [
        'In fiscal 1986, ended November 30, 1986, Holvane reported earnings of 24.8 mln dlrs.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer("when did Holvane's fiscal 1986 end")[0]).toMatchObject({
      date: '1986-11-30',
    });
  });

  it('gives a date that opens its sentence the clause after it', () => {
    const knowledge = knowledgeOf([
      article('e', 'Targets', null, [
        'In 2000, leaders at a summit in Vilnova pledged the economy would outgrow its rivals by 2010.',
      ]),
    ]);
    expect(
      createWhenAnswerer(knowledge).answer('when did leaders pledge in Vilnova the economy would outgrow rivals')[0],
    ).toMatchObject({
      date: '2000',
    });
  });

  it('gives the words leading to the second date of a sentence to that date, not the first', () => {
    const knowledge = knowledgeOf([
      article('r', 'Dividend', '1987-03-19', [
        'Corvane Inc said its board declared a five pct stock dividend, payable May 22 to holders of record on May 8.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer('record date of the Corvane five pct stock dividend')[0]).toMatchObject(
      {
        date: '1987-05-08',
      },
    );
    expect(createWhenAnswerer(knowledge).answer('when is the Corvane stock dividend payable')[0]).toMatchObject({
      date: '1987-05-22',
    });
  });

  it('gives the base of a comparison its own date: "rose to X from Y last year"', () => {
    const knowledge = knowledgeOf([
      article('f', 'Traffic', '1987-04-03', [
        'Corvane Airlines said its March 1987 load factor rose to 65.6 pct from 64.3 pct last year.',
      ]),
    ]);
    expect(
      createWhenAnswerer(knowledge).answer("when did Corvane Airlines' load factor rise to 65.6 pct")[0],
    ).toMatchObject({ date: '1987-03' });
  });

  it.each([
    ['month first', 'Pay July 28', 'Record July one', '1987-07-28'],
    ['day first', 'Pay 28 July', 'Record 1 July', '1987-07-28'],
  ])('answers a dividend question from the lines of a notice, %s', (_order, pay, record, date) => {
    const knowledge = knowledgeOf([
      article('g', 'HOLVANE CHEMICAL CORP SETS REG DIV', '1987-06-18', [
        'WEST LAFAYETTE, Ind., June 18 - Qtly div 15 cts vs 15 cts prior',
        pay,
        record,
      ]),
    ]);
    expect(
      createWhenAnswerer(knowledge).answer('when does Holvane Chemical pay its quarterly dividend')[0],
    ).toMatchObject({ date });
  });

  it('reads an acronym as the name the article spelt out for it', () => {
    const knowledge = knowledgeOf([
      article('d', 'Votes at the bank', '1987-04-29', [
        'Lenders met in Osaka on Tuesday.',
        'Japan wants more votes at the Asian Development Bank (ADB), a delegate said.',
        'Voting shares were debated at length.',
        '"The ADB was set up in 1966 as a partnership," the official said.',
        'The Inter-American Development Bank was set up in 1959 in Washington.',
      ]),
    ]);
    expect(createWhenAnswerer(knowledge).answer('when was the Asian Development Bank set up')[0]).toMatchObject({
      date: '1966',
    });
  });

  it('ranks the event naming the asked name above others', () => {
    const knowledge = knowledgeOf([
      article('a', 'Talks', '1987-03-05', ['Smith met the union leaders on Monday.']),
      article('b', 'Talks', '1987-03-05', ['Jones met the union leaders on Tuesday.']),
    ]);
    const answers = createWhenAnswerer(knowledge).answer('when Jones met union leaders');
    expect(answers[0]).toMatchObject({ dateText: 'on Tuesday', date: '1987-03-03' });
  });

  // Speed is measured by `npm run bench` (bench-questions), not asserted here: a busy machine would decide it.
  it('finds the asked event among 5,000 articles', () => {
    const many = Array.from({ length: 5_000 }, (_, index) =>
      article(`bulk-${index}`, `Company ${index} reports results`, '1987-04-01', [
        `Company ${index} said profits rose in March after sales of unit ${index % 97} last Tuesday.`,
      ]),
    );
    const { answer: bulk } = createWhenAnswerer(knowledgeOf(many));
    expect(bulk('profits of company 42 rose in March')[0]!.citations[0]!.article).toBe('bulk-42');
  });
});

describe('createWhenAnswerer and the tense of the question', () => {
  const { answer } = createWhenAnswerer(
    knowledgeOf([
      article('wire-101', 'Ardenco raises nickel output', '1987-03-30', [
        'TOKYO, March 30 - Ardenco Mining said it will produce 1,750 tonnes of nickel monthly from April 1.',
        'Ardenco produced 1,800 tonnes of nickel a month until end-1986, but cut output in January, an official said.',
      ]),
    ]),
  );

  it('prefers a date still to come for a question in the future', () => {
    const [first] = answer('from when will Ardenco produce 1,750 tonnes of nickel a month');
    expect(first).toMatchObject({ date: '1987-04-01', dateText: 'from April 1' });
  });

  it('leaves a question in the past to the words alone', () => {
    const [first] = answer('when did Ardenco cut nickel output');
    expect(first).toMatchObject({ date: '1987-01', dateText: 'in January' });
  });
});
