import { describe, expect, it } from 'vitest';
import type { Citation, WhenAnswer, WhoAnswer } from '../../src/answer/types.js';
import { balanceQuoteMarks } from '../../src/presentation/quote-marks.js';
import { choosePassage, namesPerson } from '../../src/presentation/shown-passage.js';

function cite(article: string, passage: string, source: string | null = 'Wire'): Citation {
  return { article, title: `Title of ${article}`, source, published: null, url: null, passage };
}

describe('balanceQuoteMarks', () => {
  it.each([
    ['The ministry says “the port reopens on Monday.', 'The ministry says “the port reopens on Monday.”'],
    ['the port reopens on Monday,” the ministry said.', '“the port reopens on Monday,” the ministry said.'],
    ['He said "we will rebuild the bridge.', 'He said "we will rebuild the bridge."'],
    ['we will rebuild the bridge," he said.', '"we will rebuild the bridge," he said.'],
    ['Le ministre a dit « nous reconstruirons.', 'Le ministre a dit « nous reconstruirons.»'],
  ])('%j shows as %j', (text, shown) => {
    expect(balanceQuoteMarks(text)).toBe(shown);
  });

  it.each([
    'He called the strikes “brutal” and the talks “useful”.',
    'The “new round” began, he said, and "it will go on".',
    'No quotation here, only Iran’s apostrophes.',
  ])('leaves balanced text alone: %j', (text) => {
    expect(balanceQuoteMarks(text)).toBe(text);
  });
});

describe('choosePassage', () => {
  it('/who: a sentence that names the person, saying which source when several are cited', () => {
    const answer: WhoAnswer = {
      person: 'Marta Vingerhoets',
      roles: ['union leader'],
      citations: [
        cite('harbour', 'The union leader said the strike was over.', 'Port Wire'),
        cite('strike', 'Union leader Marta Vingerhoets signed the deal on Tuesday.', 'Dock Times'),
      ],
    };
    expect(choosePassage('who', answer)).toEqual({ citation: answer.citations[1], from: 'Dock Times' });
    // By surname alone, and whole words only.
    expect(namesPerson('Vingerhoets said so.', 'Marta Vingerhoets')).toBe(true);
    expect(namesPerson('The Vingerhoetsen family said so.', 'Marta Vingerhoets')).toBe(false);
  });

  it('/who with one article cited: no source to name; none naming the person: the first passage', () => {
    const answer: WhoAnswer = {
      person: 'Marta Vingerhoets',
      roles: [],
      citations: [cite('harbour', 'The union leader said the strike was over.')],
    };
    expect(choosePassage('who', answer)).toEqual({ citation: answer.citations[0], from: null });
  });

  it('/when: no passage when it is the event sentence itself (quote marks and spacing aside)', () => {
    const sentence = 'The agency says “on November 19, the last stronghold fell.';
    const same: WhenAnswer = {
      date: '2017-11-19',
      dateText: 'on November 19',
      event: sentence,
      citations: [cite('a', ` ${sentence}”`)],
    };
    expect(choosePassage('when', same)).toBeNull();
    const clause: WhenAnswer = { ...same, event: 'the last stronghold fell' };
    expect(choosePassage('when', clause)).toEqual({ citation: same.citations[0], from: null });
  });
});
