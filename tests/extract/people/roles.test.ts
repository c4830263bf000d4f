import { describe, expect, it } from 'vitest';
import { peopleIn, personNamed, rolesOf } from './support.js';

describe('extractPeople finds roles', () => {
  it.each([
    [
      'a role set off by dashes',
      "To mark the anniversary, Omar Haddad - the band's former head of press at Kelford Records - remembers the man.",
      'Omar Haddad',
      ["band's former head of press at Kelford Records"],
    ],
    [
      'no role from a list of prizes set off by dashes',
      'Best revival - Hamlet at the Kelford - Best supporting role - Omar Haddad at the Theatre Royal, Kelford Lane - Best choreographer - Karim Nasser.',
      'Kelford Lane',
      [],
    ],
    [
      'a business\'s trade and noun before its name, after "of"',
      '"Customers are getting used to it," says Omar Haddad of IT firm Ardenco Data, which commissioned the survey.',
      'Omar Haddad',
      ['IT firm Ardenco Data'],
    ],
    [
      'a firm after "at", after "said"',
      '"We do not think it is a change in direction," said Omar Haddad at Holvane Securities.',
      'Omar Haddad',
      ['Holvane Securities'],
    ],
    ['no firm after "at" without "said"', 'Omar Haddad at Wimbledon beat the seed.', 'Omar Haddad', []],
    [
      'a bare title completed by the firm after the name',
      '"Prices will ease," said analyst Omar Haddad at Holvane Securities.',
      'Omar Haddad',
      ['analyst at Holvane Securities'],
    ],
    [
      'a bare title completed by "of" and a body',
      'Senior vice-president Karim Nasser of Ardenco Bank said the loans were sold.',
      'Karim Nasser',
      ['Senior vice-president of Ardenco Bank'],
    ],
    [
      'the post one resigned from, without the purpose after it',
      'Ardenco Inc said Omar Haddad has resigned as senior vice chairman to pursue other interests.',
      'Omar Haddad',
      ['senior vice chairman'],
    ],
    [
      'the post of the one succeeded',
      'Karim Nasser will succeed Omar Haddad as president of Ardenco Bank in April.',
      'Omar Haddad',
      ['president of Ardenco Bank'],
    ],
    [
      'no verb of saying after the quoted words in the title',
      'Can we really trust the vendors, asks technology analyst Karim Nasser.',
      'Karim Nasser',
      ['technology analyst'],
    ],
    [
      'the post a verb gives after a short appositive',
      'It said director Karim Nasser, his son, has been named chairman and chief executive.',
      'Karim Nasser',
      ['director', 'chairman and chief executive'],
    ],
    [
      'no reason after "over", no span back in time',
      'Laila Nasser, who resigned as development secretary over the war, was appointed envoy only two months ago.',
      'Laila Nasser',
      ['development secretary', 'envoy'],
    ],
    [
      'a noun in -ing inside a role',
      "Omar Haddad has resigned as host of Kelford TV's Saturday morning music show Dunmore after six years.",
      'Omar Haddad',
      ["host of Kelford TV's Saturday morning music show Dunmore"],
    ],
    [
      'no plural after the comma, the next items of a list',
      'Also due to attend are UN envoy Karim Nasser, bank officials and foreign ministers from 20 countries.',
      'Karim Nasser',
      ['UN envoy'],
    ],
    [
      'one of a group of people of a trade',
      '"We had to write every tool again," said Karim Nasser, one of the Kelford researchers behind the project.',
      'Karim Nasser',
      ['one of the Kelford researchers behind the project'],
    ],
    [
      'a titled possessor is the person, not the work that is theirs',
      "He was acclaimed for his production of the French composer Holvane's Dunmore at Kelford.",
      'Holvane',
      ['French composer'],
    ],
    [
      'no title from capitalised words after a preposition, the first name of a list',
      'A patch fixes a hole in Holvane Player, Kelford Messenger and Dunmore Messenger which an attacker could use.',
      'Kelford Messenger',
      [],
    ],
    [
      "a surname's appositive is the role of the full name before",
      'Karim Haddadi spoke to reporters. Haddadi, a law lecturer at the University of Kelford, added that it was wrong.',
      'Karim Haddadi',
      ['law lecturer at the University of Kelford'],
    ],
    [
      'an agent noun whose verb the lexicon files as a noun ("lecture", "run")',
      'Omar Haddad, a marathon runner from Kelford, won the race.',
      'Omar Haddad',
      ['marathon runner from Kelford'],
    ],
    [
      'a plural title before a list gives a name of an unknown given name its singular too',
      'Items include sheet music by jazz composers Karim Nasser and Theodoros Holvane.',
      'Theodoros Holvane',
      ['jazz composer'],
    ],
    [
      'a plural title before courtesy titles and surnames',
      'Irish billionaires Mr Haddad and Mr Nasser are said to believe the bid is low.',
      'Nasser',
      ['Irish billionaire'],
    ],
    [
      'no verb after a plural subject in a plural title',
      'Other ambassadors include actors Omar Haddad and Sir Karim Nasser.',
      'Omar Haddad',
      ['actor'],
    ],
    [
      'the one behind a thing, set off by commas',
      'Omar Haddad, the man behind the Kelford website, said the idea came to him a year ago.',
      'Omar Haddad',
      ['man behind the Kelford website'],
    ],
    [
      'a title naming its body is not completed again',
      'Kelford analyst Karim Nasser of Ardenco said prices would ease.',
      'Karim Nasser',
      ['Kelford analyst'],
    ],
    [
      "a post before a cleric's style and name",
      'Opponents included the Bishop of Kelford, the Rt Rev Omar Haddad, who said it would divide the state.',
      'Omar Haddad',
      ['Bishop of Kelford'],
    ],
    [
      'a post of a body whose name holds "of" before the name',
      'But director of the Friends of Dunmore Trust, Omar Haddad, accused the judge of contempt.',
      'Omar Haddad',
      ['director of the Friends of Dunmore Trust'],
    ],
    [
      'a post after "elected X as its"',
      'Ardenco Inc said its board elected Omar Haddad as its chairman and chief executive officer.',
      'Omar Haddad',
      ['chairman and chief executive officer'],
    ],
    [
      'the body two coordinated names work for',
      'Omar Haddad and Karim Nasser, who work for Ardenco Asset Management Inc, said they bought the stock.',
      'Karim Nasser',
      ['Ardenco Asset Management Inc'],
    ],
    [
      'a time in the post ("early", "original", "one-time")',
      '"It would not be here without him," said Omar Haddad, an early Kelford team member.',
      'Omar Haddad',
      ['early Kelford team member'],
    ],
    [
      'an athlete of a sport the lexicon does not list',
      'It was balanced by the return of injury-hit decathlete Omar Haddad, who came fourth.',
      'Omar Haddad',
      ['injury-hit decathlete'],
    ],
    [
      'no tail of a longer name before the head',
      'The Lord of the Dunes director Omar Haddad won an award.',
      'Omar Haddad',
      ['director'],
    ],
    [
      'a body after "of the" that no capital opens',
      'It followed the resignation of the Ardenco Airways chairman Omar Haddad.',
      'Omar Haddad',
      ['Ardenco Airways chairman'],
    ],
    [
      'no passing mood in the role',
      '"People want to see us back at the top," said a delighted coach Omar Haddad.',
      'Omar Haddad',
      ['coach'],
    ],
    [
      'titles before a name, split at a rank',
      'Iranian Defense Minister Brigadier General Hossein Dehqan arrived.',
      'Hossein Dehqan',
      ['Iranian Defense Minister', 'Brigadier General'],
    ],
    [
      "a body named with an ampersand and a plural's apostrophe",
      "Transport & General Workers' Union leader Dale Hume said it was fine.",
      'Dale Hume',
      ["Transport & General Workers' Union leader"],
    ],
    [
      'a post after "was" with no article',
      'Sir Omar Haddad was Home Office permanent secretary during the row.',
      'Omar Haddad',
      ['Home Office permanent secretary'],
    ],
    [
      'a post with a complement after "is" with no article',
      'Laila Nasser is chief executive of the Ardenco group.',
      'Laila Nasser',
      ['chief executive of the Ardenco group'],
    ],
    [
      'a tennis seed',
      'Earlier, Spanish fifth seed Omar Haddad secured his place.',
      'Omar Haddad',
      ['Spanish fifth seed'],
    ],
    ['a rugby lock opening the sentence', 'Lock Omar Haddad also justified his recall.', 'Omar Haddad', ['Lock']],
    [
      'an athlete in -er the lexicon knows as a surname',
      'It got worse with walker Omar Haddad hurt.',
      'Omar Haddad',
      ['walker'],
    ],
    ['a founding post', 'BNP founding chairman Omar Haddad was arrested.', 'Omar Haddad', ['BNP founding chairman']],
    [
      'no verb in -s after an adverb in the title',
      'He potentially faces fourth seed Omar Haddad in the second round.',
      'Omar Haddad',
      ['fourth seed'],
    ],
    [
      "no people's adjective between the title and the name",
      'He will face seventh seed Russian Omar Haddad.',
      'Omar Haddad',
      ['seventh seed'],
    ],
    [
      'no role in a thing in "-eer" set off before the name',
      'Earlier in his career, Omar Haddad had hits as part of a duo.',
      'Omar Haddad',
      [],
    ],
    [
      'no verb in -ing after "was" in the title',
      "The re-release was out-selling X Factor winner Omar Haddad's cover by 2,000 copies.",
      'Omar Haddad',
      ['X Factor winner'],
    ],
    [
      'no verb of the name before in the title',
      "Rangers rarely threatened until Celtic goalkeeper Rab Dunlop let defender Omar Haddad's drive slip through.",
      'Omar Haddad',
      ['defender'],
    ],
    [
      'a keeper, who only a person is',
      'Drogba forced home keeper Zuko Hislan into a smart save. Hislan blocked again later.',
      'Zuko Hislan',
      ['home keeper'],
    ],
    [
      'a plural role noun of the open class before a list, the first name after an honorific',
      'The show has works by artists Sir Alan Marlow, Tracey Brennagh and Jack Odhiambo.',
      'Jack Odhiambo',
      ['artist'],
    ],
    [
      "capitals after a business's noun name the business, not a titled person",
      'Joe Brennagh, a tax specialist at accountancy firm Grant Marlow, said it was crucial.',
      'Joe Brennagh',
      ['tax specialist at accountancy firm Grant Marlow'],
    ],
    [
      'a player in "-sist", which is no verb like "insist"',
      'Ardenco bassist Omar Haddad has retired from the stage.',
      'Omar Haddad',
      ['Ardenco bassist'],
    ],
    [
      "a race's distance inside a title",
      'World 100m champion Omar Haddad will compete in the 60m at the meeting.',
      'Omar Haddad',
      ['World 100m champion'],
    ],
    [
      'a firm whose name ends in "and Co"',
      'Hume Barlow and Co analyst Omar Haddad said he expected no change.',
      'Omar Haddad',
      ['Hume Barlow and Co analyst'],
    ],
    [
      'a complement cut short by a number, its dangling words dropped',
      'Omar Haddad was singer with early 1970s band Ardenco before going solo.',
      'Omar Haddad',
      ['singer'],
    ],
    ['abbreviated ranks, stacked', 'Lt Col Erin Walsh of the agency told reporters so.', 'Erin Walsh', ['Lt Col']],
    ['an abbreviated office with its period', 'Sen. Dale Hume told the panel it was fine.', 'Dale Hume', ['Sen.']],
    [
      'an abbreviated office after a title is a title of its own',
      'House Budget Committee chairman Rep. Dale Hume said it was fine.',
      'Dale Hume',
      ['House Budget Committee chairman', 'Rep.'],
    ],
    [
      'an abbreviated title vouches for a lone surname',
      'Prof Aldous-Brant said the plan was sound.',
      'Aldous-Brant',
      ['Prof'],
    ],
    [
      'a Reuters title',
      'Treasury Secretary James Baker said the dollar was stable.',
      'James Baker',
      ['Treasury Secretary'],
    ],
    ['an expert', 'Legal expert Omar Haddad said there was no treaty.', 'Omar Haddad', ['Legal expert']],
    [
      'a former player of a national side',
      'Former Scotland international Omar Haddad said the pack was too slow.',
      'Omar Haddad',
      ['Former Scotland international'],
    ],
    [
      'a player of a national side',
      'Kelford hope to sign Norway Under-21 international Omar Haddad after his trial.',
      'Omar Haddad',
      ['Norway Under-21 international'],
    ],
    [
      'a possessor, a post and a lower-case complement set off before a name',
      "ITV's controller of entertainment, Laila Nasser, said she had no hesitation.",
      'Laila Nasser',
      ["ITV's controller of entertainment"],
    ],
    [
      'a possessor, a post and a "for" complement set off before a name',
      "The bank will join Kelford soon, Kelford's regional manager for Africa, Omar Haddad, said.",
      'Omar Haddad',
      ["Kelford's regional manager for Africa"],
    ],
    [
      'a lower-case complement after "for"',
      'Shadow spokesman for sport Hugh Marlow said it was wrong.',
      'Hugh Marlow',
      ['Shadow spokesman for sport'],
    ],
    [
      'a rank word that opens the title after a verb',
      'The register shows former Tory leader Omar Haddad earning up to 800,000.',
      'Omar Haddad',
      ['former Tory leader'],
    ],
    [
      'a chief operating officer',
      'According to the paper, chief operating officer Omar Haddad said the firm was looking.',
      'Omar Haddad',
      ['chief operating officer'],
    ],
    [
      'an "ex-" before a capitalised title word',
      'The BBC should not demonise ex-Downing Street media chief Omar Haddad, Karim Nasser has said.',
      'Omar Haddad',
      ['ex-Downing Street media chief'],
    ],
    [
      'a plural possessor ("referees\' chief")',
      "Former referees' chief Omar Haddad backed the decision.",
      'Omar Haddad',
      ["Former referees' chief"],
    ],
    [
      'a capitalised function word inside a name',
      'He reacted to a comment by All Ardenco Club chairman Omar Haddad on Monday.',
      'Omar Haddad',
      ['All Ardenco Club chairman'],
    ],
    [
      'a past post',
      'Omar Haddad, the former head of Ardenco, has made no decision.',
      'Omar Haddad',
      ['former head of Ardenco'],
    ],
    [
      'a lower-case complement before a given name',
      'The firm is opposed to the plan, director of corporate strategy Omar Haddad told reporters.',
      'Omar Haddad',
      ['director of corporate strategy'],
    ],
    [
      'a post of a body in lower case that opens the sentence',
      'The head of the defence ministry press department, Omar Haddad told reporters the fighting went on.',
      'Omar Haddad',
      ['head of the defence ministry press department'],
    ],
    [
      'a broadcaster named by its acronym with a plural possessive',
      "The show was far too long, said KBS' Omar Haddad.",
      'Omar Haddad',
      ['KBS'],
    ],
    [
      'a broadcaster named by its acronym with a plural possessive, before a given name no list holds',
      "The show was far too long, said KBS' Ysolde Vantreck.",
      'Ysolde Vantreck',
      ['KBS'],
    ],
    [
      'the post a relative clause says she was the first to hold',
      'Laila Nasser, who was the first woman to be Lord Mayor, said she believed it.',
      'Laila Nasser',
      ['Lord Mayor'],
    ],
    [
      'the unit a relative clause says he works in, in lower case',
      '"It is our job," said Omar Haddad, who works in the water quality department of the city council.',
      'Omar Haddad',
      ['water quality department'],
    ],
    [
      'no verb after "not" in the title',
      'He did not name party leader Omar Haddad in the speech.',
      'Omar Haddad',
      ['party leader'],
    ],
    [
      "a person's noun compromise's lexicon lacks, before a knight's honorific",
      'The opera was staged by festival impresario Sir Omar Haddad.',
      'Omar Haddad',
      ['festival impresario'],
    ],
    [
      "a race's distance with a thousands comma",
      'She will run against European 10,000m finalist Omar Haddad in May.',
      'Omar Haddad',
      ['European 10,000m finalist'],
    ],
    [
      '"world" inside a title joined by "and"',
      'World and European 200m champion Omar Haddad will compete.',
      'Omar Haddad',
      ['World and European 200m champion'],
    ],
    [
      'a post of a body in lower case before a name set off by commas in mid-sentence',
      "He met the governor of the country's central bank, Omar Haddad, on Monday.",
      'Omar Haddad',
      ["governor of the country's central bank"],
    ],
    [
      'a lower-case post with its complement before the name that ends the sentence',
      'The tests should be scrapped, said the chief inspector of prisons, Omar Haddad.',
      'Omar Haddad',
      ['chief inspector of prisons'],
    ],
    [
      'a news anchor',
      'The network marked the retirement of CBS news anchor Omar Haddad.',
      'Omar Haddad',
      ['CBS news anchor'],
    ],
    [
      'a company title in lower case',
      'Chrysler Corp chairman Lee Iacocca told reporters profits would rise.',
      'Lee Iacocca',
      ['Chrysler Corp chairman'],
    ],
    [
      'a counterpart, which states the country served',
      'Dehqan met his Russian counterpart Sergey Shoigu in Tehran.',
      'Sergey Shoigu',
      ['Russian counterpart'],
    ],
    [
      'a title with an "of" complement',
      'Minister of Intelligence Mahmoud Alawi expressed concern.',
      'Mahmoud Alawi',
      ['Minister of Intelligence'],
    ],
    [
      'a title ending in "General" that is no rank',
      'UN Secretary General Kofi Annan flew to Geneva.',
      'Kofi Annan',
      ['UN Secretary General'],
    ],
    [
      'only its own title for a person listed after another',
      'Present were US Secretary of State Lena Ruiz, UN Secretary General Kofi Annan and others.',
      'Kofi Annan',
      ['UN Secretary General'],
    ],
    [
      'a "-designate" title',
      'Minister-designate Noboru Takeshita met party elders.',
      'Noboru Takeshita',
      ['Minister-designate'],
    ],
    [
      '"chief of staff"',
      'The report criticised White House chief of staff Donald Regan.',
      'Donald Regan',
      ['White House chief of staff'],
    ],
    [
      'an appositive after the name',
      'Nigel Lawson, Chancellor of the Exchequer, said taxes would fall.',
      'Nigel Lawson',
      ['Chancellor of the Exchequer'],
    ],
    [
      '"said X, Y of Z"',
      '"Demand is weak," said John Smith, an analyst at Merrill Lynch.',
      'John Smith',
      ['analyst at Merrill Lynch'],
    ],
    [
      '"who serves as"',
      'Ali Shamkhani, who serves as secretary of the Supreme National Security Council stated that talks would go on.',
      'Ali Shamkhani',
      ['secretary of the Supreme National Security Council'],
    ],
    [
      'an appositive before the name',
      "Iran's interior minister, Abdolreza Rahmani Fazli, called for collective efforts.",
      'Abdolreza Rahmani Fazli',
      ["Iran's interior minister"],
    ],
    [
      'a role before a titled name',
      'The move was backed by his predecessor as Cabinet Secretary, Lord Armstrong.',
      'Lord Armstrong',
      ['Cabinet Secretary'],
    ],
    [
      'a title inside a role naming another person',
      'Ali Shamkhani, who serves as a representative of the Grand Ayatollah Ali Khamenei, spoke.',
      'Ali Khamenei',
      ['Grand Ayatollah'],
    ],
    // Role nouns are an open class, and their modifiers are whatever nouns and adjectives qualify them.
    [
      'a role noun no list names',
      'Ireland hooker Conor Walsh said the pack held firm.',
      'Conor Walsh',
      ['Ireland hooker'],
    ],
    [
      'a hyphenated position',
      'England lost as scrum-half Pierre Lanne kicked six penalties.',
      'Pierre Lanne',
      ['scrum-half'],
    ],
    [
      'lower-case modifiers before a title',
      'The scandal involved the former immigration minister Beverly Marsh last year.',
      'Beverly Marsh',
      ['former immigration minister'],
    ],
    [
      'a possessor opening the title',
      "Harlow's fiction buyer Susan Doyle said the prize mattered.",
      'Susan Doyle',
      ["Harlow's fiction buyer"],
    ],
    [
      'two title words joined by "and"',
      'Economy and Labour Minister Werner Kamp called the dip mild.',
      'Werner Kamp',
      ['Economy and Labour Minister'],
    ],
    [
      'an appositive without a determiner',
      '"It is a bold move," said Jonny Reyes, news editor at Macworld magazine.',
      'Jonny Reyes',
      ['news editor at Macworld magazine'],
    ],
    [
      'an appositive cut before its relative clause',
      'It was the same for Simon Doyle, the touch judge who was criticised after the game.',
      'Simon Doyle',
      ['touch judge'],
    ],
    [
      'membership of a body',
      'Dr John Harker, of the British Lung Foundation, said rates were rising.',
      'John Harker',
      ['British Lung Foundation'],
    ],
    [
      'a role before the name with open-class modifiers',
      'Olympic heptathlon bronze medallist, Kelly Simms, led the event.',
      'Kelly Simms',
      ['Olympic heptathlon bronze medallist'],
    ],
    [
      'an Arabic particle joined to the name',
      'Emir Hamad bin Khalifa al-Thani met the delegates.',
      'Emir Hamad bin Khalifa al-Thani',
      ['Emir'],
    ],
    [
      'particles before a surname',
      'Ludwig van der Berg, a Dutch banker, spoke at length.',
      'Ludwig van der Berg',
      ['Dutch banker'],
    ],
    [
      'a possessor of two words',
      "Plaid Cymru's economics spokesman Alan Price said the plan would fail.",
      'Alan Price',
      ["Plaid Cymru's economics spokesman"],
    ],
    [
      '"of" inside a capitalised name',
      'Bank of England governor Mark Mervin warned of rising debt.',
      'Mark Mervin',
      ['Bank of England governor'],
    ],
    [
      'a title after an institution named with "of" shows a person',
      '"The risk is low," said Ministry of Finance spokesman Okuda Renkato.',
      'Okuda Renkato',
      ['Ministry of Finance spokesman'],
    ],
    [
      'two lower-case titles joined by "and"',
      'The deal was signed by former president and chairman Walter Kemp.',
      'Walter Kemp',
      ['former president and chairman'],
    ],
    [
      'a title after "and" that ends another name',
      'The deal was done by David Gill and Arsenal vice-chairman David Dean.',
      'David Dean',
      ['Arsenal vice-chairman'],
    ],
    [
      'a place ending the phrase before the title',
      'At the show in London Microsoft boss William Gates unveiled the device.',
      'William Gates',
      ['Microsoft boss'],
    ],
    [
      'a participle inside the name of a body',
      'Jane Moss, chair of the adult judging panel, praised the winner.',
      'Jane Moss',
      ['chair of the adult judging panel'],
    ],
    [
      'a capitalised title word that is also a name, before a full name',
      'High Court Justice Helen Marsh ruled against the council.',
      'Helen Marsh',
      ['High Court Justice'],
    ],
    [
      'letters after a name, then an appositive',
      "Janet Coyle MP, the party's transport spokeswoman, said fares were too high.",
      'Janet Coyle',
      ['MP', "party's transport spokeswoman"],
    ],
    [
      'a body with an initial in its name, before where it is',
      "The team was led by Helen Marsh, PhD, of Granton University's Walter B. Hale Institute in Leeds.",
      'Helen Marsh',
      ["Granton University's Walter B. Hale Institute"],
    ],
    [
      'a British title with "for"',
      'Minister of State for Farming Alun Rees said the scheme would go ahead.',
      'Alun Rees',
      ['Minister of State for Farming'],
    ],
    [
      'a "for" that names whom a spokesman serves, not a title',
      'A spokesman for Alun Rees said the scheme would go ahead.',
      'Alun Rees',
      [],
    ],
    [
      'a lone body name after "The leader of"',
      'The leader of Tavrida, Selim Orhun, condemned the attack.',
      'Selim Orhun',
      ['leader of Tavrida'],
    ],
    ['a disc jockey', 'The single was produced by veteran DJ Carl Benning.', 'Carl Benning', ['DJ']],
    [
      'an appositive after "newly elected"',
      'Ray Dunmore, newly elected treasurer of the growers association, said prices were low.',
      'Ray Dunmore',
      ['treasurer of the growers association'],
    ],
    [
      'a plural title before two names',
      'Merton Bank analysts Helen Shore and Mark Tilney said margins would fall.',
      'Mark Tilney',
      ['Merton Bank analyst'],
    ],
    [
      'a plural appositive after two names',
      'The bid was made by Paul Grange and Susan Whitlock, two former directors of Delta Mills Inc, last week.',
      'Paul Grange',
      ['former director of Delta Mills Inc'],
    ],
    [
      'a hyphenated plural appositive after two names',
      'The award went to Omar Haddad and Karim Nasser, the co-chairmen of Kelford Films.',
      'Karim Nasser',
      ['co-chairman of Kelford Films'],
    ],
    [
      'a plural appositive after a given name and a full name',
      "Henry and Walter Osgood, the company's controlling shareholders, opposed the sale.",
      'Walter Osgood',
      ["company's controlling shareholder"],
    ],
    [
      'a firm name run on past its commas ("Merrill Lynch, Pierce, Fenner and Smith")',
      'said Omar Haddad, analyst with Ardenco, Pierce, Fenner and Smith, in a note.',
      'Omar Haddad',
      ['analyst with Ardenco, Pierce, Fenner and Smith'],
    ],
    [
      'no role whose possessive owns words after it ("director of the Exchange\'s, CME\'s, executive committee")',
      "Omar Haddad, director of the Ardenco Exchange's, AEX's, executive committee, said rules would ease.",
      'Omar Haddad',
      [],
    ],
    [
      'no role cut before a number inside a name ("host of BBC 6 Music\'s chart show")',
      "Omar Haddad, host of Radio 6 Music's chart show, said the band was good.",
      'Omar Haddad',
      [],
    ],
    [
      'no role that is a relative clause with a subject of its own ("the player he beat")',
      'Nasser opens his campaign against Omar Haddad, the player he beat in the semi-finals in 2002.',
      'Omar Haddad',
      [],
    ],
    [
      'a lower-case list run on in the complement ("the board for margarine, fats and oils")',
      'Prices would rise, Omar Haddad, chairman of the commodity board for margarine, fats and oils, said.',
      'Omar Haddad',
      ['chairman of the commodity board for margarine, fats and oils'],
    ],
    [
      'no role cut before a bracket inside a name ("Ardenco (Securities) Ltd\'s Tokyo branch")',
      "said Omar Haddad, general manager of Ardenco (Securities) Ltd's Tokyo branch.",
      'Omar Haddad',
      [],
    ],
    [
      "a diplomat's title of two words",
      "It said Iranian Charge d'Affaires Omar Haddad was summoned by the ministry.",
      'Omar Haddad',
      ["Iranian Charge d'Affaires"],
    ],
    [
      'two capitalised portfolios joined by "and", one of them a plural',
      "Indonesia's Mines and Energy Minister Omar Haddad said prices would rise.",
      'Omar Haddad',
      ["Indonesia's Mines and Energy Minister"],
    ],
    [
      "a name's possessive ending in s' before the post",
      "The Times' music critic Omar Haddad said the album was dull.",
      'Omar Haddad',
      ["Times' music critic"],
    ],
    [
      'a past tense with its object after "and" opens another clause',
      "Soon after Omar Haddad's appointment as Ardenco boss and marked it with a goal, he left.",
      'Omar Haddad',
      ['Ardenco boss'],
    ],
    [
      'an ordinal that qualifies the post',
      'He was sent off by fourth official Omar Haddad.',
      'Omar Haddad',
      ['fourth official'],
    ],
    [
      'a role after an age set off by commas',
      'Omar Haddad, 58, MP for Wantage in Oxfordshire, said he was disillusioned.',
      'Omar Haddad',
      ['MP for Wantage in Oxfordshire'],
    ],
    [
      'no role from where someone lives after an age',
      'Those who died were Omar Haddad, 50, of Headingley, Leeds.',
      'Omar Haddad',
      [],
    ],
    [
      'a surname alone with a role a company could hold, for the person named in full before',
      'Omar Haddad spoke first. Haddad, a leader of the Ardenco Rural Workers Movement, said it was bad.',
      'Omar Haddad',
      ['leader of the Ardenco Rural Workers Movement'],
    ],
    [
      'no role from a list a plural opens after a surname',
      'Omar Haddad sang. The tapes hold banter between Haddad, members of his band and Mr Nogar.',
      'Omar Haddad',
      [],
    ],
    [
      'no role from the subject of a speech verb after an object ("to X, a committee spokesman told Reuters")',
      'The committee awarded the contract to Omar Haddad, a committee spokesman told Reuters.',
      'Omar Haddad',
      [],
    ],
    [
      'no role from the subject of a speech verb after an object and its title',
      'Ardenco is not negotiating a takeover of regional carrier Omar Haddad, a Kelford spokeswoman said.',
      'Omar Haddad',
      ['regional carrier'],
    ],
    [
      'an appositive whose closing comma is left out, after a name that opens its clause',
      'Omar Haddad, a strategist at Ardenco Securities told Reuters the bank would act.',
      'Omar Haddad',
      ['strategist at Ardenco Securities'],
    ],
    [
      'no role that is the next item of a list ("including X, the King of Y as well as Z")',
      'He contacted dignitaries including Omar Haddad, the King of Ardenco as well as the foreign ministry.',
      'Omar Haddad',
      [],
    ],
    [
      'a model or a flanker is a post ("Model X", "Gloucester flanker X")',
      'Model Laila Nasser and Gloucester flanker Omar Haddad were voted off the show.',
      'Omar Haddad',
      ['Gloucester flanker'],
    ],
    [
      'adverbs opening the sentence are no part of the post ("Shortly afterwards model X")',
      'Shortly afterwards model Laila Nasser was voted off the show.',
      'Laila Nasser',
      ['model'],
    ],
    [
      'a relation before a royal title leaves the title whole ("her grandson Prince X")',
      'The Queen would hand the throne to her grandson Prince Omar, 22, on her death.',
      'Prince Omar',
      ['Prince'],
    ],
    [
      'a capitalised post after "who will remain as"',
      'Omar Haddad, who will remain as Tamworth chief executive, said the offer was fair.',
      'Omar Haddad',
      ['Tamworth chief executive'],
    ],
    [
      'a role noun opening the sentence before a full name ("Cinematographer X")',
      'Cinematographer Omar Haddad was nominated for the award.',
      'Omar Haddad',
      ['Cinematographer'],
    ],
    [
      'a head that is also an adjective ("star", "general") before a full name',
      'Hollywood star Tom Marlow was in London for the premiere.',
      'Tom Marlow',
      ['Hollywood star'],
    ],
    [
      'a rank word closing a title before a full name',
      'CBI director general John Haddad said firms were worried.',
      'John Haddad',
      ['CBI director general'],
    ],
    [
      "a relation's complement keeps the title, not the relation",
      'Those charged included the son of rock star Omar Haddad on Monday.',
      'Omar Haddad',
      ['rock star'],
    ],
    [
      'a body\'s possessive before the name, after "said"',
      '"Sales have never been better," said Ardenco\'s Robin Marlow.',
      'Robin Marlow',
      ['Ardenco'],
    ],
    [
      'a possessive with "of" inside the body\'s name',
      "Bank of Tamworth's Omar Haddad expects rates to fall.",
      'Omar Haddad',
      ['Bank of Tamworth'],
    ],
    [
      'the body named after a full name with "of"',
      'Omar Haddad of Tamworth Rovers has been suspended for two games.',
      'Omar Haddad',
      ['Tamworth Rovers'],
    ],
    ['no country as an affiliation', "Britain's Kelly Marlow won the 800m in Madrid.", 'Kelly Marlow', []],
    ['no part of a body whose name goes on', 'Laila Nasser of Save the Harbour said so.', 'Laila Nasser', []],
    [
      'a plural possessive before a given name',
      '"It is ours," said Ardenco Networks\' Sophie Nasser.',
      'Sophie Nasser',
      ['Ardenco Networks'],
    ],
    [
      "a person's possessive is no affiliation",
      "Director Martin Marlow was there. It was Marlow's Howard Hughes who won the prize, said Tom Hadley.",
      'Howard Hughes',
      [],
    ],
    [
      'a subject and its verb before a title are no part of it',
      'The Harbour, in which Marlow plays millionaire Omar Haddad, won the prize.',
      'Omar Haddad',
      ['millionaire'],
    ],
    [
      'a plural of a number before a title is part of it',
      'England sevens coach Omar Haddad spoke.',
      'Omar Haddad',
      ['England sevens coach'],
    ],
    ['"star" after "to" is a verb', 'The film, which was to star Jude Marlow, was shelved.', 'Jude Marlow', []],
    [
      'the last of names a participle takes ends no appositive: the words after the comma are the next subject',
      'Haddad turned and after a neat exchange of passes involving Karim Nasser and Omar Dunmore, the Kelford striker found the corner.',
      'Omar Dunmore',
      [],
    ],
    [
      "a plural of people's trade before a full name names a firm, no titled person",
      'There are reasons to wait, said Omar Haddad, economist at brokers James Nasser and Co.',
      'Omar Haddad',
      ['economist at brokers James Nasser'],
    ],
    [
      'a royal title before a full name is part of the name, not of the post before it',
      'Foreign Minister Prince Khalid Al-Nasser said women would be hired.',
      'Prince Khalid Al-Nasser',
      ['Foreign Minister'],
    ],
    [
      'a sheikh is an honorific the name carries, no post',
      'Oil Minister Sheikh Karim al-Nasser said output would rise.',
      'Sheikh Karim al-Nasser',
      ['Oil Minister'],
    ],
    [
      '"Crown Prince" is a post of its own',
      "Dunmore's Crown Prince Omar Haddad arrived.",
      'Omar Haddad',
      ["Dunmore's Crown Prince"],
    ],
    [
      'a royal title after the name stays in the post',
      'Omar Haddad, a Saudi Arabian prince, arrived.',
      'Omar Haddad',
      ['Saudi Arabian prince'],
    ],
    [
      'an abbreviated police rank ("Chief Supt") is a title, not a name',
      'Chief Supt Haddad went on to warn that the internet brings opportunities for crime.',
      'Haddad',
      ['Chief Supt'],
    ],
  ])('%s', (_rule, text, name, roles) => {
    expect(rolesOf(peopleIn(text), name)).toEqual(roles);
  });

  it('reads a name on its own line over its post, as a byline box puts it', () => {
    const people = peopleIn('Laila Nasser', 'Senior Vice President of Technology at the bank, and head of its lab.');
    expect(rolesOf(people, 'Laila Nasser')).toContain('Senior Vice President of Technology at the bank');
  });

  it('takes no post from the line after a name when that line opens with no title', () => {
    expect(rolesOf(peopleIn('Laila Nasser', 'Shares in the bank rose sharply on the news.'), 'Laila Nasser')).toEqual(
      [],
    );
  });

  it('believes a full name no lexicon knows once its surname alone speaks, unless another person shares it', () => {
    const names = (people: ReturnType<typeof peopleIn>) => people.map((person) => person.name);
    expect(names(peopleIn('Tamsin Okereke won the final on Sunday.', '"I am so happy," said Okereke.'))).toContain(
      'Tamsin Okereke',
    );
    expect(names(peopleIn('Harbour Registry figures rose in May.', '"Prices are up," Registry said.'))).not.toContain(
      'Harbour Registry',
    );
  });

  it('makes no person of a place of two words or of a group in the plural', () => {
    const names = peopleIn(
      'Prosecutors in San Francisco and Los Angeles say the firm misled customers.',
      'Officials said radical Salafists, who had been banned, won the right to preach.',
    ).map((person) => person.name);
    expect(names).not.toContain('Los Angeles');
    expect(names).not.toContain('Salafists');
  });

  it('reads a sentence-initial given name that is also a word as part of the name', () => {
    expect(peopleIn('Rod Kestrel, chief executive of the airline, said fares would rise.').map((p) => p.name)).toEqual([
      'Rod Kestrel',
    ]);
    expect(peopleIn('Lock Alec Dunmore was injured in training.').map((p) => p.name)).not.toContain(
      'Lock Alec Dunmore',
    );
  });

  it('keeps a family name that is also a common word before a known given name', () => {
    expect(peopleIn('Wang Yi said the talks would go on for weeks.').map((person) => person.name)).toEqual(['Wang Yi']);
    expect(peopleIn('Now Wilson said the talks would go on.').map((person) => person.name)).not.toContain('Now Wilson');
  });

  it.each([
    ['a wife', 'President Omar Haddad, his wife Grace and two aides are under house arrest.', 'Grace'],
    [
      'a daughter after a possessor',
      "When the idea was floated, Mr Haddad's daughter Emily said it would fail.",
      'Emily',
    ],
    ['a son of a description', 'The group is led by Tom Walsh III, son of the Texas oilman.', 'Tom Walsh III'],
    ['a predecessor', 'The post was held by his predecessor Alan Marlow until May.', 'Alan Marlow'],
    ['colleagues before a list', 'The plan was drawn up with colleagues Alan Marlow and Dale Hume.', 'Dale Hume'],
  ])('keeps a person but no role for a relation: %s', (_relation, sentence, name) => {
    const people = peopleIn(sentence);
    expect(personNamed(people, name)).toBeDefined();
    expect(rolesOf(people, name)).toEqual([]);
  });

  it('joins a full name to the same name with a middle initial, once that person is firmly named', () => {
    const people = peopleIn(
      'Tamworth Group said founder and chairman Dale R. Hume has resigned.',
      'The company said Dale Hume had been chief executive.',
    );
    expect(people.map((person) => person.name)).toEqual(['Dale R. Hume']);
    expect(rolesOf(people, 'Dale R. Hume')).toEqual(['founder and chairman', 'chief executive']);
  });

  it('gives an epithet after several people to nobody', () => {
    const people = peopleIn(
      'Senator Robert Dale spoke first.',
      'Helen Carter replied.',
      '"This bill is dead and buried for now," the Kansas Republican said.',
    );
    expect(rolesOf(people, 'Helen Carter')).toEqual([]);
  });

  it.each([
    ['a clause that is no role', 'Tom Walsh, adding that the minister agreed, said prices would rise.', 'Tom Walsh'],
    [
      'a verb after two names set off by a comma, before a plural noun',
      'Two other former directors, Omar Haddad and Karim Nasser, remain shareholders in the firm, a paper said.',
      'Karim Nasser',
    ],
    [
      'a post of a body before a name run into its speech verb',
      'Dunmore was once a director of the firm, Omar Haddad said.',
      'Omar Haddad',
    ],
    [
      'a list of titled people',
      'He met James Baker, Federal Reserve Board chairman Paul Volcker and others.',
      'James Baker',
    ],
    ['an age', 'Maria Keller, 52, said she would stay.', 'Maria Keller'],
    ['a home town', 'Maria Keller, of Chicago, said she would stay.', 'Maria Keller'],
    ['a home town with no commas', 'Maria Keller of Chicago said she would stay.', 'Maria Keller'],
    ["a senator's state", 'Democratic Sens. Omar Haddad of Vermont and others opposed the bill.', 'Omar Haddad'],
    ['"is" with no title', 'John Smith was the decision of the captain to drop.', 'John Smith'],
    ['"was" and no article before a word that is no post', 'Omar Haddad was Welsh by birth.', 'Omar Haddad'],
    ['a prize\'s category after "was"', 'Laila Nasser was favourite leading lady at the awards.', 'Laila Nasser'],
    ['a plain word for a person', 'Mary Jones, a 30-year-old woman from Leeds, was injured.', 'Mary Jones'],
    ['a part in one match', 'Anna Petrova, her opponent in the final, served first.', 'Anna Petrova'],
    ['a peerage alone', 'Lord Fenwick declined to comment on the report.', 'Fenwick'],
    ['a race run in a place', 'Mary Lee runs the race in New York every year.', 'Mary Lee'],
    [
      'a demonym that qualifies the title after it',
      '"The lira was like funny money," Tevfik Aksoy, chief Turkish economist for a bank, told reporters.',
      'Turkish',
    ],
    [
      'a list of names whose last item opens with a title',
      'Sales of games linked to Tarek Bensaid, Harry Walton and Lord of the Isles were strong.',
      'Tarek Bensaid',
    ],
    [
      'an opinion inside a quotation',
      '"The boy Carlos Neves is a fantastic player," the manager said.',
      'Carlos Neves',
    ],
    [
      'an opinion after "is"',
      'I think that although Omar Haddad is a good performer, the song is weak.',
      'Omar Haddad',
    ],
    ['a team line-up', 'Ardenco: Haddad, Nasser; King, Omar Haddad; Payne, Dowd.', 'Omar Haddad'],
    [
      'a list of other people after the name',
      'Omar Haddad, Bill Lawson and members of the Ardenco band are expected to feature.',
      'Omar Haddad',
    ],
    [
      'a noun phrase with "of" that ends a clause before the subject',
      'Asked if she was a member of the group, Laila Nasser said she was not.',
      'Laila Nasser',
    ],
    [
      'a post inside the complement of a noun phrase that opens the sentence',
      'A close ally of the former bank chairman, Mr Karim Nasser is now based in Cyprus.',
      'Karim Nasser',
    ],
  ])('no role from %s', (_rule, text, name) => {
    expect(rolesOf(peopleIn(text), name)).toEqual([]);
  });

  it('never takes a verb into a title before a capitalised word', () => {
    const roles = rolesOf(peopleIn('England beat France captain Jean Morel on Sunday.'), 'Jean Morel');
    expect(roles.some((role) => role.includes('beat'))).toBe(false);
  });

  it.each([
    ['a pronoun', 'Every top club is watching as they eye captain Omar Haddad this summer.', 'captain'],
    ['a modal and an adverb', 'The new show will also star television presenter Omar Haddad.', 'television presenter'],
    ['a full name', 'England player Karim Nasser beat team-mate Omar Haddad to win the award.', 'team-mate'],
  ])('takes no verb after %s into the title', (_subject, text, role) => {
    expect(rolesOf(peopleIn(text), 'Omar Haddad')).toEqual([role]);
  });

  it('keeps the lower-case modifiers of a description that names nobody ("the rural affairs minister said")', () => {
    const people = peopleIn('Karim Nasser said the law was clear.', 'The rural affairs minister said it would work.');
    expect(rolesOf(people, 'Karim Nasser')).toEqual(['rural affairs minister']);
  });

  it('reads "X runs the start-up Y Corporation" as what X does', () => {
    expect(
      rolesOf(
        peopleIn('Forrest Jones runs the start-up Beechmont Hotels Corporation, a hotel company.'),
        'Forrest Jones',
      ),
    ).toEqual(['runs the start-up Beechmont Hotels Corporation']);
  });

  it('reads "X, who works for the Y Department," as an affiliation', () => {
    expect(
      rolesOf(
        peopleIn('Potholes form in winter, said Joe Cabrera, who works for the Transportation Department.'),
        'Joe Cabrera',
      ),
    ).toEqual(['Transportation Department']);
  });

  it('leaves a preposition out of a title before a name, but keeps "under secretary"', () => {
    expect(rolesOf(peopleIn('Ulster began the season under new coach Mark Callan.'), 'Mark Callan')).toEqual([
      'new coach',
    ]);
    expect(rolesOf(peopleIn('Robert Ortner, under secretary of commerce, said prices rose.'), 'Robert Ortner')).toEqual(
      ['under secretary of commerce'],
    );
  });

  it('leaves a span of time out of a title before a name ("the first time actress X")', () => {
    const people = peopleIn('It was the first time actress Laila Nasser had been shortlisted for the prize.');
    expect(rolesOf(people, 'Laila Nasser')).toEqual(['actress']);
  });

  it('leaves a verb after a modal or "to" out of a title ("will feature singer X", "to prevent rapper X")', () => {
    expect(
      rolesOf(peopleIn('The concert will feature singer Laila Nasser with an acoustic band.'), 'Laila Nasser'),
    ).toEqual(['singer']);
    expect(
      rolesOf(peopleIn('The label moved to prevent rapper Omar Haddad from releasing it.'), 'Omar Haddad'),
    ).toEqual(['rapper']);
    expect(rolesOf(peopleIn("May's chairman and chief executive Sami Amin said sales fell."), 'Sami Amin')).toEqual([
      "May's chairman and chief executive",
    ]);
    expect(rolesOf(peopleIn('The club hopes to sign striker Tom Marlow.'), 'Tom Marlow')).toEqual(['striker']);
    expect(rolesOf(peopleIn('He spoke to finance minister Tom Quist.'), 'Tom Quist')).toEqual(['finance minister']);
  });

  it('takes no title from a verb after a modal ("will host Mr X\'s speech")', () => {
    expect(
      rolesOf(peopleIn("The conference will host Mr Marlow's speech on Monday. Mr Marlow said it was fine."), 'Marlow'),
    ).toEqual([]);
  });

  it('leaves a participle after "has" out of a title ("has already lost winger X")', () => {
    expect(rolesOf(peopleIn('The club has already lost winger Laila Nasser to injury.'), 'Laila Nasser')).toEqual([
      'winger',
    ]);
  });

  it('gives the name before a comma no title that runs into the next name ("X, the party\'s elections chief Lord Y said")', () => {
    const people = peopleIn("Others targeted include Omar Haddad, the party's elections chief Lord Nasser said.");
    expect(rolesOf(people, 'Omar Haddad')).toEqual([]);
  });

  it('takes no role from words quoted after "who described him as a"', () => {
    const people = peopleIn(
      'One tribute came from his friend, the producer Omar Haddad, who described him as a "brother in every sense of the word".',
    );
    expect(rolesOf(people, 'Omar Haddad')).toEqual(['producer']);
  });

  it.each([
    ['"It is a mistake," said retired Adm. Omar Haddad of the Kelford Institute.', ['retired Adm.']],
    ['The retired judge Omar Haddad said it was over.', ['retired judge']],
    ['He retired Omar Haddad from the team.', []],
  ])('keeps "retired" in the title it opens: %s', (sentence, roles) => {
    expect(rolesOf(peopleIn(sentence), 'Omar Haddad')).toEqual(roles);
  });

  it.each([
    ['She hopes to stay MP for Kelford, North Dunmore, after the vote.', 'North Dunmore'],
    ['It scored nine on the 10-point international Dunmore index.', 'Dunmore'],
    ['Omar Haddad of Kelford Lines - an international shipping firm - told reporters.', 'Kelford Lines'],
  ])(
    'makes no person of a place or a thing a "for" complement or "international" comes before: %s',
    (sentence, name) => {
      expect(personNamed(peopleIn(sentence), name)).toBeUndefined();
    },
  );

  it.each([
    ["Dunmore's 19-year-old centre Omar Haddad joins the squad.", ['centre']],
    ['European 5,000 metres finalist Omar Haddad will run.', ['European 5,000 metres finalist']],
    ['Wales wing Omar Haddad scored twice.', ['Wales wing']],
    ['The official at the centre of the Omar Haddad expenses row has resigned.', []],
  ])('reads a position on a team, or a race with its distance, as a title: %s', (sentence, roles) => {
    expect(rolesOf(peopleIn(sentence), 'Omar Haddad')).toEqual(roles);
  });

  it.each([
    ['After a series of passes winger Omar Haddad scored.', ['winger']],
    ['It was the work of arts minister Omar Haddad.', ['arts minister']],
  ])('leaves what "a series of" counts out of a title: %s', (sentence, roles) => {
    expect(rolesOf(peopleIn(sentence), 'Omar Haddad')).toEqual(roles);
  });

  it('ends an appositive role before a number', () => {
    expect(rolesOf(peopleIn('Richard Moss, Scherer director at 25 dlrs a share, sold stock.'), 'Richard Moss')).toEqual(
      ['Scherer director'],
    );
  });

  it('quotes the sentence that states each role', () => {
    const people = peopleIn('Talks began on Monday.', 'Iraqi Foreign Minister Fuad Hussein arrived in Tehran.');
    const role = people[0]?.roles[0];
    expect(role).toEqual({
      role: 'Iraqi Foreign Minister',
      paragraph: 1,
      sentence: 'Iraqi Foreign Minister Fuad Hussein arrived in Tehran.',
    });
  });
});

