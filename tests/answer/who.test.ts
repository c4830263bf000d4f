import { describe, expect, it } from 'vitest';
import { createWhoAnswerer } from '../../src/answer/who.js';
import type { Article } from '../../src/corpus/article.js';
import { extractPeople, linkPeople } from '../../src/extract/people/index.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

function article(id: string, paragraphs: string[]): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Story ${id}`,
    published: '1987-03-05',
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
}

function knowledgeOf(articles: Article[]): Knowledge {
  const extractions = articles.map((item) => ({
    articleId: item.id,
    people: extractPeople(item),
    events: [],
    quotations: [],
  }));
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(extractions.map((extraction) => [extraction.articleId, extraction])),
    people: linkPeople(articles, extractions),
  };
}

const ARTICLES = [
  article('wire-1', [
    'TEHRAN - Iranian Interior Minister Ahmad Rezaei warned of new threats on Monday.',
    'Rezaei said border patrols would be doubled.',
  ]),
  article('wire-2', [
    '"Our borders are safe," Mr Rezaei told reporters in Tabriz.',
    'Iranian President Hassan Rouhani praised the police.',
  ]),
  article('wire-3', [
    'U.S. House Speaker Jim Wright said the trade bill would pass.',
    'Treasury Secretary James Baker said the dollar had fallen far enough.',
    'Baker spoke after talks with Iraqi Foreign Minister Tariq Aziz.',
  ]),
  article('wire-4', [
    'Ali Hassan, a trader at a Dubai bank, said prices were firm.',
    'Lebanese Defense Minister Ali Moqbel visited Tehran.',
  ]),
  // Roles that name no country: the sentence, else the article's opening, must say which.
  article('wire-5', ['Kenya raised fuel prices.', 'Sports minister Ochieng Otieno said the games would go ahead.']),
  article('wire-6', [
    'Finance minister Omar Haidari met Iraqi and Saudi officials in Baghdad.',
    'Founder Stelios Karas will contest the action against Skyline Air.',
  ]),
  // A role that names another body: Ardenco is buying Tamworth, whose chief executive stays.
  article('wire-7', [
    'Ardenco agreed to buy Tamworth Holdings for 900 million dlrs.',
    'Karim Nasser, who will remain as Tamworth chief executive, said the offer was fair.',
  ]),
  article('wire-8', [
    'UK Athletics named a new head coach on Monday.',
    '"We searched long and hard," said UKA chief executive Laila Nasser.',
  ]),
  // Initials with one letter more than the name spells, for a word it leaves out ("Group").
  article('wire-12', [
    'Shares of Ardenco Tamworth Financial (ATFG) rose on merger talk.',
    'ATFG President Kenji Oda said the banks needed to grow.',
  ]),
  // A newswire acronym defined in the opening, its name in angle brackets.
  article('wire-13', [
    'WELLINGTON - <Ardenco Tamworth Ltd> (ATL) said it bought two newspapers.',
    'ATL chairman Omar Haddad said the purchase would pay.',
  ]),
  // A bare post in a story about one firm, held at another firm by the person's own account.
  article('wire-14', [
    "Holvane agreed to buy Brenmoor's web business.",
    'Chief executive Dana Whitlow said it was a good deal.',
  ]),
  article('wire-15', ["Brenmoor's chief executive Dana Whitlow said she would stay."]),
  article('wire-16', ['Kesler Brothers and Co analyst Dana Pruitt said the case would go on.']),
  // A role that names a titled person as its possessor belongs to someone else.
  article('wire-9', ["President Rouhani's chief of staff Mohammad Ahmadi said the talks went well."]),
  // A capitalised function word of a name ("All") may be missing from a role that states it.
  article('wire-11', ['All Ardenco Blacks captain Tama Reed has warned the Lions.']),
  article('wire-17', ['Dale R. Hume Jr, chairman of Tamworth Mills, said sales rose.']),
  // A role that shares one word of the asked body's name ("Council") is of another body.
  article('wire-10', [
    'British exporters had a hard year.',
    '"Smaller manufacturers are struggling," said Ayo Bello, chair of the Ardenco SME Council.',
  ]),
];

describe('createWhoAnswerer', () => {
  const who = createWhoAnswerer(knowledgeOf(ARTICLES));

  it.each([
    ['a full name', 'James Baker', 'James Baker', 'Treasury Secretary'],
    ['a surname', 'Rezaei', 'Ahmad Rezaei', 'Iranian Interior Minister'],
    ['a surname before a generation', 'Hume', 'Dale R. Hume Jr', 'chairman of Tamworth Mills'],
    [
      'a given name and surname without the generation',
      'who is Dale Hume',
      'Dale R. Hume Jr',
      'chairman of Tamworth Mills',
    ],
    ['a title and surname', 'President Rouhani', 'Hassan Rouhani', 'Iranian President'],
    ['a role with a country', "Iran's interior minister", 'Ahmad Rezaei', 'Iranian Interior Minister'],
    ['a role with a demonym', 'Iranian president', 'Hassan Rouhani', 'Iranian President'],
    ['a role with an article', 'the U.S. House Speaker', 'Jim Wright', 'U.S. House Speaker'],
    ['a role in another spelling', 'Lebanese defence minister', 'Ali Moqbel', 'Lebanese Defense Minister'],
    ['a question as typed', 'who is the Iranian president?', 'Hassan Rouhani', 'Iranian President'],
    ['the country from the article', 'who is the Kenyan sports minister', 'Ochieng Otieno', 'Sports minister'],
    ['the country as a possessive', "Kenya's sports minister", 'Ochieng Otieno', 'Sports minister'],
    ['the firm from the sentence', 'who is the Skyline Air founder', 'Stelios Karas', 'Founder'],
    ['a role verb', 'who founded Skyline Air', 'Stelios Karas', 'Founder'],

    [
      "a role naming the body's acronym, defined in the article's opening",
      'who is the chairman of Ardenco Tamworth',
      'Omar Haddad',
      'ATL chairman',
    ],
    [
      'a name and the firm the person works at',
      'Dana Pruitt of Kesler Brothers',
      'Dana Pruitt',
      'Kesler Brothers and Co analyst',
    ],
    [
      "a name and the firm's fuller name than the article gives",
      'Dana Pruitt at Kesler Financial Group',
      'Dana Pruitt',
      'Kesler Brothers and Co analyst',
    ],
    [
      'a body asked with its legal ending, which the role leaves out',
      'who is the chief executive of Tamworth Co',
      'Karim Nasser',
      'Tamworth chief executive',
    ],
    [
      'a role naming the body asked',
      'who is the chief executive of Tamworth',
      'Karim Nasser',
      'Tamworth chief executive',
    ],
    [
      'a role that lost a capitalised function word of the body asked',
      'who is the All Ardenco Blacks captain',
      'Tama Reed',
      'Ardenco Blacks captain',
    ],
    [
      'a role naming the body by its initials',
      'who is the UK Athletics chief executive',
      'Laila Nasser',
      'UKA chief executive',
    ],
    [
      'a role naming the body by its initials and one letter more',
      'who is the president of Ardenco Tamworth Financial',
      'Kenji Oda',
      'ATFG President',
    ],
  ])('answers %s', (_kind, query, person, role) => {
    const [first] = who(query);
    expect(first?.person).toBe(person);
    expect(first?.roles).toContain(role);
  });

  it.each([
    ['a person the corpus does not hold', 'Angela Merkel'],
    ['a first name alone', 'Ali'],
    ['a role of another country', 'Iraqi interior minister'],
    ['a role whose sentence names other countries', 'the Omani finance minister'],
    ['a role with no word of the country anywhere', 'the Peruvian sports minister'],
    ['words that are no role', 'border patrols'],
    ['a role of another body in the same sentence', 'who is the chief executive of Ardenco'],
    ['a name and a firm the person is not said to work at', 'Dana Pruitt of Holvane'],
    ['a name and a bank the person is not said to work at', 'Dana Pruitt of Bank of Holvane'],
    ["a bare post in another firm's story, held at a firm the person's roles name", 'the chief executive of Holvane'],
    ["someone's aide, not that someone", "who is Tariq Aziz's spokesman"],
    ['a role of a body that shares one word of the name asked', 'who is the chairman of the British Council'],
    ['a full name whose surname is also a word of titles ("bond trader")', 'who is Hassan Bond'],
  ])('answers nothing for %s', (_kind, query) => {
    expect(who(query)).toEqual([]);
  });

  it('finds a royal title and given name in a name that keeps the title, not the holder of another title', () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('royals', [
          'Women will be hired, Foreign Minister Prince Khalid Al-Nasser has said.',
          "Crown Prince Omar is the country's de facto ruler.",
        ]),
      ]),
    );
    expect(answerer('Prince Khalid')[0]?.person).toBe('Prince Khalid Al-Nasser');
    expect(answerer('Prince Khalid')[0]?.roles).toEqual(['Foreign Minister']);
  });

  it('finds a post whose body the role gives by the initials of the name asked', () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([article('screens', ['"Buyers must check," said Omar Haddad, technical director for the KBU.'])]),
    );
    expect(answerer('who is the technical director of the Kelford Broadcast Union')[0]?.person).toBe('Omar Haddad');
    expect(answerer('who is the technical director of the Kelford Radio Union')).toEqual([]);
  });

  it.each([
    [
      'its article spells them out',
      [
        'DUNMORE, June 2 - The Kelford Broadcast Union (KBU) is seeking new members.',
        'KBU director Omar Haddad said so.',
      ],
    ],
    [
      'another role of the person names that body',
      ['Omar Haddad, director of the Kelford Broadcast Union, spoke.', 'KBU director Omar Haddad said so.'],
    ],
  ])('answers nothing when the initials stand for another body: %s', (_kind, paragraphs) => {
    const answerer = createWhoAnswerer(knowledgeOf([article('union', paragraphs)]));
    expect(answerer('who is the director of the Kelford Broadcast Union')[0]?.person).toBe('Omar Haddad');
    expect(answerer('who is the director of the Kelwise Broadcast Union')).toEqual([]);
  });

  it('finds a body whose name the question gives in the plural and the role in the singular', () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('appeal', ['Laila Nasser, spokeswoman for the Kelford Worker Fund, said the site was fake.']),
      ]),
    );
    expect(answerer('who is the spokeswoman for the Kelford Workers Fund')[0]?.person).toBe('Laila Nasser');
  });

  it("answers a country's post, not the post of a body the country's name is part of", () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('banks', ['Omar Haddad, President of the Peruvian Federation of Traders, said no bank was involved.']),
        article('state', ['Peruvian President Karim Nasser said the talks would go on.']),
        article('republic', ['Laila Nasser, President of the Chilean Republic, opened the fair.']),
      ]),
    );
    expect(answerer('who is the Peruvian president').map((answer) => answer.person)).toEqual(['Karim Nasser']);
    expect(answerer('who is the Chilean president').map((answer) => answer.person)).toEqual(['Laila Nasser']);
  });

  it("answers a party's post with its holder, not with another party's holder of the same post", () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('lib', [
          'Shadow housing secretary Omar Haddad said: "This new Liberal Democrat approach will go further."',
        ]),
        article('tory', [
          'Tory shadow housing secretary Karim Nasser said the Liberal Democrat plans were too costly.',
        ]),
      ]),
    );
    expect(answerer("who is the Liberal Democrats' shadow housing secretary").map((answer) => answer.person)).toEqual([
      'Omar Haddad',
    ]);
  });

  it('answers a post only with its holder, not with a holder of another rank', () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('police', ['Assistant chief constable of Kelford Police Omar Haddad said the figures were wrong.']),
      ]),
    );
    expect(answerer('who is the chief constable of Kelford Police')).toEqual([]);
    expect(answerer('who is the assistant chief constable of Kelford Police')[0]?.person).toBe('Omar Haddad');
  });

  it('answers a post asked by its bare head with a holder at a deputy rank, never at a vice or shadow one', () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('bank', ['"Selling is backed by demand," said Omar Haddad, deputy general manager at Kelford Bank.']),
        article('firm', ['Ardenco vice president Karim Nasser said the plan would work.']),
      ]),
    );
    expect(answerer('who is the Kelford Bank manager')[0]?.person).toBe('Omar Haddad');
    expect(answerer('who is the Ardenco president')).toEqual([]);
  });

  it("finds a name asked with a body that only the lead of the person's story names", () => {
    const answerer = createWhoAnswerer(
      knowledgeOf([
        article('band', [
          'US rock band Larkspur have been forced to cancel concerts.',
          'In 1995 former drummer Walt Berry fell ill in Oslo while the band was on tour.',
        ]),
        article('airline', ['Holvane said fares would rise.']),
      ]),
    );
    const answers = answerer('who is Walt Berry of Larkspur');
    expect(answers.map((answer) => answer.person)).toEqual(['Walt Berry']);
    expect(answerer('who is Walt Berry of Holvane')).toEqual([]);
  });

  it('cites every article that mentions the person, quoting the sentence that states the role', () => {
    const [answer] = who('Ahmad Rezaei');
    expect(answer?.citations.map((citation) => citation.article).sort()).toEqual(['wire-1', 'wire-2']);
    const first = answer?.citations.find((citation) => citation.article === 'wire-1');
    expect(first?.passage).toBe('TEHRAN - Iranian Interior Minister Ahmad Rezaei warned of new threats on Monday.');
    const second = answer?.citations.find((citation) => citation.article === 'wire-2');
    expect(second?.passage).toBe('"Our borders are safe," Mr Rezaei told reporters in Tabriz.');
    expect(first?.title).toBe('Story wire-1');
  });

  it('lists roles once each', () => {
    const roles = who('Baker')[0]?.roles ?? [];
    expect(new Set(roles.map((role) => role.toLowerCase())).size).toBe(roles.length);
  });

  it('ranks an exact name before other matches', () => {
    const answers = who('Ali Moqbel');
    expect(answers[0]?.person).toBe('Ali Moqbel');
    expect(answers.map((answer) => answer.person)).not.toContain('Ali Hassan');
  });

  // Speed is measured by `npm run bench` (bench-questions), not asserted here: a busy machine would decide it.
  it('finds the one asked for among 5,000 articles', () => {
    const many: Article[] = [];
    for (let index = 0; index < 5_000; index++) {
      many.push(
        article(`bulk-${index}`, [
          `Finance Minister Karim Number${index % 1250} said spending would rise.`,
          `Trader Lena Vance${index % 300} said prices were firm.`,
        ]),
      );
    }
    const bulk = createWhoAnswerer(knowledgeOf(many));
    const queries = ['Number42', 'finance minister', 'Lena Vance7', 'Angela Merkel', 'trader'];
    for (const query of queries) expect(() => bulk(query)).not.toThrow();
    expect(bulk('Number42')[0]?.citations).toHaveLength(4);
  });
});
