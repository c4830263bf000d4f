import { describe, expect, it } from 'vitest';
import { quotationHolding } from './fixtures.js';

function speakerOf(paragraphs: string[], words: string): { speaker: string; kind: string } | undefined {
  const found = quotationHolding(paragraphs, words);
  return found && { speaker: found.speaker, kind: found.speakerKind };
}

describe('"the company said": the business named before', () => {
  it.each([
    [
      'the lead sentence after a dateline',
      [
        'DALLAS, March 3 - Arbor Freight Corp said it had received an offer.',
        'The company said "The talks could end soon."',
      ],
      'talks could end',
      'Arbor Freight Corp',
    ],
    [
      'a union after a dateline, with its initials in angle brackets',
      [
        'DETROIT, March 9 - The Ardenco Auto Workers <AAW> union said it backed the merger.',
        '"We believe the purchase is a sound step for all concerned," the union said.',
      ],
      'sound step',
      'Ardenco Auto Workers',
    ],
    [
      'a name with a comma and "and Co"',
      [
        'Hollis, Bryce and Co, responding to the charges, said it stood by him.',
        '"We believe he acted properly," the company said.',
      ],
      'acted properly',
      'Hollis, Bryce and Co',
    ],
    [
      'its short form opening a sentence between',
      [
        'Marlow Gas Inc said it filed suit.',
        'Marlow also said the suit seeks damages.',
        '"It is a raid," the company alleged.',
      ],
      'It is a raid',
      'Marlow Gas Inc',
    ],
    [
      'a person speaking between',
      [
        'Tessaly Ltd said profits rose.',
        'Its chairman, John Peel, said he was pleased.',
        '"Demand for our goods is strong this year," the company said.',
      ],
      'Demand for our goods',
      'Tessaly Ltd',
    ],
    [
      '"the bank" and a bank',
      ['Crane Bank said it would cut rates.', '"Rates will fall before the end of the year," the bank said.'],
      'Rates will fall',
      'Crane Bank',
    ],
    [
      '"it said" after "the firm denied", the name run on by a place',
      [
        'Contrack International, of Arlington, Virginia, heads a coalition of firms. But the firm denied reports it was leaving. "Members of the venture are committed to the efforts," it said in a statement.',
      ],
      'committed to the efforts',
      'Contrack International',
    ],
    [
      '"the partnership" after the start of its name, which the story gave in full long before',
      [
        'General Consolidation Co, a group of two investors, repeated its offer.',
        ...Array.from({ length: 7 }, (_, index) => `The board met for the ${index + 1}th time.`),
        'General Consolidation said it was aware of other offers.',
        '"We can raise the bid if the board talks to us," the partnership said.',
      ],
      'raise the bid',
      'General Consolidation Co',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toEqual({ speaker, kind: 'organization' });
  });

  it.each([
    [
      'another body spoke since',
      [
        'Arbor Freight Corp said it had an offer.',
        'Coastline said it would fight the bid.',
        '"We will win this fight in the courts," the company said.',
      ],
      'We will win',
    ],
    [
      'a name with no business form',
      ['Umbrex said sales rose.', '"Sales rose in every market we serve," the company said.'],
      'Sales rose',
    ],
    [
      '"the bank" after a company',
      ['Arbor Freight Corp said it borrowed.', '"The loan is safe and will be repaid," the bank said.'],
      'loan is safe',
    ],
  ])('stays "the company" when %s', (_rule, paragraphs, quote) => {
    expect(speakerOf(paragraphs, quote)?.speaker).toMatch(/^the (company|bank)$/);
  });
});

describe('a body named by its letters is named as the article spells it out', () => {
  it('gives the name beside the letters', () => {
    expect(
      speakerOf(
        [
          'Car sales jumped 22%, the National Association of Car Makers of Ardenia (NACMA) said.',
          'During 2004 "Ardenia was one of the best performing markets internationally" for car sales, NACMA said.',
        ],
        'best performing markets',
      ),
    ).toEqual({ speaker: 'National Association of Car Makers of Ardenia (NACMA)', kind: 'organization' });
  });
});

describe('"the firm said": the body that opened the sentence before with "said"', () => {
  it('whatever form its name has', () => {
    expect(
      speakerOf(
        [
          'Her contract ended in December. Ardenco said the pay-off was in line with it. She was leaving "by mutual agreement to pursue other opportunities", the firm said in a statement.',
        ],
        'mutual agreement',
      ),
    ).toEqual({ speaker: 'Ardenco', kind: 'organization' });
  });
});

describe('"the company said" after a body that "also said"', () => {
  it('is that body', () => {
    expect(
      speakerOf(
        [
          'In its note Kelwise also said that stories of it selling fake codes were untrue. The company said: "Every cheat we banned came from outside, as they always do."',
        ],
        'Every cheat we banned',
      ),
    ).toEqual({ speaker: 'Kelwise', kind: 'organization' });
  });
});
