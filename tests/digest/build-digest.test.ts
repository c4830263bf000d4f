import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { groupDuplicates } from '../../src/corpus/duplicates.js';
import { emptyKnowledge, knowledgeOf, makeArticle, storyBody } from './support/articles.js';

const now = new Date('2024-05-02T07:00:00Z');

describe('groupDuplicates', () => {
  const body = storyBody('Nordbank');
  const cases = [
    {
      name: 'exact copies from two agencies fold into one',
      articles: [
        makeArticle({ id: 'a', paragraphs: body, source: 'Reuters', title: 'NORDBANK UNVEILS PLAN' }),
        makeArticle({ id: 'b', paragraphs: body, source: 'AP', title: 'Nordbank plan unveiled' }),
      ],
      groups: [['a', 'b']],
    },
    {
      name: 'a syndicated copy with an edited sentence folds too',
      articles: [
        makeArticle({ id: 'a', paragraphs: body }),
        makeArticle({
          id: 'b',
          paragraphs: [...body.slice(0, -1), 'The bank declined to comment further on Tuesday.'],
        }),
      ],
      groups: [['a', 'b']],
    },
    {
      name: 'different stories stay apart',
      articles: [
        makeArticle({ id: 'a', paragraphs: body }),
        makeArticle({ id: 'b', paragraphs: storyBody('Eastfield Mining') }),
      ],
      groups: [['a'], ['b']],
    },
    {
      name: 'identical one-line notices of two companies stay apart',
      articles: [
        makeArticle({
          id: 'a',
          title: 'ACME CORP SETS QUARTERLY DIVIDEND',
          paragraphs: ['Qtly div 10 cts vs 10 cts prior, pay April 1'],
        }),
        makeArticle({
          id: 'b',
          title: 'ZENITH FOODS DECLARES PAYOUT',
          paragraphs: ['Qtly div 10 cts vs 10 cts prior, pay April 1'],
        }),
      ],
      groups: [['a'], ['b']],
    },
    {
      name: 'a weekly report reusing last week\u2019s wording is a new story',
      articles: [
        makeArticle({
          id: 'a',
          published: '2024-03-05',
          paragraphs: [...body, 'Shipments in the week were 1.2 mln tonnes.'],
        }),
        makeArticle({
          id: 'b',
          published: '2024-03-19',
          paragraphs: [...body, 'Shipments in the week were 1.4 mln tonnes.'],
        }),
      ],
      groups: [['a'], ['b']],
    },
  ];
  it.each(cases)('$name', ({ articles, groups }) => {
    const found = groupDuplicates(articles).map((group) => group.map((article) => article.id).sort());
    expect(found.sort()).toEqual(groups);
  });
});

