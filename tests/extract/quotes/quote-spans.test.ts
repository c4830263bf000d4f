import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/extract/quotes/quote-spans.js';

const texts = (paragraphs: string[]): string[] => findQuoteSpans(paragraphs).map((span) => span.text);

describe('findQuoteSpans', () => {
  it.each([
    {
      rule: 'curly marks',
      paragraphs: ['\u201cPrices will rise again by the summer,\u201d the minister said.'],
      expected: ['Prices will rise again by the summer'],
    },
    {
      rule: 'straight marks',
      paragraphs: ['"We have no plans to sell the unit," a spokesman said.'],
      expected: ['We have no plans to sell the unit'],
    },
    {
      rule: 'several sentences inside one pair of marks',
      paragraphs: ['"Talks went well. Both sides gave ground. We meet again on Monday," he said.'],
      expected: ['Talks went well. Both sides gave ground. We meet again on Monday'],
    },
    {
      rule: 'two quotations in one paragraph',
      paragraphs: ['"Output fell," she said. "It will recover in the spring."'],
      expected: ['Output fell', 'It will recover in the spring.'],
    },
    {
      rule: 'single quotes nested in double ones stay inside',
      paragraphs: ['"What can we say except \'we are sorry, we will not do it again\'?" one strategist said.'],
      expected: ["What can we say except 'we are sorry, we will not do it again'?"],
    },
    {
      rule: 'a double-quoted word nested in a straight-quoted quotation',
      paragraphs: ['He said that "the so-called "reform" coalition has failed the farmers of the region."'],
      expected: ['the so-called "reform" coalition has failed the farmers of the region.'],
    },
    {
      rule: 'a paragraph that opens a quote and never closes it continues into the next',
      paragraphs: [
        '"We will not cut the dividend this year. The balance sheet is strong.',
        '"Our lenders know that and have told us so," the chairman said.',
      ],
      expected: [
        'We will not cut the dividend this year. The balance sheet is strong. Our lenders know that and have told us so',
      ],
    },
    {
      rule: 'an unclosed quote ends with its paragraph when the next opens a quotation credited by name',
      paragraphs: [
        '"They are concerned," said Omar Haddad, an analyst. "They may talk on, but I don\'t know.',
        '"It\'s getting confusing," said Karim Nasser, another analyst.',
      ],
      expected: ['They are concerned', "They may talk on, but I don't know.", "It's getting confusing"],
    },
    {
      rule: 'an unclosed quote not followed by a quoting paragraph ends with its paragraph',
      paragraphs: ['"Research spending will be in the 45 mln dlr range, the company said.', 'Shares rose 50 cts.'],
      expected: ['Research spending will be in the 45 mln dlr range, the company said.'],
    },
    {
      rule: 'run-in source paragraphs: a mark after a sentence end inside a quote goes on quoting',
      paragraphs: ['Mr Reed said: "We have doubled the grant. "We are going to extend it by 2007." Ministers agreed.'],
      expected: ['We have doubled the grant. We are going to extend it by 2007.'],
    },
    {
      rule: 'a wire apostrophe typed as a double mark is no quote mark',
      paragraphs: ['Kuwait"s oil minister said: "None of the members has asked for such a meeting."'],
      expected: ['None of the members has asked for such a meeting.'],
    },
    {
      rule: 'a stray closing mark is skipped rather than opening a quote',
      paragraphs: ['The index rose 3.5 pct" in the month. He said "demand was strong in all regions."'],
      expected: ['demand was strong in all regions.'],
    },
    {
      rule: 'a mark spaced as a closer but followed by another closer opens the words between',
      paragraphs: ['"At the end of two months," he added," I can say we are off to a good start" for 1987.'],
      expected: ['At the end of two months', 'I can say we are off to a good start'],
    },
  ])('$rule', ({ paragraphs, expected }) => {
    expect(texts(paragraphs)).toEqual(expected);
  });

  it("ends a quotation whose mark was left open before the writer's sentence reporting it", () => {
    const paragraph =
      '"We are deeply concerned by the shortages. This mirrored earlier concerns on maths, it said. "It is hard to see how progress can be made."';
    expect(findQuoteSpans([paragraph]).map((span) => span.text)).toEqual([
      'We are deeply concerned by the shortages.',
      'It is hard to see how progress can be made.',
    ]);
  });

  it.each([
    {
      rule: 'ends a quotation in the first person, its mark left open, where two sentences of the writer about someone named begin',
      paragraph:
        '"My worry is my knee but I think I am fit enough. Haddad joined the club in 2003 and at first he struggled. But his dedication impressed the manager. "He is a great servant," said Nasser.',
      expected: ['My worry is my knee but I think I am fit enough.', 'He is a great servant'],
    },
    {
      rule: 'ends a quotation in the first person, its mark left open, where the writer brings in the next speaker',
      paragraph:
        '"I lost my head for a moment and I paid for it. Haddad is likely to start up front. Dunmore coach Nasser said: "He is an option."',
      expected: ['I lost my head for a moment and I paid for it.', 'He is an option.'],
    },
    {
      rule: 'or straight after its last sentence when the introduction follows it',
      paragraph:
        '"I hope nobody holds it against me. I know better now. Kelford boss Laila Nasser added: "It is a sprain."',
      expected: ['I hope nobody holds it against me. I know better now.', 'It is a sprain.'],
    },
    {
      rule: 'not at an introduction in the first person, the speaker telling what was said to them',
      paragraph: '"We met him in May. Then I told Haddad: "You are out."',
      expected: ['We met him in May. Then I told Haddad: "You are out."'],
    },
    {
      rule: "not at one sentence naming someone, which may be the speaker's own",
      paragraph:
        '"All we got was a lecture from them. Haddad phoned Nasser three times to complain. "The replay is on 1 March."',
      expected: [
        'All we got was a lecture from them. Haddad phoned Nasser three times to complain. The replay is on 1 March.',
      ],
    },
    {
      rule: 'not at a common word opening the sentence',
      paragraph:
        '"We will read this ruling with care. Much has changed to address the issues raised. Work in other prisons is being accelerated. "Today\'s judgement does not affect other cases."',
      expected: [
        "We will read this ruling with care. Much has changed to address the issues raised. Work in other prisons is being accelerated. Today's judgement does not affect other cases.",
      ],
    },
  ])('$rule', ({ paragraph, expected }) => {
    expect(findQuoteSpans([paragraph]).map((span) => span.text)).toEqual(expected);
  });

  it('reports where each quotation opens and closes, and which paragraphs it spans', () => {
    const [span] = findQuoteSpans(['Intro line.', '"First part of it.', '"Second part," he said.']);
    expect(span).toMatchObject({ startParagraph: 1, openIndex: 0, endParagraph: 2, closeIndex: 13, closed: true });
  });
});
