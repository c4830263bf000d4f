import { describe, expect, it } from 'vitest';
import { peopleIn, personNamed, rolesOf } from './support.js';

// Where a role starts and ends, and which capitalised words are a body's name rather than a
// person's: the hand audit's wrong roles, in made-up sentences of the same form.
describe('a role is cut where its words end', () => {
  it.each([
    [
      'a place of two words opens the possessor ("New York\'s")',
      "He led the inquiry by New York's top law officer, Omar Haddad, last year.",
      'Omar Haddad',
      ["New York's top law officer"],
    ],
    [
      'a place of two words inside a complement ("of Hong Kong Industry")',
      'Exports rose, said Omar Haddad, director-general of the Federation of Hong Kong Industry.',
      'Omar Haddad',
      ['director-general of the Federation of Hong Kong Industry'],
    ],
    [
      "a body's letters in brackets between its name and the title",
      'Ardenco Growers Association (AGA) president Omar Haddad said prices would rise.',
      'Omar Haddad',
      ['Ardenco Growers Association (AGA) president'],
    ],
    [
      'a place of two words before a bracketed body',
      'He met the Hong Kong Rugby Football Union (HKRFU) chairman Omar Haddad.',
      'Omar Haddad',
      ['Hong Kong Rugby Football Union (HKRFU) chairman'],
    ],
    [
      'a participle opening the sentence governs the title',
      "Welcoming Ardenian leader Omar Haddad's offer on Saturday, the president said it was good.",
      'Omar Haddad',
      ['Ardenian leader'],
    ],
    [
      'a participle right before the head is the title\'s ("Reading manager")',
      'Reading manager Omar Haddad said it was good.',
      'Omar Haddad',
      ['Reading manager'],
    ],
    [
      "a participle opening a body's name whose title is the subject of a verb",
      'Fostering Network executive director Omar Haddad criticised the system.',
      'Omar Haddad',
      ['Fostering Network executive director'],
    ],
    [
      '"and someone" says something else of them',
      'Omar Haddad, a research director at analyst firm Ardenco and someone who has followed the market, said no.',
      'Omar Haddad',
      ['research director at analyst firm Ardenco'],
    ],
    [
      '"and" with another title goes on',
      'Exports rose, said Omar Haddad, chairman and chief executive of Ardenco.',
      'Omar Haddad',
      ['chairman and chief executive of Ardenco'],
    ],
    [
      '"here", the dateline\'s place, is no part of the post',
      "Exports rose, said Omar Haddad, Ardenco Bank's general manager here.",
      'Omar Haddad',
      ["Ardenco Bank's general manager"],
    ],
    [
      'a plural capitalised word joined by "and" ("Ways and Means")',
      'House Ways and Means Committee Chairman Omar Haddad said the bill was dead.',
      'Omar Haddad',
      ['House Ways and Means Committee Chairman'],
    ],
    [
      'a post one is named to, with no article',
      'The company said Omar Haddad was named chief executive officer.',
      'Omar Haddad',
      ['chief executive officer'],
    ],
    [
      'a time after the post ends it',
      'Omar Haddad was appointed president of the union on Monday.',
      'Omar Haddad',
      ['president of the union'],
    ],
    [
      '"until" keeps the post held no longer',
      'Omar Haddad, who was president of the union until last year, said no.',
      'Omar Haddad',
      ['president of the union until last year'],
    ],
    [
      'a title joined by "and" to the title before a name',
      'Veteran Labour MP and former Cabinet minister Omar Haddad has said he will stand down.',
      'Omar Haddad',
      ['Labour MP', 'former Cabinet minister'],
    ],
    [
      'a bare head joined by "and" may be another person',
      'A meeting between the president and former prime minister Omar Haddad ended.',
      'Omar Haddad',
      ['former prime minister'],
    ],
    [
      'a verb after "and" opens another clause',
      'Omar Haddad was named president on an interim basis and remains chairman.',
      'Omar Haddad',
      ['president on an interim basis'],
    ],
    [
      'the post a verb before the name gives with "as"',
      'Ardenco Inc said it named J. Omar Haddad as president and chief executive officer.',
      'J. Omar Haddad',
      ['president and chief executive officer'],
    ],
    [
      'a lower-case post after "who will continue as"',
      'It named a new president, succeeding Omar Haddad, who will continue as chairman.',
      'Omar Haddad',
      ['chairman'],
    ],
    [
      'a body of capitalised words ending in a word for a body, after "of", before a comma',
      'The tubes work, vice-president of Ardenco Chemical, R. Haddad said.',
      'R. Haddad',
      ['vice-president of Ardenco Chemical'],
    ],
    [
      '"sporting director"',
      'He has fallen out with sporting director Omar Haddad.',
      'Omar Haddad',
      ['sporting director'],
    ],
    [
      'the post of "his appointment as" with no one else named between',
      'Omar Haddad said his appointment as chairman of the Ardenco Council was an honour.',
      'Omar Haddad',
      ['chairman of the Ardenco Council'],
    ],
    [
      'a post as the second object of an appointing verb',
      'Ardenco Corp said it has elected Omar Haddad a vice president and named him finance chief.',
      'Omar Haddad',
      ['vice president', 'finance chief'],
    ],
    [
      'no post a pronoun is given by the person named',
      'He said Mr Omar Haddad had made him deputy party leader of Veritas.',
      'Omar Haddad',
      [],
    ],
    [
      'a post of the body the sentence names, after "its"',
      '"It is our wish that the bank stays," Omar Haddad, its minister for economic affairs added.',
      'Omar Haddad',
      ['minister for economic affairs'],
    ],
    [
      'no role in the next item of a list that "its" opens',
      'The regulator filed complaints against Omar Haddad, its boss and another top executive.',
      'Omar Haddad',
      [],
    ],
    [
      'no role in a town and its county, where one lives',
      'Mr Omar Haddad, of Woodbridge, Suffolk, has also resigned as branch chairman.',
      'Omar Haddad',
      [],
    ],
    [
      'no role in the next names of a list, opened by an honorific',
      'He had his photo taken with director Omar Haddad, Mr Mann and Mr King.',
      'Omar Haddad',
      ['director'],
    ],
    [
      "the post of a name's own job",
      "Omar Haddad's job of musical director of the awards show is not for the faint-hearted.",
      'Omar Haddad',
      ['musical director of the awards show'],
    ],
    [
      "the post of a name's own appointment",
      "Omar Haddad's appointment as chief executive was announced.",
      'Omar Haddad',
      ['chief executive'],
    ],
    [
      'no post of "his appointment" after another name',
      'Omar Haddad welcomed Karim Nasser and his appointment as leader.',
      'Omar Haddad',
      [],
    ],
    ['"arms" before a head', 'Omar Haddad, an arms merchant, may testify.', 'Omar Haddad', ['arms merchant']],
    [
      'a post with two lower-case complements before a full name',
      'Talks will go on, Ardenian vice-minister of finance for international affairs Toyoo Haddad said.',
      'Toyoo Haddad',
      ['Ardenian vice-minister of finance for international affairs'],
    ],
    ['an epithet opening the role', 'Controversial singer Omar Haddad left.', 'Omar Haddad', ['singer']],
    ['"veteran" before a post', 'Veteran Labour MP Omar Haddad is to stand down.', 'Omar Haddad', ['Labour MP']],
    ['"late" stays', 'He met the late singer Omar Haddad in 1990.', 'Omar Haddad', ['late singer']],
  ])('%s', (_rule, sentence, name, roles) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual(roles);
  });

  it('gives a body cut short by a given name no bracketed title ("Chase Manhattan Corp (CMB) president")', () => {
    expect(rolesOf(peopleIn('Chase Ardenco Corp (CAC) president Omar Haddad said so.'), 'Omar Haddad')).toEqual([
      'president',
    ]);
  });
});