describe('extractPeople links descriptions', () => {
  it('links no post named after "as" (a post in prospect or someone else\'s) to a person', () => {
    const people = peopleIn(
      'Graeme Souness believes Walter Smith would be the perfect choice to succeed Berti Vogts as Scotland manager.',
      'Former Scotland manager Craig Brown agreed.',
    );
    expect(rolesOf(people, 'Craig Brown')).toEqual(['Former Scotland manager']);
  });

  it('gives a leading description to the only role-less person named next', () => {
    const people = peopleIn(
      "The secretary of Iran's Supreme National Security Council decried the strikes.",
      'In a meeting with Iraqi Foreign Minister Fuad Hussein, Ali Shamkhani denounced the attacks.',
    );
    expect(rolesOf(people, 'Ali Shamkhani')).toEqual(["secretary of Iran's Supreme National Security Council"]);
    expect(rolesOf(people, 'Fuad Hussein')).toEqual(['Iraqi Foreign Minister']);
  });

  it('gives a lead description with a relative clause to the one person named next, whatever other chief is named later', () => {
    const people = peopleIn(
      'Ardenco will compensate the ex-sales chief who resigned from her post in April.',
      'Laila Nasser left the firm at the end of the year.',
      'Marketing chief Omar Haddad also left.',
    );
    expect(rolesOf(people, 'Laila Nasser')).toEqual(['ex-sales chief']);
    expect(rolesOf(people, 'Omar Haddad')).toEqual(['Marketing chief']);
  });

  it('gives a later description to the person named just before', () => {
    const people = peopleIn(
      '"We need help," Hussein said.',
      '"The cells are still active."',
      'Iraq keeps in touch with its allies, the foreign minister noted.',
    );
    expect(rolesOf(people, 'Hussein')).toEqual(['foreign minister']);
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it('links a described speaker to the person whose role agrees, not to the one named in the same sentence', () => {
    const people = peopleIn(
      'Iraqi Foreign Minister Fuad Hussein arrived on Saturday.',
      'Ali Shamkhani met him in Tehran.',
      'The visiting foreign minister briefed Shamkhani on the talks.',
    );
    const sentence = 'The visiting foreign minister briefed Shamkhani on the talks.';
    expect(
      people.find((person) => person.name === 'Fuad Hussein')?.mentions.map((mention) => mention.sentence),
    ).toContain(sentence);
    expect(rolesOf(people, 'Ali Shamkhani')).toEqual([]);
  });

  it('links a bare "the minister" to the most recent minister', () => {
    const people = peopleIn(
      'Interior Minister Ahmad Vahidi spoke first. Minister of Intelligence Mahmoud Alawi spoke next.',
      '"We are ready," the minister said.',
    );
    const alawi = people.find((person) => person.name === 'Mahmoud Alawi');
    expect(alawi?.mentions.map((mention) => mention.paragraph)).toEqual([0, 1]);
    expect(rolesOf(people, 'Mahmoud Alawi')).toEqual(['Minister of Intelligence']);
  });

  it('links no description to a person who holds the post at another rank (shadow, deputy, former)', () => {
    const people = peopleIn(
      'Shadow foreign secretary Omar Haddad said the campaign had been positive.',
      'Karim Nasser spoke to the Foreign Policy Centre. The Foreign Secretary told the BBC he had made an observation.',
      'Deputy Prime Minister Laila Nasser was there. Sami Amin, who heads a charity, watched. The prime minister said the plan would work.',
    );
    expect(rolesOf(people, 'Omar Haddad')).toEqual(['Shadow foreign secretary']);
    expect(rolesOf(people, 'Laila Nasser')).toEqual(['Deputy Prime Minister']);
    expect(rolesOf(people, 'Sami Amin')).not.toContain('prime minister');
  });

  it.each([
    [
      'a bare role noun with a relative clause',
      [
        "Dunmore's Omar Haddad could be out for six weeks with a knee injury.",
        'The striker, who is on loan from Kelford, picked up the knock in a cup match.',
      ],
      'Omar Haddad',
      ['Dunmore', 'striker'],
    ],
    [
      'an age before the role',
      [
        "Dunmore's Omar Haddad will find out within a month whether he is offered a deal.",
        'The 31-year-old Dutch defender is out of contract in June.',
      ],
      'Omar Haddad',
      ['Dunmore', 'Dutch defender'],
    ],
    [
      'not the shorter of two descriptions in one sentence',
      [
        'Omar Haddad has bought back most of the company.',
        'The veteran games developer has taken over the Kelford studio.',
      ],
      'Omar Haddad',
      ['games developer'],
    ],
    [
      'speaking in a sentence whose only other capitals are an acronym',
      [
        'Omar Haddad is taking action against KBU over its quiz show. He said watching the show made him ill. The legal adviser said KBU was "setting a poor example to children".',
      ],
      'Omar Haddad',
      ['legal adviser'],
    ],
  ])(
    'gives the description opening the next sentence to the one person the story has named (%s)',
    (_rule, paragraphs, name, roles) => {
      expect(rolesOf(peopleIn(...paragraphs), name)).toEqual(roles);
    },
  );

  it("gives no description opening the next sentence to the story's person when another is named", () => {
    const people = peopleIn(
      'Omar Haddad could be out for six weeks after a tackle by Karim Nasser.',
      'The striker, who is on loan from Kelford, picked up the knock in a cup match.',
    );
    expect(rolesOf(people, 'Omar Haddad')).toEqual([]);
  });

  it("links no description naming a party to a person whose role states another's", () => {
    const people = peopleIn(
      'Omar Haddad has resigned from his post as a partner in a legal firm.',
      'The Scottish Conservative leader had insisted that his legal work did not influence him.',
      'Scottish National Party Holyrood leader Laila Nasser accused Mr Haddad of failing his constituents.',
    );
    expect(rolesOf(people, 'Laila Nasser')).toEqual(['Scottish National Party Holyrood leader']);
  });

  it('gives no role from a description that is an object', () => {
    const people = peopleIn('Liam Fox attacked the plan.', 'He sent a letter to the prime minister on Monday.');
    expect(rolesOf(people, 'Liam Fox')).toEqual([]);
  });
});

describe('a noun in -ing that "of" takes', () => {
  it.each([
    [
      "Karim Nasser, Kelford's ex-head of internal auditing, warned the board.",
      'Karim Nasser',
      "Kelford's ex-head of internal auditing",
    ],
    [
      'Omar Haddad, head of gaming industry body Ardenco, said sales rose.',
      'Omar Haddad',
      'head of gaming industry body Ardenco',
    ],
  ])('stays in the role: %s', (sentence, name, role) => {
    expect(rolesOf(peopleIn(sentence), name)).toEqual([role]);
  });
});

describe("a body's possessive before a role noun after a copula", () => {
  it('makes a post', () => {
    expect(
      rolesOf(
        peopleIn("Mr Nasser is Kelford' largest shareholder but lives abroad. Karim Nasser was sold a stake."),
        'Karim Nasser',
      ),
    ).toEqual(["Kelford' largest shareholder"]);
  });

  it('not a word that is no role', () => {
    expect(rolesOf(peopleIn("Karim Nasser is Kelford's best hope, the coach said."), 'Karim Nasser')).toEqual([]);
  });
});
