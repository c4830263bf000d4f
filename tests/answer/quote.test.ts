import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import type { Article } from '../../src/corpus/article.js';
import type { ArticleExtraction, PersonRecord, Quotation, SpeakerKind } from '../../src/extract/types.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

function article(id: string, paragraphs: string[]): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Title ${id}`,
    published: '2020-11-26',
    source: 'Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}

function quotation(paragraph: string, quote: string, speaker: string, speakerKind: SpeakerKind = 'person'): Quotation {
  return { paragraph: 0, sentence: paragraph, quote, speaker, speakerKind, passage: paragraph };
}

function record(name: string, variants: string[], articleIds: string[], mentionCount = 3): PersonRecord {
  return { name, variants, roles: [], articleIds, mentionCount };
}

const P1 = '"Iraq needs intelligence cooperation to defeat the militants," Hussein said.';
const P2 = '"The militant group still exists and has become more active," the minister added.';
const P3 = '"We will not allow the militants to recover in Iraq," Shamkhani said.';
const P4 = '"Output of crude oil will rise next year," the report said.';
const P5 = '"Hussein is welcome in Tehran at any time," Shamkhani said.';

function buildKnowledge(): Knowledge {
  const articles = [
    article('a1', [P1, P2]),
    article('a2', [P3, P5]),
    article('a3', [P4]),
    article('a4', ['Angela Merkel spoke.']),
  ];
  const extractions: ArticleExtraction[] = [
    {
      articleId: 'a1',
      people: [],
      events: [],
      quotations: [
        quotation(P1, 'Iraq needs intelligence cooperation to defeat the militants', 'Hussein'),
        quotation(P2, 'The militant group still exists and has become more active', 'Hussein'),
      ],
    },
    {
      articleId: 'a2',
      people: [],
      events: [],
      quotations: [
        quotation(P3, 'We will not allow the militants to recover in Iraq', 'Ali Shamkhani'),
        quotation(P5, 'Hussein is welcome in Tehran at any time', 'Ali Shamkhani'),
      ],
    },
    {
      articleId: 'a3',
      people: [],
      events: [],
      quotations: [quotation(P4, 'Output of crude oil will rise next year', 'the report', 'document')],
    },
    { articleId: 'a4', people: [], events: [], quotations: [] },
  ];
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(extractions.map((item) => [item.articleId, item])),
    people: {
      persons: [
        record('Fuad Hussein', ['Fuad Hussein', 'Hussein'], ['a1', 'a2']),
        record('Ali Shamkhani', ['Ali Shamkhani', 'Shamkhani'], ['a2']),
        record('Angela Merkel', ['Angela Merkel'], ['a4']),
      ],
      byArticleName: {
        'a1\u0000Hussein': 0,
        'a2\u0000Ali Shamkhani': 1,
        'a2\u0000Shamkhani': 1,
        'a4\u0000Angela Merkel': 2,
      },
    },
  };
}

const answer = createQuoteAnswerer(buildKnowledge());
const speakers = (query: string): string[] => answer(query).map((item) => item.speaker);

describe('/quote by speaker', () => {
  it.each([
    {
      rule: 'the canonical name for an article that says only the surname',
      query: 'Fuad Hussein',
      speaker: 'Fuad Hussein',
      count: 2,
    },
    { rule: 'a surname alone', query: 'Shamkhani', speaker: 'Ali Shamkhani', count: 2 },
    { rule: 'case and accents do not matter', query: 'ali SHAMKHANÍ', speaker: 'Ali Shamkhani', count: 2 },
    { rule: 'a title before the name', query: 'Minister Hussein', speaker: 'Fuad Hussein', count: 2 },
  ])('$rule', ({ query, speaker, count }) => {
    const answers = answer(query);
    expect(answers.map((item) => item.speaker)).toEqual(Array(count).fill(speaker));
  });

  it("returns only the named person's quotations, not others' quotations that mention them", () => {
    expect(answer('Hussein').map((item) => item.quote)).toEqual([
      'Iraq needs intelligence cooperation to defeat the militants',
      'The militant group still exists and has become more active',
    ]);
  });

  it('cites the exact passage of each quotation', () => {
    const [first] = answer('Fuad Hussein');
    expect(first!.citations).toEqual([
      { article: 'a1', title: 'Title a1', source: 'Wire', published: '2020-11-26', url: null, passage: P1 },
    ]);
  });

  it('answers a report or agency by its own name', () => {
    expect(speakers('the report')).toEqual(['the report']);
  });

  it('gives nothing for a person who is in the corpus but never quoted', () => {
    expect(answer('Angela Merkel')).toEqual([]);
  });
});

describe('/quote as people ask it', () => {
  it.each([
    {
      rule: '"what did X say about Y": the speaker\'s quotations on the topic, then the rest of that story',
      query: 'what did Shamkhani say about Tehran?',
      quotes: ['Hussein is welcome in Tehran at any time', 'We will not allow the militants to recover in Iraq'],
    },
    {
      rule: '"X on Y" when X names a speaker',
      query: 'Shamkhani on Tehran',
      quotes: ['Hussein is welcome in Tehran at any time', 'We will not allow the militants to recover in Iraq'],
    },
    { rule: 'nothing of theirs on the topic gives nothing', query: 'what did Shamkhani say about wheat', quotes: [] },
    {
      rule: 'a speaker named by role, through the lookup /who uses',
      query: 'what did the Iraqi foreign minister say',
      quotes: [
        'Iraq needs intelligence cooperation to defeat the militants',
        'The militant group still exists and has become more active',
      ],
    },
    { rule: 'a named speaker with nothing quoted gives nothing, not others', query: 'what did Merkel say', quotes: [] },
    {
      rule: 'a description naming a person never quoted still finds the one it describes',
      query: 'what did the Iraqi foreign minister say about the militant group',
      quotes: [
        'The militant group still exists and has become more active',
        'Iraq needs intelligence cooperation to defeat the militants',
      ],
    },
    {
      rule: 'a body\'s possessive before a full name ("Age Concern\'s X") says whose the speaker is',
      query: "what did the Supreme National Security Council's Ali Shamkhani say about Tehran",
      quotes: ['Hussein is welcome in Tehran at any time', 'We will not allow the militants to recover in Iraq'],
    },
    {
      rule: 'a speaker the corpus does not know gives nothing, not a topic search',
      query: 'what did Cohn say about the militants',
      quotes: [],
    },
  ])('$rule', ({ query, quotes }) => {
    const byRole = (phrase: string): number[] => (/foreign minister/i.test(phrase) ? [0] : []);
    const ask = createQuoteAnswerer(buildKnowledge(), undefined, byRole);
    expect(ask(query).map((item) => item.quote)).toEqual(quotes);
  });
});

describe('/quote of a name read once as a person and once as a body', () => {
  it('gives both readings of the name in the same story', () => {
    const paragraph = '"Prices will ease," Kelford Dunmore Bank said. "Margins will suffer," it added.';
    const knowledge: Knowledge = {
      articles: new Map([['k1', article('k1', [paragraph])]]),
      extractions: new Map([
        [
          'k1',
          {
            articleId: 'k1',
            people: [],
            events: [],
            quotations: [
              quotation(paragraph, 'Prices will ease', 'Kelford Dunmore Bank'),
              quotation(paragraph, 'Margins will suffer', 'Kelford Dunmore Bank', 'organization'),
            ],
          },
        ],
      ]),
      people: {
        persons: [record('Kelford Dunmore Bank', ['Kelford Dunmore Bank'], ['k1'])],
        byArticleName: { 'k1\u0000Kelford Dunmore Bank': 0 },
      },
    };
    const ask = createQuoteAnswerer(knowledge);
    expect(ask('what did Kelford Dunmore Bank say').map((item) => item.quote)).toEqual([
      'Prices will ease',
      'Margins will suffer',
    ]);
  });
});

describe('/quote of a description several people fit', () => {
  it.each([
    {
      rule: 'the one whose words are on the topic',
      query: 'what did the security official say about Tehran',
      quotes: ['Hussein is welcome in Tehran at any time', 'We will not allow the militants to recover in Iraq'],
    },
    { rule: 'no topic tells them apart: nothing', query: 'what did the security official say', quotes: [] },
    {
      rule: 'both spoke on the topic: nothing',
      query: 'what did the security official say about the militants',
      quotes: [],
    },
  ])('$rule', ({ query, quotes }) => {
    const byRole = (phrase: string): number[] => (/security official/i.test(phrase) ? [0, 1] : []);
    const ask = createQuoteAnswerer(buildKnowledge(), undefined, byRole);
    expect(ask(query).map((item) => item.quote)).toEqual(quotes);
  });
});

describe('/quote by topic', () => {
  it.each([
    {
      rule: 'every quotation that mentions the word, each with its speaker, in reading order',
      query: 'militants',
      expected: ['Fuad Hussein', 'Fuad Hussein', 'Ali Shamkhani'],
    },
    {
      rule: 'plural and singular match',
      query: 'militant',
      expected: ['Fuad Hussein', 'Fuad Hussein', 'Ali Shamkhani'],
    },
    { rule: 'several words must all appear', query: 'crude oil', expected: ['the report'] },
    { rule: 'a place', query: 'Tehran', expected: ['Ali Shamkhani'] },
    {
      rule: 'another form of a word ("recovering" for "recover")',
      query: 'militants recovering',
      expected: ['Ali Shamkhani'],
    },
  ])('$rule', ({ query, expected }) => {
    expect(speakers(query)).toEqual(expected);
  });

  it("takes a speaker with a topic: only that speaker's quotations on it", () => {
    expect(answer('Shamkhani Tehran').map((item) => [item.speaker, item.quote])).toEqual([
      ['Ali Shamkhani', 'Hussein is welcome in Tehran at any time'],
    ]);
  });

  it('forgives one missing word in a longer topic', () => {
    expect(speakers('crude oil output forecast')).toEqual(['the report']);
  });

  it('puts the exact phrase first', () => {
    expect(answer('militant group')[0]!.quote).toContain('militant group');
  });

  it.each(['Angela Merkel visit', 'copper prices', '???'])('answers nothing for %s', (query) => {
    expect(answer(query)).toEqual([]);
  });
});

describe("/quote ranks a speaker's articles", () => {
  it('takes quotations in turn from each article, the one where the speaker says most first', () => {
    const knowledge = buildKnowledge();
    const lines = [
      '"Talks will resume in the spring," Shamkhani said.',
      '"Both sides want a deal soon," Shamkhani said.',
      '"The border must stay open," Shamkhani said.',
    ];
    (knowledge.articles as Map<string, Article>).set('a5', article('a5', lines));
    (knowledge.extractions as Map<string, ArticleExtraction>).set('a5', {
      articleId: 'a5',
      people: [],
      events: [],
      quotations: lines.map((text) => quotation(text, text.slice(1, text.indexOf(',"')), 'Shamkhani')),
    });
    knowledge.people.byArticleName['a5\u0000Shamkhani'] = 1;
    const answers = createQuoteAnswerer(knowledge)('Shamkhani');
    expect(answers.map((item) => item.citations[0]!.article)).toEqual(['a5', 'a2', 'a5', 'a2', 'a5']);
  });
});

describe('/quote answers one quotation an answer', () => {
  it('never joins quotations, even when a speaker has more than the answers shown', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, index) => `"Point number ${index} of the plan matters," Shamkhani said.`,
    );
    const knowledge = buildKnowledge();
    (knowledge.articles as Map<string, Article>).set('big', article('big', paragraphs));
    (knowledge.extractions as Map<string, ArticleExtraction>).set('big', {
      articleId: 'big',
      people: [],
      events: [],
      quotations: paragraphs.map((text, index) =>
        quotation(text, `Point number ${index} of the plan matters`, 'Shamkhani'),
      ),
    });
    knowledge.people.byArticleName['big\u0000Shamkhani'] = 1;
    const answers = createQuoteAnswerer(knowledge)('Shamkhani');
    expect(answers).toHaveLength(30);
    const quotations = new Set(
      [...knowledge.extractions.values()].flatMap((extraction) => extraction.quotations.map((item) => item.quote)),
    );
    for (const answer of answers) {
      expect(quotations.has(answer.quote)).toBe(true);
      expect(answer.citations).toHaveLength(1);
      expect(answer.citations[0]!.passage).toContain(answer.quote);
    }
  });
});
