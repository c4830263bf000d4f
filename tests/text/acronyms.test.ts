import { describe, expect, it } from 'vitest';
import { expandAcronyms, findAcronyms } from '../../src/text/acronyms.js';

describe('findAcronyms', () => {
  it.each([
    [
      'a name and its initials',
      'Japan wants more votes at the Asian Development Bank (ADB).',
      'ADB',
      'Asian Development Bank',
    ],
    [
      'joining words left out of the initials',
      'Ministers of the Organisation of Petroleum Exporting Countries (OPEC) met.',
      'OPEC',
      'Organisation of Petroleum Exporting Countries',
    ],
    [
      'only the words the initials cover',
      'Talks at the Geneva-based World Trade Organization (WTO) stalled.',
      'WTO',
      'World Trade Organization',
    ],
    [
      'initials with one more letter for a word the name leaves out',
      'Shares of Sumitomo Mitsui Financial (SMFG) rose.',
      'SMFG',
      'Sumitomo Mitsui Financial',
    ],
  ])('reads %s', (_rule, text, acronym, name) => {
    expect(findAcronyms(text).get(acronym)).toBe(name);
  });

  it.each([
    ['a party and state after a name', 'Senator Robert Dole (R-Kan.) said the bill would pass.'],
    ['brackets that spell nothing before them', 'The company (ABC) said profits rose.'],
    ['no brackets', 'The ADB was set up in 1966.'],
    ['one more letter after only two initials', 'Shares of Mitsui Financial (MFG) rose.'],
    ['one more letter after part of a name', 'Shares of Big Mitsui Sumo Financial (MSFG) rose.'],
  ])('finds none in %s', (_rule, text) => {
    expect([...findAcronyms(text).keys()]).toEqual([]);
  });
});

describe('expandAcronyms', () => {
  const acronyms = findAcronyms('Japan wants more votes at the Asian Development Bank (ADB).');
  it.each([
    ['names the acronym a sentence uses', 'The ADB was set up in 1966.', 'Asian Development Bank'],
    ['adds nothing for a word that only contains it', 'The ADBX index rose.', ''],
    ['adds nothing where the name is spelt out', 'The Asian Development Bank (ADB) met.', ''],
  ])('%s', (_rule, sentence, expected) => {
    expect(expandAcronyms(sentence, acronyms)).toBe(expected);
  });
});
