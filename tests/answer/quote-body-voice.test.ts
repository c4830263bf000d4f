import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import type { Article } from '../../src/corpus/article.js';
import type { ArticleExtraction, Quotation, SpeakerKind } from '../../src/extract/types.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

const PASSAGES = [
  'A Marlow statement said the cut came "as a result of a price review in the market."',
  '"We are thinking of new markets abroad," a spokeswoman for Marlow Gas said.',
  '"Marlow will lose this fight in the courts," an analyst at Marlow Gas said.',
  '"This is unlikely to have been a guess," Marlow Gas spokesman Rupert Vane said.',
  '"We have a good feeling about this film," a spokesman for distributor Ardenco Pictures said.',
  'Growth is returning, the Tamworth Trade Council (TTC) said, "thanks to a strong recovery in rubber."',
  '"We expect to be modestly profitable for the year," Ardenco Systems International Inc said.',
  'Kelford & Dunmore (K&D) said: "We are bringing in ranges at new price points."',
  '"We chose only the things you can carry in a pocket," said the magazine.',
  'General Consolidation said it would do "all it can" to win.',
];
const SPEAKERS: Array<[string, SpeakerKind]> = [
  ['a Marlow statement', 'document'],
  ['a spokeswoman for Marlow Gas', 'unknown'],
  ['an analyst at Marlow Gas', 'unknown'],
  ['Rupert Vane', 'person'],
  ['a spokesman for distributor Ardenco Pictures', 'unknown'],
  ['Tamworth Trade Council (TTC)', 'organization'],
  ['Ardenco Systems International Inc', 'organization'],
  ['Kelford & Dunmore (K&D)', 'organization'],
  ['Holvane Review', 'organization'],
  ['General Consolidation Co', 'organization'],
];
const QUOTES = [
  'as a result of a price review in the market.',
  'We are thinking of new markets abroad',
  'Marlow will lose this fight in the courts',
  'This is unlikely to have been a guess',
  'We have a good feeling about this film',
  'thanks to a strong recovery in rubber.',
  'We expect to be modestly profitable for the year',
  'We are bringing in ranges at new price points.',
  'We chose only the things you can carry in a pocket',
  'all it can',
];

function article(id: string, paragraph: string): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Title ${id}`,
    published: '1987-06-02',
    source: 'Wire',
    url: null,
    paragraphs: [paragraph],
    credits: [],
    extra: {},
    contentHash: id,
  };
}

function buildKnowledge(): Knowledge {
  const articles = PASSAGES.map((passage, index) => article(`b${index}`, passage));
  const extractions: ArticleExtraction[] = PASSAGES.map((passage, index) => {
    const [speaker, speakerKind] = SPEAKERS[index]!;
    const quotation: Quotation = {
      paragraph: 0,
      sentence: passage,
      quote: QUOTES[index]!,
      speaker,
      speakerKind,
      passage,
    };
    return { articleId: `b${index}`, people: [], events: [], quotations: [quotation] };
  });
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(extractions.map((item) => [item.articleId, item])),
    people: {
      persons: [
        { name: 'Rupert Vane', variants: ['Rupert Vane'], roles: [], articleIds: ['b3'], mentionCount: 1 },
        // A lone word the directory took for a person, never quoted.
        { name: 'Marlow', variants: ['Marlow'], roles: [], articleIds: ['b9'], mentionCount: 1 },
        // A body's name the directory took for a person ("Ardenco Pictures said it ..."), with no role.
        { name: 'Ardenco Pictures', variants: ['Ardenco Pictures'], roles: [], articleIds: ['b8'], mentionCount: 1 },
      ],
      byArticleName: { 'b3\u0000Rupert Vane': 0 },
    },
  };
}

describe('/quote of a body answers with its statements and spokespeople', () => {
  // As /who reads a role: the one person whose role is the phrase.
  const findPeopleByRole = (phrase: string): number[] => (phrase === 'Marlow Gas spokesman' ? [0] : []);
  const answer = createQuoteAnswerer(buildKnowledge(), undefined, findPeopleByRole);

  it.each([
    ['a statement', 'what did Marlow say', ['a Marlow statement']],
    [
      'a spokeswoman for it and its named spokesman',
      'what did Marlow Gas say',
      ['a spokeswoman for Marlow Gas', 'Rupert Vane'],
    ],
    [
      'a spokesman for it, described in lower case before its name, though its name was taken for a person',
      'what did Ardenco Pictures say',
      ['a spokesman for distributor Ardenco Pictures'],
    ],
    ['its initials, spelled out with them in brackets', 'what did the TTC say', ['Tamworth Trade Council (TTC)']],
    ['its initials around an ampersand', 'what did K&D say', ['Kelford & Dunmore (K&D)']],
    [
      'its name without the words a company name ends with',
      'what did Ardenco Systems say',
      ['Ardenco Systems International Inc'],
    ],
    [
      'its name with the kind of publication it is after it',
      'what did Holvane Review magazine say',
      ['Holvane Review'],
    ],
    ["its name opening with a title's word", 'what did General Consolidation say', ['General Consolidation Co']],
    [
      'its statement, though a lone word of its name was taken for a person',
      'what did Marlow say',
      ['a Marlow statement'],
    ],
  ])('%s', (_rule, query, speakers) => {
    expect(answer(query).map((item) => item.speaker)).toEqual(speakers);
  });

  it('not someone else who works there or watches it', () => {
    expect(answer('what did Marlow Gas say').map((item) => item.speaker)).not.toContain('an analyst at Marlow Gas');
  });
});
