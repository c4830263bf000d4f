import { describe, expect, it } from 'vitest';
import { speakerOf } from './fixtures.js';

describe('a verb of saying before "to" and a verb is no attribution', () => {
  it.each([
    [
      'the next sentence "agreed to" do something',
      [
        'Speaking from the camp, performance director Omar Haddad told reporters: "Tom was fantastic with the players. Why would he stake his name on something that will fail?" Tom Reed has also agreed to commentate for the radio next year.',
      ],
      'fantastic with the players',
      'Omar Haddad',
    ],
    [
      'a speaker\'s second sentence before "continues to"',
      [
        '"We chose the jet after carefully considering both," said a Marlow Airlines spokesman. "The jet fits better for what we needed." Boeing continues to enjoy a dominance in the market.',
      ],
      'fits better for what we needed',
      'a Marlow Airlines spokesman',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  it('still reads "said to reporters" as an attribution', () => {
    expect(
      speakerOf(['"The talks will go on for some time yet," Omar Haddad said to reporters.'], 'talks will go on'),
    ).toBe('Omar Haddad');
  });
});

describe('a quotation that opens a sentence a name and a verb of saying close', () => {
  it.each([
    [
      'words of the sentence between',
      [
        'Secretary of State Omar Haddad spoke to the committee.',
        '"I\'m not in favor of sales to Iran" of advanced U.S. technology, Haddad said.',
      ],
      'not in favor of sales',
      'Omar Haddad',
    ],
    [
      'a phrase after the quotation',
      [
        'Analyst Tom Reedy spoke to reporters.',
        '"Now it is hard to see what could persuade them" to hold up on their plans, Reedy said.',
      ],
      'hard to see what could persuade',
      'Tom Reedy',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('words no one is named for', () => {
  it('a sign that "reads one" is no one, nor the last person named', () => {
    expect(
      speakerOf(
        [
          'Marlow Markets touted a price cut. (Ellen M. Banner / The Daily Times)',
          'New signs appeared this month: "New lower prices. Same high standards," reads one, against a background of carrots.',
        ],
        'New lower prices',
      ),
    ).toBeUndefined();
  });
});

it("a quotation whose mark the article left open is the one the writer's next sentence reports", () => {
  expect(
    speakerOf(
      [
        'Labour leader Tom Reedy spoke on Monday. "He was the first who asked for this inquiry. He accepted that what he thought had happened had not, Reedy said. "But I think there was no cover-up at all."',
      ],
      'first who asked',
    ),
  ).toBe('Tom Reedy');
});