describe('a name that completes a body is no person', () => {
  it.each([
    [
      'a complement ending in a word for a body ("founder of merchant bank X")',
      'The joint founder of merchant bank Ardenco Magan gave 325,417 pounds.',
      'Ardenco Magan',
    ],
    [
      'a club after a role in brackets',
      'Forwards: Omar Haddad (captain, Ardenco Rugby), Karim Nasser (Ardenton).',
      'Ardenco Rugby',
    ],
    [
      'the second word of a place of two words',
      'Exports rose, said the director-general of the Federation of Hong Kong Industry.',
      'Kong Industry',
    ],
  ])('%s', (_rule, sentence, name) => {
    expect(personNamed(peopleIn(sentence), name)).toBeUndefined();
  });
});

describe("a role set off after a name that is not the name's", () => {
  it.each([
    [
      'a definite role run into a speech verb after a name inside its clause',
      "The same notice went to Karim Nasser, the family's lawyer says.",
      'Karim Nasser',
    ],
    [
      'a definite role run into a past tense after the object of a "having" clause',
      'Having brushed past Karim Nasser, the Kelford midfielder fired over the bar.',
      'Karim Nasser',
    ],
    [
      'a post after "as" in what a name run into its speech verb reports',
      'Omar Haddad will seek more allies as he starts another term as Ardenco President, Karim Nasser has said.',
      'Karim Nasser',
    ],
  ])('%s', (_rule, sentence, name) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual([]);
  });

  it.each([
    [
      'the name itself after a pass ("when he passed to X, the flanker")',
      'When he passed to Karim Nasser, the flanker kept his feet to score.',
      'Karim Nasser',
      ['flanker'],
    ],
    [
      'a past participle after the role',
      'Omar Haddad, the rescue expert hired by the board, spoke warmly.',
      'Omar Haddad',
      ['rescue expert'],
    ],
    [
      '"his predecessor as chief executive, X, died"',
      'He took over after his predecessor as chief executive, Karim Nasser, died in April.',
      'Karim Nasser',
      ['chief executive'],
    ],
  ])("is still the name's: %s", (_rule, sentence, name, roles) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual(roles);
  });

  it("ends at a firm's suffix that ends its sentence", () => {
    expect(
      rolesOf(
        peopleIn('"Prices fell," said Omar Haddad, director of Kelford Asia Ltd. Ardenco\'s shares rose two dlrs.'),
        'Omar Haddad',
      ),
    ).toEqual(['director of Kelford Asia']);
  });
});

