import { describe, expect, it } from 'vitest';
import { speakerOf } from './fixtures.js';

describe('two persons joined by "and" speak together: the words are neither one\'s alone', () => {
  it.each([
    [
      'after the quotation',
      ['"We are united on this and always have been," Ann Marlow and Peter Quist said.'],
      'united on this',
    ],
    [
      'before a colon',
      ['Ann Marlow and Peter Quist said: "We are united on this and always have been."'],
      'united on this',
    ],
    [
      'before a quoted fragment',
      ['Ann Marlow and Peter Quist said it was "a great success for all".'],
      'great success',
    ],
    [
      'said before the names',
      ['"We are united on this and always have been," said Ann Marlow and Peter Quist.'],
      'united on this',
    ],
  ])('%s', (_form, paragraphs, quote) => {
    expect(speakerOf(paragraphs, quote)).toBeUndefined();
  });

  it.each([
    [
      'names inside a relative clause',
      ['Jane Doe, who met Ann Marlow and Peter Quist, said: "It was a fine meeting and we agreed on most things."'],
      'fine meeting',
      'Jane Doe',
    ],
    [
      'a name and a body',
      ['"We will win the cup this year," said Alan Smith, coach of Derby and England.'],
      'We will win',
      'Alan Smith',
    ],
    [
      'names after a preposition',
      ['"It was a fine meeting and we agreed on most things," Jane Doe said after meeting Ann Marlow and Peter Quist.'],
      'fine meeting',
      'Jane Doe',
    ],
  ])('not %s', (_form, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('an adverb between the subject and the verb is no part of who speaks', () => {
  it.each([
    ['reportedly', 'The document reportedly said: "We are looking for the return of the old order."', 'the document'],
    ['later', 'Ann Marlow later said: "We are looking for the return of the old order."', 'Ann Marlow'],
  ])('%s', (_adverb, paragraph, speaker) => {
    expect(speakerOf([paragraph], 'looking for the return')).toBe(speaker);
  });

  it('keeps a noun in -ly', () => {
    expect(speakerOf(['The family said: "We are looking for the return of the old order."'], 'looking for')).toBe(
      'the family',
    );
  });
});

describe('a sentence a description opens by reporting speech hands the next words to it', () => {
  it('not to the one quoted before it', () => {
    const paragraphs = [
      'Shadow minister Ann Marlow said: "I believe it is essential that we keep the rebate in full."',
      'The foreign secretary meanwhile said the rebate remained. "We have one of the lowest net receipts of any country in the union."',
    ];
    expect(speakerOf(paragraphs, 'lowest net receipts')).toBe('the foreign secretary');
  });
});

describe('a phrase of time before the subject is never who speaks (a family name first: no surname to find it by)', () => {
  it.each([
    [
      'a day after "Earlier"',
      'Earlier Saturday, Park apologized in an address, saying the order "came from the pressure of the moment" he was under.',
    ],
    [
      '"on" and a day after "Earlier"',
      'Earlier on Saturday, Park apologized in an address, saying the order "came from the pressure of the moment" he was under.',
    ],
    [
      'a date',
      'March 3, Park apologized in an address, saying the order "came from the pressure of the moment" he was under.',
    ],
  ])('%s', (_form, sentence) => {
    expect(speakerOf(['Dunmore president Park Min-ho spoke.', sentence], 'came from the pressure')).toBe('Park Min-ho');
  });
});

describe('a courtesy title before the first word of a name: the family name written first', () => {
  it('"said Mr Park" is the Park Min-ho named before', () => {
    expect(
      speakerOf(
        [
          '"The group knows what a collapse would cost," said Park Min-ho, an equity strategist.',
          '"In the end the group must pay, but they are delaying to win a better deal," said Mr Park.',
        ],
        'delaying to win',
      ),
    ).toBe('Park Min-ho');
  });
});

describe('a royal title and a given name speak for the full name', () => {
  it('"Prince Khalid said" is the Prince Khalid Al-Nasser named before', () => {
    expect(
      speakerOf(
        [
          'Foreign Minister Prince Khalid Al-Nasser spoke on Monday.',
          '"We will hire women this year," Prince Khalid said.',
        ],
        'hire women',
      ),
    ).toBe('Prince Khalid Al-Nasser');
  });
});

describe('a participle clause has no subject of its own', () => {
  it('"X refused, throwing the book at her and saying:" is said by X', () => {
    const paragraphs = [
      'Actor Omar Haddad is said to have turned down the role.',
      'The actor\'s friend Karim Nasser told a magazine the story. The actor repeatedly refused, throwing the script at her and saying: "For the last time, I will never play a gangster."',
    ];
    expect(speakerOf(paragraphs, 'never play a gangster')).toBe('Omar Haddad');
  });
});

describe("a phrase of the writer's between the quotation and its attribution", () => {
  it.each([
    [
      'a time',
      '"Overall it looks strong and I expect that to hold" in 2005, said Omar Haddad, economist at Ardenco.',
      'I expect that to hold',
      'Omar Haddad',
    ],
    [
      'a participle and its object',
      '"We will lodge the papers later this evening" asking the FTC to reopen the rail merger case, spokesman Omar Haddad said in a telephone interview from the head office.',
      'lodge the papers later this evening',
      'Omar Haddad',
    ],
  ])('%s', (_rule, paragraph, words, speaker) => {
    expect(speakerOf(['Karim Nasser spoke first.', paragraph], words)).toBe(speaker);
  });
});

describe('a name in what a described sayer said is spoken of', () => {
  it('"the chancellor said the cuts proposed by X were ..." leaves "he" with the chancellor', () => {
    const paragraphs = [
      'Omar Haddad has issued a rallying cry. "The stakes are too high to stay at home," he told supporters.',
      'To a packed audience, the chancellor said the cuts proposed by shadow chancellor Karim Nasser were the equivalent of sacking every teacher. Laying into the record he said: "I make you this pledge - we will never return to those mistakes."',
    ];
    expect(speakerOf(paragraphs, 'I make you this pledge')).toBe('Omar Haddad');
  });
});

describe("the words of one's own text are one's own", () => {
  it.each([
    [
      'a pitch',
      'Ann Marlow is selling her forehead as advertising space. Her sales pitch adds: "Take advantage of this radical campaign and become a part of history."',
    ],
    [
      'a letter',
      'Peter Quist wrote to the council. His letter said: "Take advantage of this radical campaign and become a part of history."',
    ],
  ])('%s', (_text, paragraph) => {
    expect(speakerOf([paragraph], 'radical campaign')).toMatch(/^(?:Ann Marlow|Peter Quist)$/);
  });

  it('but not the words of an aide', () => {
    expect(
      speakerOf(
        ['Peter Quist wrote to the council. His spokesman said: "Take advantage of this radical campaign now."'],
        'radical campaign',
      ),
    ).not.toBe('Peter Quist');
  });
});

describe('unnamed voices', () => {
  const paragraphs = [
    'A Labour spokesman said the party obeyed the rules.',
    'A Conservative spokeswoman said the party did too. She said: "We do apply the rules in line with the law at all times." A spokesman for the Home Office said it would be classed as marketing. "If a party was doing that then it may not be marketing at all," he said.',
    'The spokesman said there was "no yes or no" answer to the question.',
  ];

  it('"he" is not a spokeswoman, and a spokesman for a body after a quotation is a subject', () => {
    expect(speakerOf(paragraphs, 'may not be marketing')).toBe('a spokesman for the Home Office');
  });

  it('"The spokesman" opening a sentence is the voice named before', () => {
    expect(speakerOf(paragraphs, 'no yes or no')).toBe('a spokesman for the Home Office');
  });

  it.each([
    [
      'an adverb before the body',
      'Now the board has confirmed the bid, with a statement reading: "The board can confirm it has received a detailed proposal today."',
      'received a detailed proposal',
      'the board',
    ],
    [
      'a described sayer closing the sentence the quotation opens',
      '"We have not been approached by anybody with respect to our holdings" in Tamworth Mills, a Marlow Gas spokesman told Reuters.',
      'not been approached',
      'a Marlow Gas spokesman',
    ],
    [
      'a group that opens the sentence a colon ends',
      '"The decline was broad," said Omar Haddad of Ardenco. Analysts at Tamworth Mills were blunter in a newsletter: "a slight decline across the board, mostly weather."',
      'mostly weather',
      'Analysts at Tamworth Mills',
    ],
    [
      'one clause between two pieces, a surname and a long appositive ending in a list',
      'Omar Haddad founded the shop in 1970. "If I see an old deck on sale," Haddad, also a collector of games, rare cards, and books says, "and it costs too much, that upsets me a great deal."',
      'upsets me a great deal',
      'Omar Haddad',
    ],
    [
      'a clause the quotation runs into',
      'I scream "no no no no no no no" until someone tells me to stop.',
      'no no no',
      undefined,
    ],
  ])('%s', (_rule, text, quote, speaker) => {
    expect(speakerOf([text], quote)).toBe(speaker);
  });
});

describe('a description whose noun says the gender', () => {
  it('"he" is never "a spokeswoman"', () => {
    expect(
      speakerOf(
        [
          'A Labour spokesman said: "We never call those on the list, whatever the campaign."',
          'A Conservative spokeswoman said her party did too. "We always follow the law on such calls," he said.',
        ],
        'always follow the law',
      ),
    ).not.toBe('a Conservative spokeswoman');
  });
});

describe('an unidentified speaker is no one the article names', () => {
  it('"the unidentified official said" is not the delegate named before', () => {
    const paragraphs = [
      '"The bank should act as a catalyst for change," chief delegate Omar Haddad told the meeting earlier.',
      '"Economic reform should be a theme of its lending," the unidentified official said.',
    ];
    expect(speakerOf(paragraphs, 'Economic reform should be')).toBe('the unidentified official');
  });
});

describe('"the official" after an unnamed official spoke is no named person in focus', () => {
  it('not the managing director the paragraph before names', () => {
    const paragraphs = [
      'One Kelford administration official said there was "very broad support for the strategy".',
      'New Ardenco managing director Omar Haddad is understood to be worried about the image of the fund.',
      'But the administration official said the debtor might fail. "It is probably turning out to be more complicated than they thought," the official said.',
    ];
    expect(speakerOf(paragraphs, 'more complicated than they thought')).not.toBe('Omar Haddad');
  });
});

describe('"himself" is no woman of the surname', () => {
  it('"Haddad himself" is not Mrs Laila Haddad', () => {
    const paragraphs = [
      'Laila Haddad guided the career of her husband Omar. She was the driving force behind the show.',
      'Haddad himself was at a loss to explain its success: "I suppose people like watching a family like us make fools of ourselves."',
    ];
    expect(speakerOf(paragraphs, 'make fools of ourselves')).not.toBe('Laila Haddad');
  });
});

describe('a name after a preposition and its title is spoken of', () => {
  it('"an aide to Agriculture Secretary X said" is the aide', () => {
    expect(
      speakerOf(
        [
          '"The grain companies are trying to get this fired up again," an aide to Agriculture Secretary Ann Marlow said.',
        ],
        'fired up again',
      ),
    ).toBe('an aide to Agriculture Secretary Ann Marlow');
  });
});

describe('an "of" inside a capitalised title is no preposition', () => {
  it('"Undersecretary of Commerce X said" is X', () => {
    expect(
      speakerOf(
        ['Undersecretary of Commerce Ann Marlow said "We are gratified to learn that companies have begun paying."'],
        'gratified',
      ),
    ).toBe('Ann Marlow');
  });
});

describe("a business's first word is the business", () => {
  it('"Carson said" after "Carson Pirie Scott and Co said"', () => {
    expect(
      speakerOf(
        [
          'Carson Pirie Scott and Co said the tax act would hurt its results.',
          'Carson said it was "extremely optimistic about improved profit performance in 1987."',
        ],
        'extremely optimistic',
      ),
    ).toBe('Carson Pirie Scott and Co');
  });

  it('"General Consolidation said" many paragraphs after "General Consolidation Co, a group of ...", not a general', () => {
    expect(
      speakerOf(
        [
          'General Consolidation Co, a group of two investors, said again it would negotiate.',
          ...Array.from({ length: 8 }, (_, index) => `The board met for the ${index + 1}th time.`),
          'General Consolidation said if the board refused it "a fair and open contest for the company," it would act.',
        ],
        'fair and open contest',
      ),
    ).toBe('General Consolidation Co');
  });
});

describe('a book is named by its author', () => {
  it('"The book, by <paper> journalist <name>, said"', () => {
    expect(
      speakerOf(
        [
          'The book, by Sunday Ardenco journalist Ann Marlow and serialised in the paper, said the pair had "mutual animosity and contempt" for each other.',
        ],
        'mutual animosity',
      ),
    ).toBe('the book by Sunday Ardenco journalist Ann Marlow');
  });
});

describe('a party and state in brackets after the name', () => {
  it.each([
    [
      'before the verb',
      '"We do not want to see the futures markets go the way of textiles," Rep. Dana Pruitt (D-Ill.) told a hearing.',
    ],
    ['after "said"', '"We will win this fight in the Congress next year," said Rep. Dana Pruitt (D-Ill.).'],
  ])('%s', (_form, paragraph) => {
    expect(speakerOf([paragraph], paragraph.slice(1, 30))).toBe('Dana Pruitt');
  });
});

describe('"said a spokesman" after a body that has just spoken', () => {
  it("is that body's spokesman", () => {
    const paragraph =
      'Environmental group Ardenco 2000 said the freeze sent the wrong message. "We are concerned that the rhetoric fails in practice," said a spokesman.';
    expect(speakerOf([paragraph], 'rhetoric fails')).toBe('a spokesman for Ardenco 2000');
  });

  it("is nobody's in particular after a person has spoken", () => {
    const paragraph =
      'Omar Haddad said the freeze sent the wrong message. "We are concerned that the rhetoric fails in practice," said a spokesman.';
    expect(speakerOf([paragraph], 'rhetoric fails')).toBe('a spokesman');
  });
});

describe('"said the spokesman" after "a spokesman" brought in unnamed', () => {
  it('is that spokesman, not the person his words were about', () => {
    expect(
      speakerOf(
        [
          'A spokesman said President Omar Haddad had not been in danger.',
          '"There was never any risk to the visitors at any point," said the spokesman.',
        ],
        'never any risk',
      ),
    ).toBe('the spokesman');
  });
});

describe('a number closes a body’s name', () => {
  it('"Radio 9 said"', () => {
    expect(
      speakerOf(
        [
          'Radio 9 said the station would rise to the "challenge of keeping the old programme alive for its listeners".',
        ],
        'keeping the old programme',
      ),
    ).toBe('Radio 9');
  });
});

describe('a participle clause before the speaker', () => {
  it('"Interrupting Mr X during his speech, Mr Y said:" is Y speaking', () => {
    expect(
      speakerOf(
        [
          'Judge Omar Dunmore heard the case brought by lawyer Karim Holvane.',
          'Interrupting Mr Holvane during his speech, Mr Dunmore said: "So the ballots were all forged in one shed."',
        ],
        'forged in one shed',
      ),
    ).toBe('Omar Dunmore');
  });
});

describe('verbs of saying with a manner', () => {
  it.each([
    ['beams', '"The midfielder ran the whole game," the paper beams.', 'ran the whole game', 'the paper'],
    ['enthused', '"It was the best night of my life," Omar Haddad enthused.', 'best night of my life', 'Omar Haddad'],
  ])('"%s"', (_verb, text, words, speaker) => {
    expect(speakerOf([text], words)).toBe(speaker);
  });
});

describe('a sentence after words quoted inside a sentence that ends with them', () => {
  it("is no attribution of them: they are the sentence's own", () => {
    expect(
      speakerOf(
        [
          'Omar Haddad is an analyst at Kelford. He said the reasons given for the delay "do not hold up at all." Holvane said yesterday that it wanted the plant sold.',
        ],
        'do not hold up at all',
      ),
    ).toBe('Omar Haddad');
  });

  it('but attributes a quotation that is a sentence of its own', () => {
    expect(
      speakerOf(
        ['"We will fight this all the way to the end of the road." Holvane said yesterday.'],
        'end of the road',
      ),
    ).toBe('Holvane');
  });
});
