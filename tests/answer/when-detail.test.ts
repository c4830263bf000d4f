import { describe, expect, it } from 'vitest';
import { createWhenAnswerer } from '../../src/answer/when.js';
import { article, knowledgeOf } from './when-fixture.js';

/**
 * A question often names the story by its headline's words and asks about a detail further
 * down ("when was the plan originally adopted"): the detail sentence must win over the news,
 * and the news must still win when the question asks about the news itself.
 */
const STORIES = [
  article('rights-01', 'Acme extends shareholder rights plan', '1987-04-09', [
    'Acme Corp said its board extended its shareholder rights plan indefinitely.',
    'The company said the plan, originally adopted January 12, has been amended several times.',
  ]),
  article('rates-02', 'Dutch central bank trims advance rate', '1987-04-21', [
    'The Dutch central bank said it cut its special advance rate to 5.1 pct from 5.3 pct.',
    'The bank last changed the rate on March 2, when it raised it by a quarter point.',
    'Dealers said the bank sold guilders in the week ended April 17.',
  ]),
  article('mine-03', 'Copper Ridge mine reopens after flood', '1987-05-06', [
    'The Copper Ridge mine reopened on Monday after floods halted output.',
    'The mine was first opened in 1952 by a British company.',
  ]),
  article('strike-04', 'Dockers end strike at Rotterdam port', '1987-05-12', [
    'Rotterdam dockers ended their strike on Sunday after a pay deal.',
    'The dockers first went on strike over pay in 1979.',
  ]),
];

/** Other news, so that words like "first", "last" or "adopted" are common, as on a real wire. */
const OTHER_NEWS = [
  article('other-01', 'Grain board changes export rules', '1987-04-02', [
    'The grain board said it adopted new export rules, first proposed last year, on Tuesday.',
  ]),
  article('other-02', 'Airline opens first Asian route', '1987-04-03', [
    'The airline said its first flight to Tokyo, originally planned for May, went ahead on April 30.',
  ]),
  article('other-03', 'Utility changes chairman', '1987-04-06', [
    'The utility last changed its chairman in 1983 and first called for a successor in March.',
  ]),
];

describe('a detail sentence beside its article news', () => {
  const answer = createWhenAnswerer(knowledgeOf([...STORIES, ...OTHER_NEWS]));

  it.each([
    [
      'an earlier adoption, with the name only in the headline',
      'Acme shareholder rights plan originally adopted',
      '1987-01-12',
      'January 12',
      'rights-01',
    ],
    [
      'the last change before the news',
      'Dutch central bank last changed its advance rate',
      '1987-03-02',
      'on March 2',
      'rates-02',
    ],
    ['a founding year', 'Copper Ridge mine first opened', '1952', 'in 1952', 'mine-03'],
    ['an earlier strike', 'Rotterdam dockers first went on strike', '1979', 'in 1979', 'strike-04'],
  ])('dates %s by the detail, not the publication', (_rule, query, date, dateText, articleId) => {
    const [first] = answer(query);
    expect(first).toMatchObject({ date, dateText });
    expect(first!.citations[0]!.article).toBe(articleId);
  });

  it.each([
    ['the headline asked back', 'Acme extends shareholder rights plan', '1987-04-09', 'rights-01'],
    ['the lead asked back', 'Dutch central bank cut special advance rate', '1987-04-21', 'rates-02'],
  ])('still dates %s by the publication', (_rule, query, date, articleId) => {
    const [first] = answer(query);
    expect(first).toMatchObject({ date });
    expect(first!.dateText).toBeUndefined();
    expect(first!.citations[0]!.article).toBe(articleId);
  });

  it('answers the news itself when the detail sentence adds none of the question words', () => {
    // Of the question the founding sentence holds only "mine", which the news holds too: it
    // adds nothing the news lacks. The lead states the news's own date, which beats the
    // publication date.
    const answers = answer('Copper Ridge mine reopens after flood');
    expect(answers[0]).toMatchObject({ date: '1987-05-04', dateText: 'on Monday' });
    expect(answers.map((item) => item.dateText)).not.toContain('in 1952');
  });

  it('reads an event in the light of the sentences just before it', () => {
    const knowledge = knowledgeOf([
      ...STORIES,
      ...OTHER_NEWS,
      article('history-06', 'Parliament opens its archives', '1987-05-20', [
        'Parliament opened its archives to the public on Monday.',
        'The papers tell how Mary Cole won a divorce from her husband by an act of Parliament. That happened in 1801 after she found her husband had left her.',
      ]),
    ]);
    const [first] = createWhenAnswerer(knowledge).answer('when did Mary Cole divorce her husband');
    expect(first).toMatchObject({ date: '1801', dateText: 'in 1801' });
  });

  it('does not lift a detail above a closer match in another article', () => {
    const knowledge = knowledgeOf([
      ...STORIES,
      article('rates-05', 'Dutch central bank changes advance rate', '1987-03-02', [
        'The Dutch central bank last changed its special advance rate on Monday, dealers said.',
      ]),
    ]);
    const [first] = createWhenAnswerer(knowledge).answer('Dutch central bank last changed its special advance rate');
    expect(first!.citations[0]!.article).toBe('rates-05');
  });
});
