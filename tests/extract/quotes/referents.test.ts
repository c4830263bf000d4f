import { describe, expect, it } from 'vitest';
import { speakerOf } from './fixtures.js';

describe('"he" after a sentence that "he" opens points where that one does', () => {
  it('to the one person of the sentence before it', () => {
    expect(
      speakerOf(
        [
          '"I think she will win," said Philip Marrow. Anna Lowe is also the choice of Steven Gaydos, executive editor of Variety. But while he tipped her to win, he predicted a close contest. "Everything can flip by one vote and go the other way," he told the BBC.',
        ],
        'flip by one vote',
      ),
    ).toBe('Steven Gaydos');
  });

  it('not to a name in a sentence whose speaker is described', () => {
    expect(
      speakerOf(
        [
          'Tory leader Omar Haddad attacked the Budget. Taxes would go up after the election, Mr Haddad said.',
          'Mr Brown\'s Budget was not about the country, but "all about the interests of the party," the Tory leader said after welcoming the chancellor back. He went on to accuse Mr Brown of giving with one hand. He urged the chancellor to admit he had been responsible for dragging "millions of people in to the net" to pay stamp duty. "We can all see the sweeteners, but they hide the tax rises for families."',
        ],
        'see the sweeteners',
      ),
    ).not.toBe('Brown');
  });
});

describe('"he" after an "Asked if" clause', () => {
  it('is not the person the question was about', () => {
    expect(
      speakerOf(
        [
          'Mr Haddad told reporters he had not seen the figures. But told the radio: "The matter is closed."',
          'Asked if Mr Nasser would stand again, he replied: "Karim has my full support and always will."',
        ],
        'my full support',
      ),
    ).toBe('Haddad');
  });
});

describe('"he" after a sentence whose one name qualifies a noun', () => {
  it('is the subject before it, not the name after "an"', () => {
    expect(
      speakerOf(
        [
          'Manager Omar Haddad said his team had played well all season.',
          'A late penalty and a Karim Nasser header gave them a 3-1 win. "Winning the first game gave us a big lift," he said.',
        ],
        'gave us a big lift',
      ),
    ).toBe('Omar Haddad');
  });
});

describe('"he" after a title that names a band or a firm', () => {
  it('is the person the title is of, not the name inside it', () => {
    expect(
      speakerOf(
        [
          'Fans say Karl Holvane, Travis and Dunmore are recent successes.',
          'Karl Holvane frontman Karim Nasser has called for more help for musicians. "For any music to thrive there needs to be some kind of state input," he said.',
        ],
        'state input',
      ),
    ).toBe('Karim Nasser');
  });
});