describe('buildDigest', () => {
  it('lists stories newest first, undated last, with every source of a folded story', () => {
    const articles = [
      makeArticle({
        id: 'old',
        published: '2024-04-01',
        paragraphs: storyBody('Old Harbour'),
        title: 'Harbour reopens',
      }),
      makeArticle({ id: 'undated', paragraphs: storyBody('Undated Mill'), title: 'Mill closes' }),
      makeArticle({
        id: 'new-r',
        published: '2024-05-01',
        paragraphs: storyBody('Nordbank'),
        title: 'Nordbank plan',
        url: 'https://example.com/r',
      }),
      makeArticle({
        id: 'new-ap',
        published: '2024-04-30',
        source: 'AP',
        paragraphs: storyBody('Nordbank'),
        title: 'Bank plan',
      }),
    ];
    const digest = buildDigest({ articles, knowledge: emptyKnowledge, since: '2024-04-01', generatedAt: now });
    expect(digest.entries.map((entry) => entry.articleId)).toEqual(['new-r', 'old', 'undated']);
    expect(digest.entries[0]).toMatchObject({
      title: 'Nordbank plan',
      url: 'https://example.com/r',
      sources: ['Reuters', 'AP'],
    });
    expect(digest.entries[0]?.copies.map((copy) => copy.articleId)).toEqual(['new-r', 'new-ap']);
    expect(digest.articleCount).toBe(4);
  });

  it('caps the list and counts the stories left out', () => {
    const articles = Array.from({ length: 7 }, (_, index) =>
      makeArticle({ id: `s${index}`, published: `2024-04-0${index + 1}`, paragraphs: storyBody(`Company${index}`) }),
    );
    const digest = buildDigest({
      articles,
      knowledge: emptyKnowledge,
      since: null,
      generatedAt: now,
      limits: { entries: 3 },
    });
    expect(digest.entries.map((entry) => entry.articleId)).toEqual(['s6', 's5', 's4']);
    expect(digest.omittedEntries).toBe(4);
  });

  it('analyses only the newest articles of a huge digest and counts the older ones', () => {
    const articles = Array.from({ length: 6 }, (_, index) =>
      makeArticle({ id: `s${index}`, published: `2024-04-0${index + 1}`, paragraphs: storyBody(`Firm${index}`) }),
    );
    const digest = buildDigest({
      articles,
      knowledge: emptyKnowledge,
      since: null,
      generatedAt: now,
      limits: { articles: 4, entries: 3 },
    });
    expect(digest.entries.map((entry) => entry.articleId)).toEqual(['s5', 's4', 's3']);
    expect(digest).toMatchObject({ articleCount: 6, omittedEntries: 1, unanalysedArticles: 2 });
  });

  it('ranks people by stories (a folded story counts once), with roles, quotations and events', () => {
    const copyBody = storyBody('Treasury');
    const articles = [
      makeArticle({ id: 'one', published: '2024-05-01', paragraphs: copyBody }),
      makeArticle({ id: 'one-copy', published: '2024-05-01', source: 'AP', paragraphs: copyBody }),
      makeArticle({ id: 'two', published: '2024-04-30', paragraphs: storyBody('Harbour') }),
    ];
    const location = { paragraph: 0, sentence: 'x' };
    const person = (name: string, role: string | null, mentions: number) => ({
      name,
      variants: [name],
      roles: role ? [{ ...location, role }] : [],
      mentions: Array.from({ length: mentions }, () => location),
    });
    const knowledge = knowledgeOf(
      [
        {
          articleId: 'one',
          people: [person('Maria Lind', 'Finance Minister', 5), person('Jon Berg', null, 1)],
          events: [
            {
              ...location,
              date: '2024-06-01',
              dateText: 'on June 1',
              event: 'The new tax takes effect on June 1, the ministry said in a statement',
            },
            { ...location, date: '2024-04-30', dateText: 'April 30', event: 'OSLO, April 30 - Qtr ended April 30' },
          ],
          quotations: [
            {
              ...location,
              quote: 'We will not raise taxes this year, whatever the markets say',
              speaker: 'Maria Lind',
              speakerKind: 'person',
              passage: 'x',
            },
            {
              ...location,
              quote: 'The outlook remains uncertain for the coming months',
              speaker: 'the report',
              speakerKind: 'document',
              passage: 'x',
            },
          ],
        },
        {
          articleId: 'one-copy',
          people: [person('Maria Lind', 'Finance Minister', 5)],
          events: [],
          quotations: [],
        },
        {
          articleId: 'two',
          people: [person('Jon Berg', 'harbour master', 2), person('Lind', null, 1)],
          events: [
            {
              ...location,
              date: '2024',
              dateText: 'this year',
              event: 'The harbour authority will expand the container terminal this year',
            },
            {
              ...location,
              date: '2024-05-02',
              dateText: 'May 2',
              event: 'Talks resume on May 2 and again on May 9 between the port and the union',
            },
            {
              ...location,
              date: '2024-05-09',
              dateText: 'May 9',
              event: 'Talks resume on May 2 and again on May 9 between the port and the union',
            },
          ],
          quotations: [],
        },
      ],
      {
        persons: [
          {
            name: 'Maria Lind',
            variants: ['Maria Lind', 'Lind'],
            roles: [],
            articleIds: ['one', 'two'],
            mentionCount: 6,
          },
          { name: 'Jon Berg', variants: ['Jon Berg'], roles: [], articleIds: ['one', 'two'], mentionCount: 3 },
        ],
        byArticleName: { 'one\u0000Maria Lind': 0, 'one\u0000Jon Berg': 1, 'two\u0000Jon Berg': 1, 'two\u0000Lind': 0 },
      },
    );
    const digest = buildDigest({ articles, knowledge, since: null, generatedAt: now });
    expect(digest.people).toEqual([
      { name: 'Maria Lind', role: 'Finance Minister', stories: 2, mentions: 6 },
      { name: 'Jon Berg', role: 'harbour master', stories: 2, mentions: 3 },
    ]);
    expect(digest.quotations[0]).toMatchObject({
      speaker: 'Maria Lind',
      quote: expect.stringContaining('raise taxes'),
    });
    expect(digest.quotations).toHaveLength(1);
    // One line per sentence, no datelines, newest first like the stories (a year after its days).
    expect(digest.events.map((event) => event.date)).toEqual(['2024-06-01', '2024-05-02', '2024']);
  });
});
