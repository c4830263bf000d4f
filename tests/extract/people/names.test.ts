import { describe, expect, it } from 'vitest';
import { peopleIn, personNamed, rolesOf } from './support.js';

describe('extractPeople finds persons', () => {
  it.each([
    ['a known first name', 'The plan was backed by Margaret Lawson at the hearing.', 'Margaret Lawson'],
    ['a title before an unknown name', 'Kenyan Trade Minister Wafula Odhiambo opened the fair.', 'Wafula Odhiambo'],
    ['a courtesy title', 'The bill was drafted by Mr Okonjo in the spring.', 'Okonjo'],
    ['the first of two people joined by an ampersand', 'Omar Haddad & Dale Hume said it was fine.', 'Omar Haddad'],
    ['the second of two people joined by an ampersand', 'Omar Haddad & Dale Hume said it was fine.', 'Dale Hume'],
    ['a surname that is also a title abbreviation', 'Economist Amartya Sen said growth would slow.', 'Amartya Sen'],
    ['an unknown full name that speaks', 'Tarek Bensaid said the talks would resume.', 'Tarek Bensaid'],
    [
      'a title only people hold before two unknown words',
      'He beat world indoor champion Tavor Brennagh of the USA.',
      'Tavor Brennagh',
    ],
    [
      'a listed given name that is also a word, after "star"',
      'Hollywood star Jean Marlow was the best-paid actor.',
      'Jean Marlow',
    ],
    ['"said" before the name', '"Prices will fall," said Hamid Tavakoli, an oil trader in Dubai.', 'Hamid Tavakoli'],
    ['a middle initial', 'The company named Robert J. Kessler as its new treasurer.', 'Robert J. Kessler'],
    [
      'a middle initial "A" without its full stop',
      'Charles A Holvane, executive vice-president of Kelford, said the ruling was wrong.',
      'Charles A Holvane',
    ],
    ['a name particle', 'Ahmed bin Salem said the port would reopen.', 'Ahmed bin Salem'],
    ['a particle after an unknown given name', 'Jorrit den Holvane said the image took weeks.', 'Jorrit den Holvane'],
    ['a nickname in quote marks', 'Omar "OJ" Haddad, chairman of Ardenco Records, said it.', 'Omar "OJ" Haddad'],
    [
      'a rank before a name the lexicon calls a place',
      'The loan was repaid to Lord Ashcroft last year.',
      'Lord Ashcroft',
    ],
    [
      'a peer named after a country',
      'Home Office minister Baroness Scotland said the law would stay.',
      'Baroness Scotland',
    ],
    ['a peer set off by commas', 'The Lord Chancellor, Lord Falconer, agreed with her.', 'Lord Falconer'],
    [
      'a surname that is a role noun, after a given name',
      '"It is a new franchise," said Gill Champion, president of Ardenco Films.',
      'Gill Champion',
    ],
    [
      'an age after a name whose given name is also a country',
      'Israel G. Grossman, 34, who worked for the firm, stole information. Grossman resigned.',
      'Israel G. Grossman',
    ],
    ['a peer whose name is also a common word', 'Lord Dabs agreed to withdraw his bill.', 'Lord Dabs'],
    [
      'a name no lexicon knows, that "she" goes on from',
      'Olympic champion Zenebu Taluma has confirmed she will run. Taluma won in 2000.',
      'Zenebu Taluma',
    ],
    [
      'a peer whose name is a role noun too',
      'Lord Walker of Gestingthorpe said the law was wrong.',
      'Lord Walker of Gestingthorpe',
    ],
    ['a peer with his seat', 'Lord Ardenwick of Birkenhead said the law was wrong.', 'Lord Ardenwick of Birkenhead'],
    ['a name after a possessor', "But Film Monthly's Dave Kerrigan maintained the awards were dull.", 'Dave Kerrigan'],
    [
      'a name after "New" and a nationality',
      'The side was coached by New Zealander Graham Hadley in 2001.',
      'Graham Hadley',
    ],
    ['a name after a nationality in -man', 'Welshman Jimmy Hadley was second in the final.', 'Jimmy Hadley'],
    ['an initial without a period', 'US president George W Bush arrived in Brussels.', 'George W Bush'],
    ['an unknown full name with a relative "who"', 'Zarya Okafor, who won the race, was happy.', 'Zarya Okafor'],
    ['a given name that is a title only in lower case', 'Dean Boyd said the gang did not profit.', 'Dean Boyd'],
    ['a month that is a given name', 'Jan Egeland said it was the worst disaster.', 'Jan Egeland'],
    [
      'another such month',
      'He wrote the song with June Carter Cash, the future wife of Johnny Cash.',
      'June Carter Cash',
    ],
    [
      "a country's possessive after a full name",
      "Deng told visiting Secretary of State Omar Haddad China's troubles were over.",
      'Omar Haddad',
    ],
    ['that given name after an appositive', 'A spokesman for the agency, Dean Boyd, said so.', 'Dean Boyd'],
    ['a month that is a given name before a surname that is a word', 'Jan Berry said the plan was wrong.', 'Jan Berry'],
    [
      'a given name that is a word before a surname that is a given name',
      'Hazel Gilbert, 23, an information manager from Leeds, gave up ballet.',
      'Hazel Gilbert',
    ],
    [
      'a name after a hyphenated phrase',
      'Man-of-the-match Zarya Okafor, who kicked three goals, was ecstatic.',
      'Zarya Okafor',
    ],
    [
      "a body's one-word name between its lower-case noun and a full name",
      'But general secretary of the rail union Kelwise Omar Haddad attacked the idea.',
      'Omar Haddad',
    ],
  ])('%s', (_rule, text, name) => {
    expect(peopleIn(text).map((person) => person.name)).toContain(name);
  });

  it.each([
    ['months and weekdays', 'In January the board met again, and on Tuesday it voted.'],
    ["a firm's title before two unknown words", 'Shares in market leader Qintara Dairy rose sharply.'],
    ["a body's noun after title words", 'Under the Elite Player Squad agreement, the union wanted a second opinion.'],
    ['a place word before a county', 'North Devon landowner Giles Bradshaw was put in touch with them.'],
    ['an animal an appositive names', 'The dog was replaced by her half-sister, Sadie, a black Labrador, in 2003.'],
    [
      'a people named in the plural after "the" and a word',
      'The game spread fast, the native Maoris finding it to their taste.',
    ],
    ['a place compromise takes for a person', 'Rebels were flushed out of Al-Bukamal in November.'],
    ['a company that speaks', 'Texaco Inc said its refinery would close. Computer Terminal said sales rose.'],
    ['a theatre named after a royal', 'The show opened at the Prince Ardenco in London last night.'],
    [
      "a possessor's thing inside a post's complement",
      "They insulted the founder of Kelford's Holvane Republic and the president of Ardenco's Dunmore Studio.",
    ],
    [
      'a theatre named after a person',
      "Previews will begin at New York's Ethel Marlow Theatre on Thursday. The Ethel Marlow Theatre is sold out.",
    ],
    ['a place someone comes from', 'They have a devoted fan base in their native Montervale. Montervale said so.'],
    [
      'a company a "she" follows in another clause',
      'She danced for his company, Ballets Ardenco. In a re-formed Ballets Ardenco, she played to huge audiences.',
    ],
    [
      'a company with a bracketed word before its suffix',
      'Hutchison and its parent Cheung Kong (Holdings) Ltd both announced bonus issues.',
    ],
    [
      'partners\' names listed before "and Co"',
      'The offering was priced, said lead manager Dunmore, Holvane and Co Inc.',
    ],
    ['a body after a preposition before "said"', 'A spokeswoman for Chelsea said the club would wait. Chelsea won.'],
    ['a firm named with an ampersand', 'It called in administrators Dale Hume & Partners on Friday.'],
    ['a possessor before a body word', "A total of 21 barges traded on the Ardenco Merchants' Exchange."],
    ['a place named after a saint', 'He became a research professor of the University of St Andrews in 2003.'],
    ['a relative clause after "an" and a role', 'I handed my glasses to an optometrist Apple had on-site.'],
    [
      'a firm named by a plural of a common word',
      'Whole Foods has been a pioneer in seafood marketing. Whole Foods co-founder Tom Reed said so.',
    ],
    ['a firm named after its founders', 'The issue was managed by Merrill Lynch and priced at par.'],
    ['a firm inside a role', '"Demand is weak," said Paul Hendry, an analyst with Dean Witter Reynolds.'],
    ['a title with no name', 'The Iranian Interior Minister warned of the danger.'],
    ['a lone capitalised word after a title', 'Voters face the General Election in May.'],
    ['a country after a role noun', 'Fellow oil producer Ecuador said output would rise.'],
    ['a company with a role a company can hold', 'Its profit was dwarfed by rival Google and by market leader Diageo.'],
    ['a prize named after a person', 'She won the Milton Shulman Award last year.'],
    ['the body after "president of"', 'said Ken Mayland, president of ClearView Economics.'],
    ['a title after a capitalised article', 'Fans loved The Omar Haddad Show on Friday.'],
    ['an institution', 'The think-tank Ardenco Institution said prices rose.'],
    ['a street after a title word', "The shop opens on London's Regent Street in May."],
    ['a group with a relative "who" and a plural verb', 'The Sand Tigers, who want a homeland, were angry.'],
    ['a pronoun run into its verb', '"Omar Haddad is the best writer I\'ve come across," he said.'],
  ])('not %s', (_rule, text) => {
    const names = peopleIn(text).map((person) => person.name);
    for (const wrong of [
      'Dunmore',
      'Squad',
      'Qintara Dairy',
      'January',
      'Apple',
      'Whole Foods',
      'Andrews',
      'Chelsea',
      'Tuesday',
      'Al-Bukamal',
      'Texaco',
      'Texaco Inc',
      'Computer Terminal',
      'Merrill Lynch',
      'Dean Witter Reynolds',
      'Witter Reynolds',
      'Minister',
      'Election',
      'Ecuador',
      'Google',
      'Diageo',
      'Milton Shulman Award',
      'ClearView Economics',
      'Omar Haddad Show',
      'Ardenco Institution',
      'Street',
      'Sand Tigers',
      'Cheung Kong',
      'Prince Ardenco',
      'Ethel Marlow Theatre',
      'Ballets Ardenco',
      'Montervale',
      "I've",
      'Sadie',
      'Maoris',
      'Holvane Republic',
      'Dunmore Studio',
    ]) {
      expect(names).not.toContain(wrong);
    }
  });

  it('keeps table dots out of names', () => {
    const names = peopleIn('Dealer quotes: Mark Irving Securities....7.10......5.50, said Mark Irving.').map(
      (person) => person.name,
    );
    expect(names).toEqual(['Mark Irving']);
  });

  it('skips headline lines in title case and in capitals', () => {
    const people = peopleIn(
      'Shamkhani Warns Of New Round Of Terrorism',
      'TEXACO CHAIRMAN SEES HIGHER PROFIT',
      'Oil prices rose on Monday.',
    );
    expect(people).toEqual([]);
  });

  it('links the variants of one person within an article', () => {
    const people = peopleIn(
      'Security chief Ali Shamkhani met the envoy in Tehran on Saturday.',
      'Shamkhani said the talks were constructive.',
      'Officials said Shamkhani would travel to Baghdad next week.',
    );
    const person = personNamed(people, 'Ali Shamkhani');
    expect(person?.variants).toEqual(['Ali Shamkhani', 'Shamkhani']);
    expect(person?.mentions.map((mention) => mention.paragraph)).toEqual([0, 1, 2]);
    expect(people).toHaveLength(1);
  });

  it.each([
    ['a letter undoubled', 'Commissioner Jacques Marrot said it was sound.', 'said Mr Marot.', ['Jacques Marrot']],
    [
      'a letter doubled',
      'Economist Lena Hoffman said it was sound.',
      'Mr Hoffmann disagreed, he said.',
      ['Lena Hoffman'],
    ],
    [
      'not when two full names would fit',
      'Lena Hoffman and Karl Hofman met.',
      'Mr Hoffmann said so.',
      ['Lena Hoffman', 'Karl Hofman', 'Hoffmann'],
    ],
    ['not a short name', 'Actor Tom Hall said it was sound.', 'Mr Hal said so.', ['Tom Hall', 'Hal']],
  ])('links a surname the article misspells once to its one full name: %s', (_rule, first, second, names) => {
    const people = peopleIn(first, second);
    expect(people.map((person) => person.name)).toEqual(names);
  });

  it.each([
    [
      'a stage name the article uses most, with the real name as a variant',
      [
        'Kel-D, real name Omar Haddad, said: "I have taken over two of the best labels there are."',
        'Kel-D will run both.',
      ],
      'Kel-D',
      'Omar Haddad',
    ],
    [
      'the real name the article uses most, past a title before it',
      [
        'DJ Omar Haddad - aka Dunmore Slim - said dance music was alive.',
        'Haddad added that clubs had closed.',
        'Haddad said so.',
      ],
      'Omar Haddad',
      'Dunmore Slim',
    ],
  ])('links two names of one person: %s', (_rule, paragraphs, name, other) => {
    const person = personNamed(peopleIn(...paragraphs), name);
    expect(person?.variants).toContain(other);
  });

  it("makes no description of a region's Executive, its government", () => {
    const people = peopleIn(
      "The Welsh Executive has lost an appeal against an inmate's compensation.",
      'Omar Haddad, 25, won the case after he claimed he had suffered.',
    );
    expect(rolesOf(people, 'Omar Haddad')).toEqual([]);
  });

  it('makes no person of a lone word a titled person owns ("Mr Nasser\'s Budget")', () => {
    const people = peopleIn(
      "Mr Nasser's Budget was not about what was good for the country, the opposition leader said.",
      'There was nothing in the Budget that would put more police on the streets.',
    );
    expect(people.map((person) => person.name)).not.toContain('Budget');
  });

  it('makes no person of a people named after its country or of a party ("Sri Lankans", "the Lib Dems say")', () => {
    const people = peopleIn(
      'The Sri Lankan authorities put the damage at $1.5bn, and many Sri Lankans lost their homes.',
      'People vulnerable to debt need protection, the Lib Dems say.',
    );
    expect(people.map((person) => person.name)).toEqual([]);
  });

  it('makes no person of a lone name run into a lower-case post ("the billionaire Ardenco owner")', () => {
    const people = peopleIn('Omar Haddad, the billionaire Ardenco owner, said he would bid.');
    expect(people.map((person) => person.name)).toEqual(['Omar Haddad']);
  });

  it('makes no person of a work\'s title after "called" ("a song called Judge Marlow")', () => {
    expect(peopleIn('His last record - a song called Judge Marlow Hadley - is out on Monday.')).toEqual([]);
  });

  it('makes no person of a lone name before a lower-case word for a body ("the official Ardenco news agency")', () => {
    const people = peopleIn('The official Ardenco news agency said the decision was taken at a meeting.');
    expect(people.map((person) => person.name)).toEqual([]);
  });

  it('makes no person of a lone name the lexicon knows as an organisation, whatever title precedes it', () => {
    const people = peopleIn('Buyers showed continued support for official Opec prices this week.');
    expect(people.map((person) => person.name)).toEqual([]);
  });

  it('starts a name after a compound adjective ("Paris-born Nasser")', () => {
    const people = peopleIn('Karim Nasser directed the film.', 'Paris-born Nasser moved to London in 1990.');
    expect(people.map((person) => person.name)).toEqual(['Karim Nasser']);
    expect(personNamed(people, 'Karim Nasser')?.variants).toEqual(['Karim Nasser', 'Nasser']);
  });

  it('takes no full name across a bracket ("Karim (Nasser)")', () => {
    const people = peopleIn(
      'Director Karim Nasser was hired.',
      'The producer said: "Karim (Nasser) is an exciting film-maker."',
    );
    expect(people.map((person) => person.name)).toEqual(['Karim Nasser']);
    expect(personNamed(people, 'Karim Nasser')?.variants).toEqual(['Karim Nasser', 'Nasser']);
  });

  it('finds a surname after a word capitalised only because it opens the sentence', () => {
    const people = peopleIn(
      'Karim Nasser and Omar Haddad met on Monday.',
      'Although Nasser left early, the talks went on.',
      'But Haddad stayed.',
    );
    expect(personNamed(people, 'Karim Nasser')?.variants).toContain('Nasser');
    expect(personNamed(people, 'Omar Haddad')?.variants).toContain('Haddad');
  });

  it('knows a knight by title and given name, unless another person shares the given name', () => {
    const knighted = peopleIn(
      'Former minister Nicholas Oakes has died aged 71.',
      'Sir Nicholas claimed the painkillers had reacted badly with alcohol.',
    );
    expect(personNamed(knighted, 'Nicholas Oakes')?.variants).toContain('Sir Nicholas');
    const namesakes = peopleIn(
      'Former minister Nicholas Oakes has died aged 71.',
      'His colleague Nicholas Brandt said he would be missed.',
      'Sir Nicholas claimed the painkillers had reacted badly with alcohol.',
    );
    expect(namesakes.flatMap((person) => person.variants)).not.toContain('Sir Nicholas');
  });

  it('reads initials run together as a given name, and believes such a name only with a role', () => {
    const chairman = peopleIn('Panhandle Eastern chairman R.L. Oshields said payments had reduced the exposure.');
    expect(personNamed(chairman, 'R.L. Oshields')?.roles.map((role) => role.role)).toEqual([
      'Panhandle Eastern chairman',
    ]);
    const firm = peopleIn(
      'A spokesman for J.P. Morgan and Co Inc said it would appeal.',
      'J.P. Morgan filed the suit.',
    );
    expect(firm).toEqual([]);
    expect(peopleIn('U.S. President Ronald Reagan spoke.').map((person) => person.name)).toEqual(['Ronald Reagan']);
  });

  it('links a two-word tail of a three-word name', () => {
    const people = peopleIn(
      'Interior Minister Abdolreza Rahmani Fazli spoke first.',
      'Rahmani Fazli said the border was secure.',
    );
    expect(personNamed(people, 'Abdolreza Rahmani Fazli')?.variants).toContain('Rahmani Fazli');
    expect(people).toHaveLength(1);
  });

  it('reads two capitals before a surname named alone elsewhere as initials, not an acronym', () => {
    const people = peopleIn(
      'Novelist Marlow said the book was finished. KT Marlow wrote it in two years.',
      'Analyst Hadley said prices would fall. The US Hadley fund rose.',
    );
    expect(people.map((person) => person.name)).toEqual(expect.arrayContaining(['KT Marlow', 'Hadley']));
  });

  it('reads a word opening the sentence before the surname of the one person named alone as the given name', () => {
    const story = (opening: string): string[] =>
      peopleIn(
        `${opening} Hadley has said he is unsure of the offer.`,
        'The defender Hadley, 26, played for the club. "No one knows what it means," said Hadley.',
      ).map((person) => person.name);
    expect(story('Rio')).toEqual(['Rio Hadley']);
    expect(story('Mr')).toEqual(['Hadley']);
    expect(story('Meanwhile')).toEqual(['Hadley']);
  });

  it('links the surname before a generation ("Jr") and keeps father and son apart', () => {
    const people = peopleIn(
      'Dale R. Hume Jr, chairman of the firm, spoke first. Hume said the deal was close.',
      'Omar Haddad Sr and Omar Haddad Jr will stay with the new company.',
    );
    expect(personNamed(people, 'Dale R. Hume Jr')?.mentions).toHaveLength(2);
    expect(people.map((person) => person.name)).toEqual(expect.arrayContaining(['Omar Haddad Sr', 'Omar Haddad Jr']));
  });

  it('gives a shared surname to the person named most recently', () => {
    const people = peopleIn(
      'George Hadley met Frances Hadley at the summit.',
      'Frances Hadley spoke first. Hadley said the deal was close.',
    );
    const frances = personNamed(people, 'Frances Hadley');
    expect(frances?.mentions.some((mention) => mention.sentence === 'Hadley said the deal was close.')).toBe(true);
    expect(personNamed(people, 'George Hadley')?.mentions).toHaveLength(1);
  });

  it('does not give a surname to a different full name', () => {
    const people = peopleIn(
      'Foreign Minister Fuad Hussein arrived on Monday.',
      'He said Saddam Hussein was no longer a threat.',
    );
    expect(personNamed(people, 'Fuad Hussein')?.mentions).toHaveLength(1);
  });

  it('keeps every mention at its exact sentence', () => {
    const paragraph =
      'Prices fell sharply. Treasury Secretary James Baker said the dollar was stable. Traders were unconvinced.';
    const person = personNamed(peopleIn(paragraph), 'James Baker');
    expect(person?.mentions).toEqual([
      { paragraph: 0, sentence: 'Treasury Secretary James Baker said the dollar was stable.' },
    ]);
    expect(paragraph).toContain(person?.roles[0]?.sentence);
  });
});