describe('"the defender": the one person named before, with no role that says otherwise', () => {
  it.each([
    [
      'a position',
      [
        "Arsenal's Ian Marlow has called the rivalry bitter.",
        '"It is just more bitter and personal this year," the defender told a newspaper.',
      ],
      'more bitter and personal',
      'Ian Marlow',
    ],
    [
      'an age, the one person the sentence before names, whatever their post',
      [
        'France coach Bernard Lapierre believes his team will be scared.',
        'Meanwhile, Perpignan winger Jean-Luc Granvier is delighted with his first call-up. "It is incredible and I never expected it," the youngster said.',
      ],
      'never expected it',
      'Jean-Luc Granvier',
    ],
    [
      'an age in years and a noun that is no post, the one person the sentence before names',
      [
        'Singer Paul Marlow has said that a new film about his life is the start of a retirement.',
        'The film chronicles Marlow\'s life. The 41-year-old chart-topper told reporters that he wanted to "move his career into a different form" soon.',
      ],
      'move his career',
      'Paul Marlow',
    ],
    [
      'where someone comes from before a noun ("the Newport-based athlete"), the one person the sentence before names',
      [
        'Coach Alan Reed praised the squad.',
        'Darren Marlow agreed the honour capped a hard year. "I think the medal matters to my family," said the Newport-based athlete.',
      ],
      'medal matters to my family',
      'Darren Marlow',
    ],
    [
      'a count before the role',
      [
        "Britain's Paula Marlow has not ruled out the race.",
        '"I haven\'t quite decided what events I will run in," said the two-time champion.',
      ],
      'quite decided what events',
      'Paula Marlow',
    ],
    [
      "the one person the quotation's paragraph names, over a role an earlier paragraph gave another",
      [
        'Olympic champion Tomas Keller could meet her in March.',
        '- Britain\'s Paula Marlow has also not ruled out the race. "I haven\'t quite decided what events I will run in," said the two-time champion.',
      ],
      'quite decided what events',
      'Paula Marlow',
    ],
    [
      'the person whose one role holds every word, over one whose two roles share them',
      [
        'World and European 200m champion Omar Haddad will run in the 100m in May.',
        'Dunmore Games 200m champion and world junior record holder Karim Nasser will also run. The world champion says he is fit again. "The local sprinters are in form and will want to beat us."',
      ],
      'want to beat us',
      'Omar Haddad',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  it('never gives "the top seed" to the seventh seed', () => {
    const speaker = speakerOf(
      [
        'Tom Reed reached the last four with an easy 6-1 6-2 win over seventh seed Ian Marlow.',
        'The world number one set up a semi-final against Russian Nikolay Davydenko. Reed, who lost here in 2003, was happy with his form. "I think I played better than last week," said the top seed.',
      ],
      'played better than last week',
    );
    expect(speaker).not.toBe('Ian Marlow');
  });

  it.each([
    [
      'a relation',
      ['Eloise Parry died after taking the pills.', '"They never stood a chance of saving her life," her mother said.'],
      'never stood a chance',
    ],
    [
      'an age, when the sentence before names nobody',
      [
        'France coach Bernard Lapierre believes his team will be scared.',
        'Meanwhile, the squad has a new face. "It is incredible and I never expected it," the youngster said.',
      ],
      'never expected it',
    ],
    [
      'two people named before',
      [
        'Ian Marlow and Tom Reed met on Tuesday.',
        '"It is just more bitter and personal this year," the defender said.',
      ],
      'more bitter and personal',
    ],
    [
      'where someone comes from, when the sentence before names two people',
      [
        'Ian Marlow beat Tom Reed on Tuesday.',
        '"I think the medal matters to my family," said the Newport-based athlete.',
      ],
      'medal matters to my family',
    ],
    [
      'a person whose stated role is another',
      [
        'United boss Alex Fergal spoke on Monday.',
        '"It is just more bitter and personal this year," the defender said.',
      ],
      'more bitter and personal',
    ],
  ])('not %s', (_rule, paragraphs, quote) => {
    expect(speakerOf(paragraphs, quote)).not.toMatch(/Parry|Marlow|Reed|Fergal/);
  });
});

describe('"he" after a described subject that opens the sentence before', () => {
  it.each([
    [
      'a name in its clause is not who "he" is',
      [
        "Chelsea's Karim Nasser believes they will win the league.",
        'And the French international defender believes Omar Haddad is suited to the job. "It is only normal to have a manager like Haddad," he said.',
      ],
      'only normal to have a manager',
      'Karim Nasser',
    ],
    [
      'a given name used by both sexes says nothing of "he"',
      [
        'World champion Kim Ardley will run in Leeds. Sydney champion Omar Haddad will also take part.',
        'Ardley ran in Leeds in 2003. "I am looking forward to a strong field," he said.',
      ],
      'looking forward to a strong field',
      'Kim Ardley',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a name in a phrase before "she said" is what she speaks of', () => {
  it('"Of X, she said:" is said by the subject before, not by X', () => {
    const paragraphs = [
      'Laila Nasser, who won for playing the late actress Maria Lopez in the film, said she was thrilled.',
      'Of Lopez, she said: "The length of her career is an inspiration to me." She added: "I owe her a great deal."',
    ];
    expect(speakerOf(paragraphs, 'length of her career')).toBe('Laila Nasser');
    expect(speakerOf(paragraphs, 'owe her a great deal')).toBe('Laila Nasser');
  });
});

describe('an age opening a sentence is its subject, when it fits the one named last', () => {
  it('"The 31-year-old was third behind X and Y" keeps the words after it with the one before', () => {
    const paragraphs = [
      'Laila Nasser will miss the cross country race to prepare for the indoor championships.',
      'The 31-year-old was third behind Maria Dunmore and Anna Holvane in last week\'s race but she prefers to race on the track. "Third place was fine but my knee comes first and I must think of the winter races," she said.',
    ];
    expect(speakerOf(paragraphs, 'Third place was fine')).toBe('Laila Nasser');
  });
});

describe('a name in a phrase setting the scene before "he said" is no subject', () => {
  it('"At a conference hosted by X on Friday, he said" goes on with the one named before', () => {
    const paragraphs = [
      'Omar Haddad, Dunmore\'s trade minister, is attending the summit. At a conference on trade hosted by Kelford finance minister Karim Nasser on Friday, he said that he favoured open markets. "A floating rate lets a country ride out a sudden shock," he told the conference.',
    ];
    expect(speakerOf(paragraphs, 'ride out a sudden shock')).toBe('Omar Haddad');
  });
});

describe("a name the pronoun's aside reports is no subject", () => {
  it('"Nobody, he claimed, could picture X walking" leaves "he" with the one speaking', () => {
    expect(
      speakerOf(
        [
          'Labour campaign chief Alan Marlow spoke on Monday.',
          'Nobody, he claimed, could picture Liberal leader Charles Reed walking up Downing Street. And the prime minister would be in the front line, he said. "He will be leading the debate from the front, listening, taking the flak," he promised.',
        ],
        'leading the debate',
      ),
    ).toBe('Alan Marlow');
  });
});

describe('a quoted predicate of the one named right before it', () => {
  it.each([
    [
      'goes on from who spoke just before',
      [
        '"Already, leaders have shown a willingness to take significant political risks," Obama said in his speech. President Omar Haddad "has put aside efforts to shortcut the pursuit of peace."',
      ],
      'has put aside efforts',
      'Obama',
    ],
    [
      "is no one's when no one spoke just before",
      [
        'Mr Tom Reedy left the party on Monday.',
        'The party asserts that Mr Reedy "has a moral obligation, if not a legal one" to stand down.',
      ],
      'moral obligation',
      undefined,
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

it('a fragment in the first person in a narrated sentence goes on from who spoke just before', () => {
  expect(
    speakerOf(
      [
        '"I was shocked to see that level," said Tom Reedy, president of a fish company. The price, which was matched at rival stores last week, is "as low as I\'ve ever seen."',
      ],
      'as low as',
    ),
  ).toBe('Tom Reedy');
});

describe('a title kept in a name tells its gender', () => {
  it('"she" is not a Lord named in the sentence before', () => {
    expect(
      speakerOf(
        [
          'A Home Office spokeswoman said Lord Quist agreed about what happened. "Their disagreement is about whether the law should require consultation," she said.',
        ],
        'Their disagreement',
      ),
    ).not.toBe('Lord Quist');
  });
});

describe('names a participle brings in after a comma are its objects, not the sentence subject', () => {
  it('"he" after a cast list is the one the story is about', () => {
    expect(
      speakerOf(
        [
          'Arthur Marlow worked as a screenwriter before turning to novels.',
          'The book was adapted into a film in 1970, starring Peter Quist as the manager and Dean Hollis as a pilot. The writer was known for his research. "I have never been able to write quickly or easily," he once said.',
        ],
        'write quickly',
      ),
    ).toBe('Arthur Marlow');
  });

  it('but a name after a participle clause closed by a comma is the subject', () => {
    expect(
      speakerOf(
        [
          'Arthur Marlow wrote the book.',
          'Yesterday, facing criticism, Peter Quist defended the film. "I have never been ashamed of this film at all," he said.',
        ],
        'never been ashamed',
      ),
    ).toBe('Peter Quist');
  });
});

describe('"the station said": a thing\'s or a body\'s noun is no person named near its word', () => {
  it.each([
    [
      'a station, after a man whose show it airs',
      [
        "The replacement for late DJ John Marlow's radio show goes on air on Tuesday.",
        'Radio 9 said the station was not trying to replace Marlow. The three DJs were chosen for their "deep musical knowledge across a range of genres", the station said.',
      ],
      'deep musical knowledge',
      'the station',
    ],
    [
      'a lawsuit, after the man who filed it',
      [
        'Actor Tom Brandt is suing a film studio over an accident on set.',
        'The lawsuit said the studio had caused Brandt "extreme mental and physical pain and suffering for many years".',
      ],
      'extreme mental and physical',
      'the lawsuit',
    ],
  ])('%s', (_rule, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  it('a role noun still links to the person who holds it', () => {
    expect(
      speakerOf(
        [
          'Tessaly chairman Ian Marlow said sales were strong.',
          '"We are thinking of new markets abroad this year," the chairman said.',
        ],
        'new markets abroad',
      ),
    ).toBe('Ian Marlow');
  });
});

describe('first-person words the narration before them is about someone else', () => {
  it('go on from who spoke just before, not from the one they speak of', () => {
    expect(
      speakerOf(
        [
          '"The results have not been impressive," said Tom Marlow. "But the players told me how hard it was." And forward Simon Hadley looks certain to get the call. "I took lessons from the last tour. Simon Hadley is an outstanding player and I have no doubts."',
        ],
        'outstanding player',
      ),
    ).toBe('Tom Marlow');
  });
});

describe('a person whose thing opens the sentence before is who "he" is', () => {
  it.each([
    [
      'the owner of the subject, with nobody else named but after a preposition',
      [
        'Coach Brian Kellar praised the side. Rory Quinlan\'s normal position is right-back but he looked assured in midfield. "As I play on the right for my club, it was something we tried," he said.',
      ],
      'play on the right',
      'Rory Quinlan',
    ],
    [
      'not when another name in the sentence has a verb of its own',
      [
        'Manager Kevin Marsh spoke after the game. Rob Fenner\'s double strike helped City to a win at Carrow Road and Marsh sympathised with Norwich boss Nigel Weston. "I feel a bit for Nigel," he said.',
      ],
      'feel a bit for Nigel',
      'Kevin Marsh',
    ],
  ])('%s', (_rule, paragraphs, words, speaker) => {
    expect(speakerOf(paragraphs, words)).toBe(speaker);
  });

  it("not across a paragraph, where the thing's owner was only the story's lead", () => {
    expect(
      speakerOf(
        [
          "Fidel Marquez's decision to ban cash transactions has turned the spotlight on the economy.",
          'In a broadcast announcing the measure, President Marquez\'s chief aide said it was necessary. "The obligation applies to the dollar alone," he said.',
        ],
        'applies to the dollar',
      ),
    ).not.toBe('Fidel Marquez');
  });
});

describe('a description that says where someone was born', () => {
  it('is not given to a person no word of the article places there', () => {
    expect(
      speakerOf(
        [
          'Best actress winner Dana Holloway told the BBC the film was the highlight of her career. Rooting for her was Jane Marlow, herself nominated.',
          'Shivering in a long dress, the Australian-born actress stopped to sign autographs and joked: "It\'s tight but I love it."',
        ],
        'tight but I love it',
      ),
    ).not.toBe('Dana Holloway');
  });
});

describe('"the club" for the body the lead introduces as a club', () => {
  it('is that body', () => {
    expect(
      speakerOf(
        [
          'Shares in German football club Ardenco Rovers slipped on Monday.',
          'The club, which has posted record losses, said last week that it was in "a life-threatening financial situation".',
        ],
        'life-threatening',
      ),
    ).toBe('Ardenco Rovers');
  });

  it('is not a club brought in after the lead', () => {
    expect(
      speakerOf(
        [
          "Ardenco United's board has rejected a bid from a US tycoon.",
          'Rival local club Ardenco City has pleaded with fans not to protest.',
          '"Any board has a responsibility to consider a bona fide offer," the club said.',
        ],
        'bona fide offer',
      ),
    ).not.toBe('Ardenco City');
  });
});

describe('"he" going on with the described subject that opened its own sentence saying something', () => {
  it.each([
    [
      'after "but he adds", the quotation closed by "he says"',
      [
        'A Kelford spokesman says it is "far too soon" to talk about cuts.',
        'The former Kelford executive says more cuts will follow the new deal, but he adds, "nothing will happen before the vote," he says.',
      ],
      'before the vote',
      'the former Kelford executive',
    ],
    [
      'after "and he added:"',
      [
        'Kelford chairman Omar Haddad opened the plant on Monday.',
        'The plant manager said output would double by spring, and he added: "We have hired every welder in the valley."',
      ],
      'every welder in the valley',
      'the plant manager',
    ],
  ])('%s', (_, paragraphs, piece, speaker) => {
    expect(speakerOf(paragraphs, piece)).toBe(speaker);
  });
});

describe('a description of a past post', () => {
  it('is not given to a person whose posts are of another kind and none of them past', () => {
    expect(
      speakerOf(
        [
          '"The union is fighting for its members," analyst Karim Nasser says of Ardenco chairman Omar Haddad.',
          'Some say more closures are coming. "Only luck can keep the plant open now," says the former Ardenco executive.',
        ],
        'Only luck can keep',
      ),
    ).not.toBe('Omar Haddad');
  });

  it('is still given to the person whose post is stated as past', () => {
    expect(
      speakerOf(
        [
          'Omar Haddad, a former Ardenco executive, now runs a bakery.',
          '"Only luck can keep the plant open now," said the former Ardenco executive.',
        ],
        'Only luck can keep',
      ),
    ).toBe('Omar Haddad');
  });
});

describe('an unnamed voice known by its head noun', () => {
  it('is not who a description with another head stands for', () => {
    expect(
      speakerOf(
        [
          'Another merchant banker said a flurry of deals was expected within five years.',
          'Hostile bids are rare here, the trading company official says. "Buyers here like quiet, friendly deals."',
        ],
        'quiet, friendly deals',
      ),
    ).not.toBe('another merchant banker');
  });
});

describe('"he said" after a sentence whose source is an unnamed "according to"', () => {
  it('is that source, not a voice quoted further back', () => {
    expect(
      speakerOf(
        [
          'Some figures are "too hard to turn into money terms," one banking source said.',
          'According to one Western envoy, an expert on Kelwise trade, the estimate used old figures.',
          'But trade was booming then, he said, calling it "a guess drawn from the best year there ever was."',
        ],
        'a guess drawn from',
      ),
    ).toBe('one Western envoy');
  });
});

describe('"one said", "said another"', () => {
  it.each([
    [
      ['Bankers doubt the figure. "No bank lends forever to a borrower who cannot pay," said another.'],
      'lends forever to a borrower',
      'another',
    ],
    [
      [
        'Diplomats doubt the figure. "The figure is a handy alibi for poor growth," one said.',
        'But trade was booming then, he said, calling it "a guess drawn from the best year there ever was."',
      ],
      'a guess drawn from',
      'one',
    ],
  ])('give no speaker of that one word (%j)', (paragraphs, piece, word) => {
    expect(speakerOf(paragraphs, piece)).not.toBe(word);
  });
});

describe('the words before a speech verb', () => {
  it('describe who said it, not the name the verb goes on to', () => {
    expect(
      speakerOf(
        [
          'Omar Haddad will take a softer line in his second term, Karim Nasser has said.',
          'The prime minister said Mr Haddad had learned that arms alone would not do. Mr Haddad took the oath on Thursday.',
          'The prime minister conceded that Kelford held "a tougher line than its partners" on trade.',
        ],
        'a tougher line than',
      ),
    ).not.toBe('Omar Haddad');
  });
});

describe('"he said" after an unnamed person brought in by any past tense', () => {
  it('is that person, not the one named before', () => {
    expect(
      speakerOf(
        [
          'Bank head Omar Haddad said Kelwise hoped Ardenco would help.',
          'Speaking more bluntly, one senior banking official blamed Ardenco for the stalled talks.',
          '"Ardenco carries great weight in the lending agencies," he said.',
        ],
        'great weight in the lending',
      ),
    ).toBe('one senior banking official');
  });
});

describe('a description several people partly fit', () => {
  it('is the only one who holds its post', () => {
    expect(
      speakerOf(
        [
          "Omar Haddad's future as Kelford manager is uncertain after he and assistant Laila Dunmore refused a severance package.",
          'Kelford have won only two of their last 10 games but Chairman Karim Nasser claims he cannot afford to sack the 43-year-old Ardenco legend. Nasser said: "I offered a settlement." Nasser claimed that Dunmore had "said yes" to the offer. But the Kelford chairman added: "Their lawyer talked them out of the deal we shook on." Haddad was appointed at the end of August, after Kelford won the title.',
        ],
        'talked them out of the deal',
      ),
    ).toBe('Karim Nasser');
  });
});

describe('a word for a body that is also a post', () => {
  it('is the person the article gives that post', () => {
    expect(
      speakerOf(
        [
          'Producer Omar Haddad said it would be "worth waiting for". "No Kelford stage was free until next spring," added the British producer.',
        ],
        'stage was free until',
      ),
    ).toBe('Omar Haddad');
  });

  it('stays the body when no one holds that post', () => {
    expect(
      speakerOf(
        ['Analyst Omar Haddad said output would fall. "We will pump a fifth less oil," the producer said.'],
        'a fifth less oil',
      ),
    ).not.toBe('Omar Haddad');
  });
});

describe('"The move comes after X said"', () => {
  it('gives the words to X, not to the clause before it', () => {
    expect(
      speakerOf(
        [
          'The move comes after telecom regulator Kelcom said in November that the firm must give rivals "the same terms for its network that it gives itself".',
        ],
        'same terms for its network',
      ),
    ).toBe('Kelcom');
  });
});

describe('words printed on a thing', () => {
  it.each([
    [
      [
        'Gordon Haddad is the chancellor.',
        'On Wednesday they unveiled a poster which pictured the prime minister and Mr Haddad under the words "Two captains, one sinking ship?" Karim Nasser on Thursday launched new plans.',
      ],
      'one sinking ship',
    ],
    [
      [
        'Omar Haddad led the march. Protesters carried a banner bearing the words "Kelford will never give up its harbour without a fight".',
      ],
      'never give up its harbour',
    ],
  ])("are no one's quotation (%#)", (paragraphs, piece) => {
    expect(speakerOf(paragraphs, piece)).toBeUndefined();
  });
});

describe('"he said" after a family name written first', () => {
  it('is that person, not the last speaker', () => {
    expect(
      speakerOf(
        [
          'Vice-Premier Tang Wuhao said Saturday the new port would open next year.',
          '"We do not want higher taxes, but we need better roads," Nasser said.',
          'On trade, Tang repeated the policy of keeping tariffs low. "We hope to settle this by talks and not by new tariffs," he said.',
        ],
        'settle this by talks',
      ),
    ).toBe('Tang Wuhao');
  });
});

describe('a description resolved by the words around a name', () => {
  it.each([
    ['the subject of a verb whose object the name is', 'Laila Kelwin said the chancellor must dismiss Mr Nasser.'],
    ['a person coordinated with the name', 'Laila Kelwin blamed the chancellor and Mr Nasser for the row.'],
  ])('does not take the words of %s', (_kind, later) => {
    expect(
      speakerOf(
        [
          'Omar Haddad has dismissed reports he told Karim Nasser he would quit.',
          `"Nobody trades posts over a dinner like that one," the chancellor told the programme. ${later}`,
        ],
        'trades posts over a dinner',
      ),
    ).not.toBe('Karim Nasser');
  });
});

describe('"it said" after a statement a news agency carried', () => {
  it('is not the agency', () => {
    expect(
      speakerOf(
        [
          'The Kelford Trade Ministry statement, carried by the Kelford News Agency KNA, said the seizure was not the first.',
          'Dunmore had held back ships before, it said.',
          '"Kelford is puzzled that the charges now include claims of smuggling," it said.',
        ],
        'puzzled that the charges',
      ),
    ).not.toBe('the Kelford News Agency');
  });
});
