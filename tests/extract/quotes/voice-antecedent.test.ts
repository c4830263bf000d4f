import { describe, expect, it } from 'vitest';
import { speakerOf } from './fixtures.js';

describe('"the spokeswoman": the body\'s voice introduced before', () => {
  it.each([
    [
      'a body before the head',
      [
        'Tessaly expects to grow, a Tessaly spokeswoman here said.',
        '"We are thinking of new markets abroad," the spokeswoman said.',
      ],
      'new markets abroad',
      'a Tessaly spokeswoman',
    ],
    [
      'a body after "for"',
      [
        'A spokesman for the Harbour Board said talks went on.',
        '"It is about focusing on these sorts of problems," the spokesman added.',
      ],
      'these sorts of problems',
      'a spokesman for the Harbour Board',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  it.each([
    [
      "two bodies' voices before",
      [
        'A Tessaly spokesman said talks went on, and a Marlow spokesman agreed.',
        '"We will see how the talks go this week," the spokesman said.',
      ],
      'how the talks go',
    ],
    [
      'a body whose name runs on in lower case',
      [
        'Troops fired on peasants, a source at the Cap Town church radio said.',
        '"They are starving to death in the hills," the source said.',
      ],
      'starving to death',
    ],
  ])('stays as written with %s', (_rule, paragraphs, quote) => {
    expect(speakerOf(paragraphs, quote)).toMatch(/^the (spokesman|source)$/);
  });
});