describe('a name that names a firm or a work, not a person', () => {
  it.each([
    [
      "a firm's suffix after it, in capitals or in the wire's lower case",
      "E.F. Walker Group's E.F. Walker LBO Inc unit said it extended its offer for Kelford Courier corp. E.F. Walker lbo inc said its unit extended the offer. Walker's offer was topped today. Walker said 880,000 shares had been tendered.",
      'E.F. Walker',
    ],
    ['"the X Y films"', 'She plays Hermione in the Karim Nasser films.', 'Karim Nasser'],
    [
      "a lone surname before a comma and another that a firm's suffix closes",
      'Kelford is selling 40 mln dlrs of notes, lead manager Holvane, Dunmore Ltd said.',
      'Holvane',
    ],
    [
      'a part an actor plays',
      'Laila Nasser, who played the butler Omar Haddad, told the show its star was keen.',
      'Omar Haddad',
    ],
    [
      'a part played "as a" title and name',
      'She played the boss in comedy The Kelford Years, and as a proud Queen Margaret I in a new adaptation.',
      'Queen Margaret',
    ],
  ])('%s', (_rule, sentence, name) => {
    expect(personNamed(peopleIn(sentence), name)).toBeUndefined();
  });
});

describe('a role after "is" shared with a second name', () => {
  it('ends before "and" a name and a possessive: "chairman and Karim its deputy"', () => {
    expect(
      rolesOf(
        peopleIn('Vice-Premier Tang Wuhao runs the council. Tang is the company chairman and Lu its deputy.'),
        'Tang Wuhao',
      ),
    ).toEqual(['Vice-Premier', 'company chairman']);
  });

  it('goes on over "and" a title', () => {
    expect(rolesOf(peopleIn('Omar Haddad is the company chairman and Chief Executive.'), 'Omar Haddad')).toEqual([
      'company chairman and Chief Executive',
    ]);
  });
});

describe('a person the name of a part or a match result is near', () => {
  it.each([
    [
      'a match played, not a part',
      'Omar Haddad played top seed Karim Nasser in the final on Sunday.',
      'Karim Nasser',
      ['top seed'],
    ],
    ['a possessor of the part played', "Laila Nasser played Omar Haddad's wife in the film.", 'Omar Haddad', []],
    [
      'the actor a part is played by',
      'The role will be played by understudy Omar Haddad in the show.',
      'Omar Haddad',
      [],
    ],
    [
      'a score is no post',
      'Dunmore moves on to face Czech Omar Haddad, a 7-5 6-3 winner over Karim Nasser.',
      'Omar Haddad',
      [],
    ],
  ])('%s', (_rule, sentence, name, roles) => {
    expect(personNamed(peopleIn(sentence), name)).toBeDefined();
    expect(rolesOf(peopleIn(sentence), name)).toEqual(roles);
  });
});

describe('a description that names a body', () => {
  const story = [
    "Kelford's finance director has won the Dunmore award.",
    'Omar Haddad was given the title.',
    'Previous winners include Royal Bank of Kelwise finance director Karim Nasser.',
  ];

  it('is not a person whose post is at another body', () => {
    expect(rolesOf(peopleIn(...story), 'Karim Nasser')).toEqual(['Royal Bank of Kelwise finance director']);
  });

  it('goes to the person the story names next', () => {
    expect(rolesOf(peopleIn(...story), 'Omar Haddad')).toEqual(["Kelford's finance director"]);
  });
});

describe('a post given as the bare second object of an appointing verb', () => {
  it.each([
    ['The bank said it named Omar Haddad chief executive officer.', ['chief executive officer']],
    [
      'Kelford Bank said it named Omar Haddad general manager Europe, succeeding Karim Nasser.',
      ['general manager Europe'],
    ],
  ])("is the appointee's: %s", (sentence, roles) => {
    expect(rolesOf(peopleIn(sentence), 'Omar Haddad')).toEqual(roles);
  });

  it('makes no person of the region after it', () => {
    expect(personNamed(peopleIn('The bank said it named Omar Haddad general manager Asia.'), 'Asia')).toBeUndefined();
  });
});
