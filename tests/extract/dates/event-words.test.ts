import { describe, expect, it } from 'vitest';
import { eventWords } from '../../../src/extract/dates/event-words.js';

describe('eventWords', () => {
  it.each([
    ['plurals and tenses meet', 'Iraq warns', 'Iraq warned'],
    ['a doubled consonant', 'the plant stopped', 'stop the plant'],
    ['an irregular past', 'the ministers met', 'minister meeting'],
    ['accents and case', 'Ambrosio Réyes SCORED', 'ambrosio reyes scores'],
    ['-ied and -y', 'activity intensified', 'activities intensify'],
    ['words for the same event', 'when does the bond mature', 'bond due'],
    ['a noun and its verb', 'approval of the merger', 'merger approved'],
    ['"take effect" and "effective"', 'the toll rise effect', 'toll rise effective'],
    [
      'a verb and the noun it makes',
      'notes expire, firms merged, banks withdrew',
      'note expiry, firm merger, bank withdrawal',
    ],
    ['British and American spellings', 'in favour of defence', 'favor defense'],
    ['a country and its people', "Venezuela's land reforms", 'Venezuelan land reforms'],
    ["an agency notice's abbreviations", 'Qtly div payable', 'quarterly dividend pay'],
  ])('%s', (_rule, left, right) => {
    expect([...eventWords(left)].sort()).toEqual([...eventWords(right)].sort());
  });

  it('keeps a figure with a decimal point whole beside its parts', () => {
    expect(eventWords('Kelford 2.0 was released')).toContain('2.0');
    expect(eventWords('Kelford 1.0 was released, 2 years after version 0')).not.toContain('2.0');
  });

  it('drops function words and an agency dateline', () => {
    expect(eventWords('WASHINGTON, Feb 26 - The department said prices rose').has('washington')).toBe(false);
    expect([...eventWords('WASHINGTON, Feb 26 - The department said prices rose')]).toEqual([
      ...eventWords('department prices rise'),
    ]);
  });
});
