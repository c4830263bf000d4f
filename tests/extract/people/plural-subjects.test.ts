import { describe, expect, it } from 'vitest';
import { peopleIn } from './support.js';

describe('a lone word that takes a plural verb names a group, not a person', () => {
  it.each([
    [
      'a club named like a given name',
      ['Chelsea have sacked the striker.', 'A statement from Chelsea said so.', '"We will not comment," said Chelsea.'],
      'Chelsea',
    ],
    ['a firm', ['Shares in Jarvis have soared this week.', 'Jarvis said debts would be cut.'], 'Jarvis'],
  ])('%s', (_rule, paragraphs, word) => {
    expect(peopleIn(...paragraphs).map((person) => person.name)).not.toContain(word);
  });

  it.each([
    [
      'two subjects sharing the verb',
      ['Mr Reid and Chelsea are singing tonight.', '"I love it," said Chelsea.'],
      'Chelsea',
    ],
    [
      'a lone word ending a longer name',
      ['Labour peer Lord Haskins are warning of it.', '"It must stop," said Haskins.'],
      'Lord Haskins',
    ],
    ['a singular verb', ['Chelsea has sung for years.', '"I love it," said Chelsea.'], 'Chelsea'],
  ])('keeps the person: %s', (_rule, paragraphs, word) => {
    expect(peopleIn(...paragraphs).map((person) => person.name)).toContain(word);
  });
});
