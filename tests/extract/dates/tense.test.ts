import { describe, expect, it } from 'vitest';
import { directionAt } from '../../../src/extract/dates/tense.js';

function directionOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return directionAt(sentence, start, start + expression.length);
}

describe('directionAt', () => {
  it.each([
    ['a past verb', 'The rebels were driven out on November 19.', 'on November 19', 'past'],
    [
      'a day opening the sentence dates its verb of saying, not the future it reports',
      'On Monday, a Kelford trade newsletter said the office will implement the system.',
      'On Monday',
      'past',
    ],
    [
      'but not a day inside what is reported',
      'The newsletter said the office will act on Monday.',
      'on Monday',
      'future',
    ],
    ['will', 'The talks will resume on January 9.', 'on January 9', 'future'],
    ['a contraction', "They'll vote on Monday.", 'on Monday', 'future'],
    ['is due to', 'Talks are due to begin on Wednesday.', 'on Wednesday', 'future'],
    ['payable', 'The dividend is payable April 10.', 'April 10', 'future'],
    ['effective before a date', 'The new price is effective May 1.', 'May 1', 'future'],
    [
      'effective as an adjective, which dates nothing',
      'Effective net yield on the bills is 9.19 pct, against 9.24 pct at the auction on Monday.',
      'on Monday',
      'unmarked',
    ],
    [
      'an "effective date" in the clause, which says nothing of when the sale was announced',
      'Citicorp announced the sale on Tuesday with an effective date of July 1.',
      'on Tuesday',
      'unmarked',
    ],
    [
      'a target date, whatever tense sets it',
      'A target date of mid-September has been set for the signing of the package.',
      'mid-September',
      'future',
    ],
    [
      'a plan in the past tense several words before the date',
      'The tanker was set to unload at the northern terminal on Saturday.',
      'on Saturday',
      'future',
    ],
    [
      'said before the date wins over a later will',
      'The company said on Tuesday it will close two plants.',
      'on Tuesday',
      'past',
    ],
    ['a cue beyond a comma counts less', 'The envoy is due back on Monday, officials said.', 'on Monday', 'future'],
    [
      'a modal with a perfect looks back',
      'The bill, defeated on Monday, could have cost millions.',
      'on Monday',
      'past',
    ],
    ['a hedged future', 'Prices could rise again in March.', 'in March', 'hedged-future'],
    [
      'a participle before the date nearer than the modal dates it',
      'Neither firm would give details of the deal, first announced in October.',
      'in October',
      'unmarked',
    ],
    [
      "the modal's own passive does not",
      'Details would be outlined at a news conference on Thursday.',
      'on Thursday',
      'hedged-future',
    ],
    [
      'an adjective in -ed after the date does not',
      "A ruling would not come until after Thursday's meeting on a proposed plan.",
      "Thursday's",
      'hedged-future',
    ],
    [
      'foresight in the present passive looks ahead',
      'Closing of the deal is anticipated in August.',
      'in August',
      'hedged-future',
    ],
    ['another present passive does not', 'A flag is raised at a rally on Thursday.', 'on Thursday', 'past'],
    ['a past passive looks back', 'Closing of the deal was anticipated in August.', 'in August', 'past'],
    [
      'a present form run into a past verb is a noun',
      'In January, housing starts fell a revised 0.5 pct.',
      'In January',
      'past',
    ],
    ['no verb at all', 'Shares at a glance in March.', 'in March', 'unmarked'],
    ['a quote mark ends the clause', 'The agency says "on November 19, the town was freed."', 'on November 19', 'past'],
    [
      'a passive participle before "by" however far',
      'It follows a cut to 92 dlrs announced by Marlow Gas Ltd Friday, also fob North Sea terminals and effective June 1.',
      'Friday',
      'past',
    ],
    [
      'a passive whose auxiliary carries the tense',
      'The list would be issued by the bank, the main sponsor, at the end of April.',
      'the end of April',
      'hedged-future',
    ],
  ])('%s', (_rule, sentence, expression, expected) => {
    expect(directionOf(sentence, expression)).toBe(expected);
  });
});