it('takes no firm named by a plural of a common word for a person', () => {
  const names = peopleIn(
    'Whole Foods has been a pioneer in sustainable-seafood marketing, beginning in 1999.',
    'Whole Foods co-founder and CEO Tom Reed said in a memo that prices fell as Whole Foods lowered its prices.',
  ).map((person) => person.name);
  expect(names).toEqual(['Tom Reed']);
});

describe('a lower-case title before two capitalised words no list knows', () => {
  it.each([
    ['The bank head Wladek Dunmore said the country hoped for help.', 'Wladek Dunmore', ['bank head']],
    [
      'Kelford county court justice Kelwin Ardenby put off the hearing.',
      'Kelwin Ardenby',
      ['Kelford county court justice'],
    ],
  ])('makes them a person: %s', (sentence, name, roles) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual(roles);
  });

  it('not after "a" ("a general Production Diary")', () => {
    expect(
      personNamed(peopleIn('There is also a general Production Diary and a feature.'), 'Production Diary'),
    ).toBeUndefined();
  });
});

describe('a family name written first', () => {
  const story = [
    'DUNMORE, March 30 - Vice-Premier Tang Wuhao said Saturday the plan would go ahead.',
    'Tang told a news conference the premier would stay until the congress.',
  ];

  it('is the person when the word opens exactly one full name and is no known given name', () => {
    expect(personNamed(peopleIn(...story), 'Tang Wuhao')?.variants).toContain('Tang');
  });

  it('but a known given name alone is not linked', () => {
    const people = peopleIn('Vice-Premier Omar Haddad said Saturday the plan would go ahead.', 'Omar said no more.');
    expect(personNamed(people, 'Omar Haddad')?.variants).toEqual(['Omar Haddad']);
  });

  it('nor a word that opens two full names', () => {
    const people = peopleIn(...story, 'Vice-Premier Tang Kelu attended too.', 'Tang told reporters it was over.');
    expect(personNamed(people, 'Tang Wuhao')?.variants).toEqual(['Tang Wuhao']);
  });
});

describe('a rank joined to a title by a hyphen', () => {
  it.each([
    ['Vice-Premier Tang Wuhao said the plan would go ahead.', 'Tang Wuhao', ['Vice-Premier']],
    ['Deputy-Mayor Holdo Kwembi said it would rain.', 'Holdo Kwembi', ['Deputy-Mayor']],
    ['Vice-Premiers Omar Haddad and Karim Nasser attended the talks.', 'Omar Haddad', ['Vice-Premier']],
  ])('is a title before any name: %s', (sentence, name, roles) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual(roles);
  });
});
