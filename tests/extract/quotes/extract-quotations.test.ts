import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../src/extract/quotes/index.js';
import type { PersonMention, SpeakerKind } from '../../../src/extract/types.js';
import { newsArticle, person } from './fixtures.js';

interface Expected {
  quote: string;
  speaker: string;
  kind?: SpeakerKind;
}

interface Case {
  rule: string;
  paragraphs: string[];
  people: PersonMention[];
  expected: Expected[];
}

const analyst = person('Lawrence Cohn', [], ['analyst with Merrill Lynch']);
const banker = person('Arthur Miller', [], ['Vice President for Financial Communications']);
const minister = person('Karim Nasser', ['Nasser'], ['Interior Minister']);
const guest = person('Omar Haddad', ['Haddad'], ['Foreign Minister']);

const cases: Case[] = [
  {
    rule: '"...," X said',
    paragraphs: ['"I would put it off as long as they conceivably could," Cohn said.'],
    people: [analyst],
    expected: [
      { quote: 'I would put it off as long as they conceivably could', speaker: 'Lawrence Cohn', kind: 'person' },
    ],
  },
  {
    rule: '"...," said X, Y of Z',
    paragraphs: [
      '"The circumstances at the time will determine what we do," said Arthur Miller, vice president of the bank.',
    ],
    people: [banker, analyst],
    expected: [{ quote: 'The circumstances at the time will determine what we do', speaker: 'Arthur Miller' }],
  },
  {
    rule: 'X said: "..."',
    paragraphs: ['Mr Cohn said: "The merger makes sense for both companies and their shareholders."'],
    people: [analyst],
    expected: [
      { quote: 'The merger makes sense for both companies and their shareholders.', speaker: 'Lawrence Cohn' },
    ],
  },
  {
    rule: 'X said that "..."',
    paragraphs: ['Nasser said that "the border will stay closed until the talks produce a lasting agreement."'],
    people: [minister],
    expected: [
      { quote: 'the border will stay closed until the talks produce a lasting agreement.', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'a partial quotation after "X said"',
    paragraphs: ['In 1988, Cohn said the group should see "a 20 pct improvement in our bottom line" from tax reform.'],
    people: [analyst],
    expected: [{ quote: 'a 20 pct improvement in our bottom line', speaker: 'Lawrence Cohn' }],
  },
  {
    rule: 'words a colon brings in from someone new and unnamed ("a question came from a member of the audience:")',
    paragraphs: [
      'Karim Nasser described it during a talk he gave at a conference.',
      'After his talk, a question came from a member of the audience: "Did you change the initial condition just slightly?"',
    ],
    people: [minister],
    expected: [
      {
        quote: 'Did you change the initial condition just slightly?',
        speaker: 'a member of the audience',
        kind: 'unknown',
      },
    ],
  },
  {
    rule: 'a verb before its subject and a colon ("Said the Pew report:")',
    paragraphs: [
      'Only 18% of searchers can tell. Said the Pew report: "This finding is ironic, since half of all users would stop."',
      'Karim Nasser said the results reflected its own research.',
    ],
    people: [minister],
    expected: [{ quote: 'This finding is ironic', speaker: 'the Pew report', kind: 'document' }],
  },
  {
    rule: 'the name after "and" that closes a clause of its own, not a name inside that clause',
    paragraphs: [
      'Interior Minister Karim Nasser was pleased.',
      'The Reds beat Olympiakos 3-1 with a late Omar Haddad strike and Nasser said: "It was a really great night."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'It was a really great night.', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a pronoun goes to the most recent subject, not to a name after "with"',
    paragraphs: [
      'In a meeting with Foreign Minister Omar Haddad on Saturday, Karim Nasser condemned the attacks.',
      '\u201cWe will not allow these groups to recover in the region again,\u201d he stressed.',
    ],
    people: [guest, minister],
    expected: [{ quote: 'We will not allow these groups to recover in the region again', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a pronoun after a quotation whose speaker met someone: the speaker, not the counterpart',
    paragraphs: [
      '"Both countries must act together against smuggling," Nasser said in a meeting with his counterpart Omar Haddad.',
      '"Closer cooperation between the two police forces is necessary," he added.',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'Both countries must act together against smuggling', speaker: 'Karim Nasser' },
      { quote: 'Closer cooperation between the two police forces is necessary', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'a description ("the minister added") goes to the person holding that role',
    paragraphs: [
      'Interior Minister Karim Nasser met Foreign Minister Omar Haddad and the banker Arthur Miller.',
      'Haddad spoke first about trade.',
      '"Smugglers are seeking new routes through the mountains," the interior minister added.',
    ],
    people: [minister, guest, banker],
    expected: [{ quote: 'Smugglers are seeking new routes through the mountains', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a description without article ("minister warned") uses the role too',
    paragraphs: [
      'Karim Nasser, the interior minister, spoke in the capital.',
      '\u201cTerrorists are seeking to recruit forces in some new regions,\u201d minister warned.',
    ],
    people: [minister],
    expected: [{ quote: 'Terrorists are seeking to recruit forces in some new regions', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a nationality adjective matches the country in the role ("the Iranian official")',
    paragraphs: [
      "Ali Rezaei, secretary of Iran's Supreme National Security Council, met Omar Haddad.",
      '"These steps will certainly have consequences for the security of the region," the Iranian official warned.',
    ],
    people: [person('Ali Rezaei', ['Rezaei'], ["secretary of Iran's Supreme National Security Council"]), guest],
    expected: [
      { quote: 'These steps will certainly have consequences for the security of the region', speaker: 'Ali Rezaei' },
    ],
  },
  {
    rule: 'a company word in a description matches the title before the name ("the Chrysler executive")',
    paragraphs: [
      'Chrysler Chairman Lee Iacocca met analyst Lawrence Cohn in Detroit.',
      '"We have no interest in buying another carmaker this year," the Chrysler executive said.',
    ],
    people: [person('Lee Iacocca', ['Iacocca']), analyst],
    expected: [{ quote: 'We have no interest in buying another carmaker this year', speaker: 'Lee Iacocca' }],
  },
  {
    rule: 'a title and surname ("President Rouhani said") and a title description ("the Iranian president said")',
    paragraphs: [
      'Iranian President Hassan Rouhani met visiting Lebanese Defense Minister Samir Moqbel in Tehran.',
      '"Iran supports all the regional nations that are fighting terrorism," President Rouhani said.',
      '"Supporting terrorist groups has been a grave mistake by some states," the Iranian president said.',
    ],
    people: [
      person('Hassan Rouhani', ['Rouhani'], ['Iranian President']),
      person('Samir Moqbel', [], ['Lebanese Defense Minister']),
    ],
    expected: [
      { quote: 'Iran supports all the regional nations that are fighting terrorism', speaker: 'Hassan Rouhani' },
      { quote: 'Supporting terrorist groups has been a grave mistake by some states', speaker: 'Hassan Rouhani' },
    ],
  },
  {
    rule: 'an unattributed quoting paragraph continues the previous speaker',
    paragraphs: [
      '"America is pretending to fight the militants," Nasser said.',
      '"The axis of resistance is working with sincerity and a firm will against terrorism."',
    ],
    people: [minister],
    expected: [
      { quote: 'America is pretending to fight the militants', speaker: 'Karim Nasser' },
      {
        quote: 'The axis of resistance is working with sincerity and a firm will against terrorism.',
        speaker: 'Karim Nasser',
      },
    ],
  },
  {
    rule: 'an unattributed quotation after a sentence about someone is theirs ("X predicted ... "...")',
    paragraphs: [
      'Cohn predicted the Fed will ease by Easter. "Nobody is talking about a recession now, but the Fed will have to ease."',
    ],
    people: [analyst],
    expected: [
      { quote: 'Nobody is talking about a recession now, but the Fed will have to ease.', speaker: 'Lawrence Cohn' },
    ],
  },
  {
    rule: '"the report said": the report speaks, not the person named inside the quotation',
    paragraphs: [
      '\u201cIran\u2019s interior minister, Karim Nasser, called for collective efforts to stop the groups,\u201d the report said.',
      '\u201cTerrorists are seeking to recruit forces in new regions,\u201d minister warned.',
    ],
    people: [minister],
    expected: [
      { quote: 'called for collective efforts', speaker: 'the report', kind: 'document' },
      { quote: 'Terrorists are seeking to recruit forces in new regions', speaker: 'Karim Nasser', kind: 'person' },
    ],
  },
  {
    rule: '"The agency says \u201c...\u201d": the agency speaks',
    paragraphs: [
      'The agency says \u201con November 19, the militants were flushed out of their last stronghold in the east.\u201d',
    ],
    people: [],
    expected: [
      { quote: 'on November 19, the militants were flushed out', speaker: 'the agency', kind: 'organization' },
    ],
  },
  {
    rule: '"according to a Reuters report"',
    paragraphs: ['"Output will be cut by a further 10 pct in the second quarter," according to a Reuters report.'],
    people: [],
    expected: [{ quote: 'Output will be cut by a further 10 pct', speaker: 'a Reuters report', kind: 'document' }],
  },
  {
    rule: '"According to X," opening the sentence after a quotation that ended its own is no attribution of it',
    paragraphs: [
      '"Broadband is changing the internet," said Laila Nasser, "with many people online as often as they watch television." According to analysts Ardenco Research, Britain had 25 million users.',
    ],
    people: [person('Laila Nasser', ['Nasser'])],
    expected: [{ quote: 'Broadband is changing the internet … with many people online', speaker: 'Laila Nasser' }],
  },
  {
    rule: 'the subject of the clause that closes with the speech verb, not the first name of the sentence',
    paragraphs: [
      'Ron Platt owns a stake in the club, and the club\'s statement to the exchange said: "The board has noted the speculation."',
    ],
    people: [person('Ron Platt')],
    expected: [{ quote: 'The board has noted the speculation', speaker: "the club's statement", kind: 'document' }],
  },
  {
    rule: 'an institution named with "of" ("the Bank of Italy said")',
    paragraphs: [
      'Banks below the requirement "must correct their position in the shortest time possible," the Bank of Italy said.',
    ],
    people: [],
    expected: [{ quote: 'must correct their position', speaker: 'the Bank of Italy', kind: 'organization' }],
  },
  {
    rule: 'a long title with "and" before the name ("said X President and Chief Executive Officer Y")',
    paragraphs: [
      '"It is gratifying when government relies on scientific expertise," said Genetic Sciences President and Chief Executive Officer Joseph Bouckaert.',
    ],
    people: [person('Joseph Bouckaert', ['Bouckaert'])],
    expected: [
      { quote: 'It is gratifying when government relies on scientific expertise', speaker: 'Joseph Bouckaert' },
    ],
  },
  {
    rule: '"the chief executive of a leading car maker" stays anonymous',
    paragraphs: [
      'Carl Forster runs the group.',
      '"We know that in five years the dollar will be stronger than it is today," the chief executive of a leading European car maker told BBC News.',
    ],
    people: [person('Carl Forster', ['Forster'], ['chief executive'])],
    expected: [
      {
        quote: 'We know that in five years',
        speaker: 'the chief executive of a leading European car maker',
        kind: 'unknown',
      },
    ],
  },
  {
    rule: '"According to X," opening the sentence gives the quotation to X',
    paragraphs: [
      'Mr Rossi spoke.',
      'According to Il Sole, the business daily, the government will focus on "opening up markets, infrastructure and research and bankruptcy law".',
    ],
    people: [person('Paolo Rossi', ['Rossi', 'Mr Rossi'])],
    expected: [{ quote: 'opening up markets', speaker: 'Il Sole' }],
  },
  {
    rule: '"it said" goes to the report named before',
    paragraphs: [
      'The Tower report made public today criticised the White House staff.',
      '"They protected the record as to their own positions on this issue," it said.',
    ],
    people: [],
    expected: [{ quote: 'They protected the record', speaker: 'the Tower report', kind: 'document' }],
  },
  {
    rule: 'an anonymous source ("one senior banker") is not linked to a named person',
    paragraphs: [
      'Analyst Lawrence Cohn expects a deal.',
      '"A number of details have still to be finalised, but the broad terms are in place," one senior banker said.',
    ],
    people: [analyst],
    expected: [
      { quote: 'A number of details have still to be finalised', speaker: 'one senior banker', kind: 'unknown' },
    ],
  },
  {
    rule: 'a possessive name is not the speaker ("Mr Blair\'s official spokesman")',
    paragraphs: ['Mr Blair\'s official spokesman said: "The prime minister has regular meetings with both of them."'],
    people: [person('Tony Blair', ['Blair', 'Mr Blair'])],
    expected: [
      {
        quote: 'The prime minister has regular meetings with both of them.',
        speaker: "Mr Blair's official spokesman",
        kind: 'unknown',
      },
    ],
  },
  {
    rule: '"X was quoted by the daily Y as saying:" gives the quotation to X',
    paragraphs: [
      'Sheikh Ali Khalifa was quoted by the daily al-Qabas as saying: "None of the members has asked for such a meeting."',
    ],
    people: [person('Ali Khalifa', ['Khalifa'])],
    expected: [{ quote: 'None of the members has asked for such a meeting.', speaker: 'Ali Khalifa' }],
  },
  {
    rule: 'a participle with no subject ("..., noting that") keeps the sentence speaker',
    paragraphs: [
      'Nasser said that "this agreement has been used before in the north," noting that "we are serious and committed to the fight."',
    ],
    people: [minister],
    expected: [
      { quote: 'this agreement has been used before in the north', speaker: 'Karim Nasser' },
      { quote: 'we are serious and committed to the fight.', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'a quotation that ends its sentence takes "X added." but not the next sentence\'s "X said the plan..."',
    paragraphs: [
      '"Lebanon would be hosting the militants today." Nasser added. "The government owes the army for its sacrifices."',
      '"We have made a firm commitment to the farmers." Haddad said the plan would cost more.',
    ],
    people: [minister, guest],
    expected: [
      {
        quote: 'Lebanon would be hosting the militants today. \u2026 The government owes the army for its sacrifices.',
        speaker: 'Karim Nasser',
      },
      { quote: 'We have made a firm commitment to the farmers.', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'paragraphs run into one line: "A," said X. "B." "C," said Y. - B goes on from X, not from Y after it',
    paragraphs: [
      '"Exports are recovering slowly," said Karim Nasser, an economist at the bank. "We are not getting the lift a weak currency should give." "Demand at home is what matters now," said Omar Haddad.',
      '"The orders will come back." "The harvest will be late this year," Haddad said.',
    ],
    people: [minister, guest],
    expected: [
      {
        quote: 'Exports are recovering slowly \u2026 We are not getting the lift a weak currency should give.',
        speaker: 'Karim Nasser',
      },
      { quote: 'Demand at home is what matters now', speaker: 'Omar Haddad' },
      { quote: 'The orders will come back.', speaker: 'Omar Haddad' },
      { quote: 'The harvest will be late this year', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: 'a sentence that opens with a participle after the quotation ("Asked about it, Y told ...") does not attribute it',
    paragraphs: [
      'Mr Nasser said: "We expect the talks to fail this week." "The gap between the two sides is too wide to close." Asked about the plan on Monday, Mr Haddad told reporters he thought it was a "non-starter".',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'We expect the talks to fail this week.', speaker: 'Karim Nasser' },
      { quote: 'The gap between the two sides is too wide to close.', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"the question posed by X:" - the asker speaks, not the person the sentence is about',
    paragraphs: [
      'And few would expect even Mr Nasser to face the question posed by Ardenco nurse Omar Haddad: "Would you work a night shift for that wage?"',
    ],
    people: [minister, guest],
    expected: [{ quote: 'Would you work a night shift for that wage?', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"said the director behind Alpha, Beta and Gamma": the names of a list inside a description speak not',
    paragraphs: [
      'In Paris last week, Nasser hoped the film would be better liked in Europe. "Europeans tend to see me a little differently," said the director behind Harbour, Lantern and Wide River. He added the film "was not an easy one to make, but I never make easy ones".',
    ],
    people: [person('Karim Nasser', ['Nasser'], ['director'])],
    expected: [
      { quote: 'Europeans tend to see me a little differently', speaker: 'Karim Nasser' },
      { quote: 'was not an easy one to make, but I never make easy ones', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"...," the agency quoted one trader as saying - the one quoted speaks; "quoted him" is who "he" is',
    paragraphs: [
      'Traders doubted a deal was near. "A merger does not seem likely this year," the Ardenco agency quoted one trader as saying.',
      'Nasser said the fleet had not moved. "Our ships keep to the open seas," the radio quoted him as saying.',
    ],
    people: [minister],
    expected: [
      { quote: 'A merger does not seem likely this year', speaker: 'one trader' },
      { quote: 'Our ships keep to the open seas', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"...," the newspaper quotes a source close to the firm - the one quoted speaks, not who spoke before',
    paragraphs: [
      'Union leader Karim Nasser repeated his view. "This is a delicate time for all of our people," he said. Ardenco says none of its money will go to the owners, the paper reports. "Ardenco is concerned to ensure that its money is used to invest in the business," the newspaper quotes a source close to the firm.',
    ],
    people: [minister],
    expected: [
      { quote: 'This is a delicate time for all of our people', speaker: 'Karim Nasser' },
      {
        quote: 'Ardenco is concerned to ensure that its money is used to invest in the business',
        speaker: 'a source close to the firm',
      },
    ],
  },
  {
    rule: '"a question from 22-year-old nurse Y, X said": a compound adjective keeps Y the object, X goes on',
    paragraphs: [
      'In answer to a question from 22-year-old nurse Omar Haddad about pay, Mr Nasser said talking was the answer. "You have to sit down with people and listen to what worries them."',
    ],
    people: [minister, person('Omar Haddad', ['Haddad'], ['nurse'])],
    expected: [{ quote: 'You have to sit down with people and listen to what worries them.', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"It would be wrong even if Y had signed it, X said, because ... "..."": the noun phrase before the verb speaks',
    paragraphs: [
      'This would be wrong even if Mr Haddad had signed the statement, Mr Nasser said, because the advice should never be subject to "political bargaining of this kind".',
    ],
    people: [minister, guest],
    expected: [{ quote: 'political bargaining of this kind', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"said K&N" is the name of the article whose initials an ampersand joins, and "KeDW" the one with its three initials',
    paragraphs: [
      'Kelford Dunmore Wasserstein said of Kelford & Nasser: "Marking down the summer range this soon looks hasty." "Our new lines come in at lower prices to win shoppers," said K&N.',
      'KeDW said the cuts are either to clear stock or a longer term "lasting shift in what shoppers pay" at K&N. "Whatever the reason, the profit margin will suffer," it added.',
    ],
    people: [],
    expected: [
      {
        quote: 'Marking down the summer range this soon looks hasty.',
        speaker: 'Kelford Dunmore Wasserstein',
      },
      {
        quote: 'Our new lines come in at lower prices to win shoppers',
        speaker: 'Kelford & Nasser (K&N)',
        kind: 'organization',
      },
      { quote: 'lasting shift in what shoppers pay', speaker: 'Kelford Dunmore Wasserstein' },
      { quote: 'Whatever the reason, the profit margin will suffer', speaker: 'Kelford Dunmore Wasserstein' },
    ],
  },
  {
    rule: '"X said ... "...," it added": after a report a person of the article opens, "it" is no earlier body',
    paragraphs: [
      'Ardenco Bank said: "Lending to landlords will go on rising this year." Dunmore said sales had been "difficult". "Demand cooled over the autumn across the country," it added.',
    ],
    people: [person('Dunmore', ['Dunmore'], [])],
    expected: [{ quote: 'Lending to landlords will go on rising this year.', speaker: 'Ardenco Bank' }],
  },
  {
    rule: '"The ARF said in a statement": an acronym is the body, not the person whose title names it',
    paragraphs: [
      '"We will look at every claim," said Omar Haddad, ARF chief.',
      'The ARF said in a statement that it would act to combat "the harmful effects of file-sharing software on home computers".',
    ],
    people: [person('Omar Haddad', ['Haddad'], ['ARF chief'])],
    expected: [
      { quote: 'We will look at every claim', speaker: 'Omar Haddad' },
      {
        quote: 'the harmful effects of file-sharing software on home computers',
        speaker: 'the ARF',
        kind: 'organization',
      },
    ],
  },
  {
    rule: '"A," said X, "but B.": the inverted attribution interrupts one quotation too',
    paragraphs: [
      '"Most firms have secured their front door," said Mr Nasser, "but the irony is that most of them leave the windows open."',
    ],
    people: [minister],
    expected: [
      {
        quote:
          'Most firms have secured their front door \u2026 but the irony is that most of them leave the windows open.',
        speaker: 'Karim Nasser',
      },
    ],
  },
  {
    rule: '"Y claimed X ... but his lawyer, Z, told ... and added:" - the lawyer named in the last clause speaks',
    paragraphs: [
      'Officials claimed Mr Nasser was one of the leaders but his lawyer, Omar Haddad, told the BBC it was absurd and added: "He was living on welfare and could not even download software."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'He was living on welfare and could not even download software.', speaker: 'Omar Haddad' }],
  },
  {
    rule: 'a surname two people share is the one the people extractor linked in that paragraph',
    paragraphs: [
      'Whale expert Karim Nasser was seven when he saw his first stranding.',
      '"Greed in the ocean is hurting the whales," says Nasser, an elder of his tribe.',
      'Laila Nasser, watched by her father, carves a traditional design.',
    ],
    people: [
      {
        ...person('Laila Nasser', ['Nasser']),
        mentions: [{ paragraph: 2, sentence: 'Laila Nasser, watched by her father.' }],
      },
      {
        ...person('Karim Nasser', ['Nasser'], ['Whale expert']),
        mentions: [
          { paragraph: 0, sentence: 'Whale expert Karim Nasser was seven.' },
          { paragraph: 1, sentence: 'says Nasser' },
        ],
      },
    ],
    expected: [{ quote: 'Greed in the ocean is hurting the whales', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"A spokesperson dismissed the claims, saying" and "analysts Ardenco welcomed it, saying": the subject before the past tense',
    paragraphs: [
      'A Treasury spokesperson dismissed the latest claims, saying: "Spending plans have been set out and they are fully affordable."',
      'Telecom analysts Ardenco welcomed the move, saying the firm had "given a lot of ground to its rivals".',
    ],
    people: [],
    expected: [
      { quote: 'Spending plans have been set out and they are fully affordable.', speaker: 'a Treasury spokesperson' },
      { quote: 'given a lot of ground to its rivals', speaker: 'Ardenco', kind: 'organization' },
    ],
  },
  {
    rule: '"A," X said. "B.": one quotation its attribution interrupts, the pieces joined by an ellipsis',
    paragraphs: [
      '"Superbugs should concern everyone," Nasser says. "Antibiotics are the foundation of medicine."',
      '"The talks are over," said Omar Haddad, a foreign minister. "We will not return," Nasser said.',
    ],
    people: [minister, guest],
    expected: [
      {
        quote: 'Superbugs should concern everyone \u2026 Antibiotics are the foundation of medicine.',
        speaker: 'Karim Nasser',
      },
      { quote: 'The talks are over', speaker: 'Omar Haddad' },
      { quote: 'We will not return', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"A," X said, "B.": the attribution between the pieces says both, and they are one quotation',
    paragraphs: [
      '"While the decline in recent weeks has had an effect on the market," Chairman Karim Nasser said, "it has not had an impact on our condition."',
      '"We will not return to those talks," Haddad said, "and we will not sign anything."',
    ],
    people: [minister, guest],
    expected: [
      {
        quote:
          'While the decline in recent weeks has had an effect on the market \u2026 it has not had an impact on our condition.',
        speaker: 'Karim Nasser',
      },
      { quote: 'We will not return to those talks \u2026 and we will not sign anything.', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: 'an attribution between two pieces joins them only when it is bare: not "X told the BBC:", not "adding that"',
    paragraphs: [
      '"The policy lacks any strategy." Nasser told the BBC: "I was making an observation about the policy."',
      '"The market is so big that growth is limited only by our energy," Haddad said, adding that in services, "we do not think the markets are served."',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'The policy lacks any strategy.', speaker: 'Karim Nasser' },
      { quote: 'I was making an observation about the policy.', speaker: 'Karim Nasser' },
      { quote: 'The market is so big that growth is limited only by our energy', speaker: 'Omar Haddad' },
      { quote: 'we do not think the markets are served.', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: '"Although X insisted ..., he said": a clause opening the pronoun\'s sentence names who it is',
    paragraphs: [
      'The row with Haddad grew. Although Nasser insisted the talks were over, he said: "Everything is possible in this game now."',
      'Haddad spoke later. After Karim Nasser left the room, he told reporters: "We will meet again next month in the capital."',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'Everything is possible in this game now.', speaker: 'Karim Nasser' },
      { quote: 'We will meet again next month in the capital.', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'a clause before the pronoun that is not alone ("If ..., they could see X "...", he added") names no one',
    paragraphs: [
      'Meanwhile, Karim Nasser has warned of complacency. If voters stayed at home they could see Omar Haddad "coming in the back door to power", he added.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'coming in the back door to power', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'words that go on after a "he said" no one can be are not handed to whoever spoke before',
    paragraphs: [
      'Managing director Laila Nasser called the bid derisory. She added: "They have got into his head, but he is not for sale." However, good displays have impressed the fans. "The crowd gave me a standing ovation when I came off," he said. "It was fantastic even though I was criticised by a number of them."',
    ],
    people: [person('Laila Nasser', ['Nasser'], ['managing director'])],
    expected: [{ quote: 'They have got into his head, but he is not for sale.', speaker: 'Laila Nasser' }],
  },
  {
    rule: '"it explained" is the body last named saying something ("Commenting on it, Ardenco said"), never a person',
    paragraphs: [
      'Commenting on the layoffs, Ardenco said those affected build its disk drives.',
      '"This action is required as we bring our inventory down to acceptable levels," it explained.',
    ],
    people: [minister],
    expected: [
      { quote: 'This action is required as we bring our inventory down to acceptable levels', speaker: 'Ardenco' },
    ],
  },
  {
    rule: '"it said" after "The ABPI strongly believes ..." is the body known by its initials',
    paragraphs: [
      'The talks with Ardenco failed. The ABPI strongly believes that firms should look at the networks they support. "We want these firms to look again at where their money is going," it said.',
    ],
    people: [minister],
    expected: [{ quote: 'We want these firms to look again at where their money is going', speaker: 'the ABPI' }],
  },
  {
    rule: '"he said" after a sentence naming only a possessor ("X\'s counterpart", "X\'s record") is not that possessor',
    paragraphs: [
      'Omar Haddad said the board would decide. The company maintains control of Karim Nasser\'s board of directors. "We cannot contemplate giving up our control," he said.',
    ],
    people: [guest, minister],
    expected: [{ quote: 'We cannot contemplate giving up our control', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"he said" after "X\'s pressing ahead": that "\'s" is "is", and X the subject',
    paragraphs: [
      'For his part, Karim Nasser\'s pressing ahead with his plan. "It is a badge I will wear with honour," he says.',
    ],
    people: [minister],
    expected: [{ quote: 'It is a badge I will wear with honour', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"he said" after a sentence naming only an opponent ("against X", "beat X") is the subject before it',
    paragraphs: [
      'Omar Haddad won in Dubai. Haddad was not unduly worried. The world number one was taken the distance against Karim Nasser in the final. "I definitely had a slow start again," he said.',
    ],
    people: [guest, minister],
    expected: [{ quote: 'I definitely had a slow start again', speaker: 'Omar Haddad' }],
  },
  {
    rule: 'an agency dateline before the subject is no part of the speaker ("DETROIT, March 9 - The X union said")',
    paragraphs: [
      'DETROIT, March 9 - The Ardenco Workers union said it backed the plan as "a good match for workers at both companies."',
    ],
    people: [minister],
    expected: [{ quote: 'a good match for workers at both companies.', speaker: 'the Ardenco Workers union' }],
  },
  {
    rule: '"he added" after "said a senior analyst at Ardenco Research Institute" is that analyst, a person of the body',
    paragraphs: [
      '"Many firms planned to sell their shares," said one analyst at a foreign brokerage.',
      '"No company is so badly exposed," said a senior analyst at Ardenco Research Institute. "Luckily the bond market is still profitable," he added.',
    ],
    people: [minister],
    expected: [
      { quote: 'Many firms planned to sell their shares', speaker: 'one analyst' },
      { quote: 'No company is so badly exposed', speaker: 'a senior analyst at Ardenco Research Institute' },
      {
        quote: 'Luckily the bond market is still profitable',
        speaker: 'a senior analyst at Ardenco Research Institute',
      },
    ],
  },
  {
    rule: '"According to X the prime minister said:" with no comma is said by the prime minister, not the source',
    paragraphs: ['According to Mr Ardenco the prime minister said: "Help me to get through the year and I will go."'],
    people: [minister],
    expected: [{ quote: 'Help me to get through the year and I will go.', speaker: 'the prime minister' }],
  },
  {
    rule: '"it said" after "In a statement the ABPI said" is that body, not a thing named before it',
    paragraphs: [
      'Already the site lets people shoot at paper targets. In a statement the ABPI said it had "grave concerns" about the plan. "We assume it would be hard to control a gun in this way," it said.',
    ],
    people: [minister],
    expected: [{ quote: 'We assume it would be hard to control a gun in this way', speaker: 'the ABPI' }],
  },
  {
    rule: '"one of the officials, who asked not to be identified, told Reuters" speaks as one of the officials',
    paragraphs: [
      '"He opposes it. It is not in the interests of the country to have the business leave," one of the Pentagon officials, who asked not to be identified, told Reuters.',
    ],
    people: [minister],
    expected: [
      {
        quote: 'He opposes it. It is not in the interests of the country to have the business leave',
        speaker: 'one of the Pentagon officials',
      },
    ],
  },
  {
    rule: '"A Labour spokesman denied ... "...," he said": a described subject of "denied" is who "he" is',
    paragraphs: [
      'The campaign was insensitive, Mr Nasser added. A Labour spokesman denied the campaign was offensive. "As we said at the time, pigs will fly before their sums add up," he said.',
    ],
    people: [minister],
    expected: [
      { quote: 'As we said at the time, pigs will fly before their sums add up', speaker: 'a Labour spokesman' },
    ],
  },
  {
    rule: '"it said" after \'"...," said Ardenco.\' is Ardenco, the body that closed the sentence before',
    paragraphs: [
      'The drive won a design award. "It is the kind of storage that appeals to people who want style," said Ardenco. "It is the first time you can say a hard drive is sexy," it said.',
    ],
    people: [minister],
    expected: [
      { quote: 'It is the kind of storage that appeals to people who want style', speaker: 'Ardenco' },
      { quote: 'It is the first time you can say a hard drive is sexy', speaker: 'Ardenco' },
    ],
  },
  {
    rule: "'\"...,\" read a statement from the firm' is the statement's, not the analyst's quoted before",
    paragraphs: [
      '"This has been a problem for a long time," said Karim Nasser, an analyst.',
      '"We have investigated this matter and believe a partner placed the advert without our knowledge," read a statement from the phone firm.',
    ],
    people: [minister],
    expected: [
      { quote: 'This has been a problem for a long time', speaker: 'Karim Nasser' },
      {
        quote: 'We have investigated this matter and believe a partner placed the advert without our knowledge',
        speaker: 'a statement',
      },
    ],
  },
  {
    rule: '"Reacting to a comment by X, the American said:" - a participle clause before the subject names no speaker',
    paragraphs: [
      'Reacting to a disputed comment by club chairman Karim Nasser, the American said: "I think it is highly insulting if prize money is taken away."',
    ],
    people: [minister],
    expected: [{ quote: 'I think it is highly insulting if prize money is taken away.', speaker: 'the American' }],
  },
  {
    rule: '"The party leader was asked about X. He replies:" - the one asked is who replies',
    paragraphs: [
      'Film maker Omar Haddad was given access to Mr Nasser. The party leader was asked to respond to critics of his policy.',
      'He replies: "What is the inference of that? That nobody may put a view forward at all?"',
    ],
    people: [person('Karim Nasser', ['Nasser'], ['party leader']), guest],
    expected: [
      { quote: 'What is the inference of that? That nobody may put a view forward at all?', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"..., declaring "...": a participle of saying gives the clause\'s subject the words',
    paragraphs: [
      'Mr Nasser was elected to Parliament in 1987, declaring "today the town, tomorrow the whole country".',
    ],
    people: [minister],
    expected: [{ quote: 'today the town, tomorrow the whole country', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a name after "talking to Club sporting director X" is an object, so "the 21-year-old" is not X',
    paragraphs: [
      'Karim Nasser has been fined by his club.',
      'The forward believed he was talking to Ardenco sporting director Omar Haddad when he berated his team-mates.',
      '"I wish I was playing for another club this season," the 21-year-old told the radio station.',
    ],
    people: [person('Karim Nasser', ['Nasser']), guest],
    expected: [{ quote: 'I wish I was playing for another club this season', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'bracketed initials make a described speaker no longer ("a spokesman for the ... Society (WSIS)")',
    paragraphs: [
      'A spokesman for the World Summit for the Information Society (WSIS), which is meeting this week in Geneva, told reporters: "The digital divide is very much real and needs to be addressed."',
    ],
    people: [minister],
    expected: [
      {
        quote: 'The digital divide is very much real and needs to be addressed.',
        speaker: 'a spokesman for the World Summit for the Information Society (WSIS)',
      },
    ],
  },
  {
    rule: '"committee member and party MP X said he was "amazed" Mr Y was in his job. "...," he said": he is X',
    paragraphs: [
      'But committee member and party MP Omar Haddad said he was "amazed" Mr Nasser was still in his job. "When Mr Nasser came to give evidence, we were led to believe he was going shortly," he said.',
    ],
    people: [minister, guest],
    expected: [
      {
        quote: 'When Mr Nasser came to give evidence, we were led to believe he was going shortly',
        speaker: 'Omar Haddad',
      },
    ],
  },
  {
    rule: '"X, who urged Canada to "..." ..., officials said": words quoted in a relative clause of saying are X\'s',
    paragraphs: [
      'The issue was discussed with several senators, including Karim Nasser, who urged Canada to "keep the heat on the administration" to force action, Canadian officials said.',
      'Mr Haddad said he had visited Nasser, who had told him that the plan could "represent any arbitrary establishment that curtails freedom". He added: "I have no desire to change the nature of the villains in the piece."',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'keep the heat on the administration', speaker: 'Karim Nasser' },
      { quote: 'represent any arbitrary establishment that curtails freedom', speaker: 'Karim Nasser' },
      { quote: 'I have no desire to change the nature of the villains in the piece.', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: 'a relative clause whose "who" is the object ("Mr X, who he described as ..., and that he was "...") is not X\'s',
    paragraphs: [
      'A spokesman said Mr Haddad had friends in common with Mr Nasser, who he described as a prominent activist, and that he was "willing to do anything that is necessary for his release".',
    ],
    people: [minister, guest],
    expected: [{ quote: 'willing to do anything that is necessary for his release', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"It lost a case when a judge said" gives the judge\'s words to no body named before',
    paragraphs: [
      'Ardenco said statistics suggested travellers were stopped more often. It lost a High Court action in 2002 when a judge said the system was "no more or less objectionable than a visa".',
    ],
    people: [minister],
    expected: [],
  },
  {
    rule: '"denied by a party spokesman, who said:" is the spokesman\'s, not a party officer\'s named before',
    paragraphs: [
      'Party chairman Laila Nasser urged the men to step down.',
      'But the claim was denied by the party spokesman, who said: "That is simply not true and we will say so in court."',
    ],
    people: [person('Laila Nasser', ['Nasser'], ['Party chairman'])],
    expected: [{ quote: 'That is simply not true and we will say so in court.', speaker: 'the party spokesman' }],
  },
  {
    rule: 'a long described subject ("A spokeswoman for the Information Commissioner\'s Office said") is who "she" is next',
    paragraphs: [
      'A party official said there was only scattered evidence.',
      'A spokeswoman for the Information Commissioner\'s Office said it was examining one complaint. "We are investigating one of the complaints where evidence has been given," she said.',
    ],
    people: [minister],
    expected: [
      {
        quote: 'We are investigating one of the complaints where evidence has been given',
        speaker: "a spokeswoman for the Information Commissioner's Office",
      },
    ],
  },
  {
    rule: '"the foreign secretary" is not a person whose only such post is "shadow foreign secretary"',
    paragraphs: [
      'Omar Haddad spoke first. The talks ended late. The foreign secretary said: "We have made real progress on every one of the open questions."',
    ],
    people: [person('Omar Haddad', ['Haddad'], ['Shadow foreign secretary'])],
    expected: [
      { quote: 'We have made real progress on every one of the open questions.', speaker: 'the foreign secretary' },
    ],
  },
  {
    rule: '"a view shared by X, who believes "..."": a belief in its holder\'s words is theirs, not the last speaker\'s',
    paragraphs: [
      '"We have an opportunity to win this cup this year, no question," Nasser declared. It is a view shared by Haddad, who believes "if we can get past the holders, we have a great chance".',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'We have an opportunity to win this cup this year, no question', speaker: 'Karim Nasser' },
      { quote: 'if we can get past the holders, we have a great chance', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: '"Asked if Mr X could return, he replied: "I admire Karim"": the one asked about is not who "he" is',
    paragraphs: [
      'Karim Nasser resigned on Monday.',
      'Asked if Mr Nasser could return to frontline politics, he replied: "I have made my admiration for Karim very clear and it remains."',
    ],
    people: [minister],
    expected: [],
  },
  {
    rule: '"the report" is named by the author the article gives it first ("a report released by X", "X\'s report")',
    paragraphs: [
      'A new report released on Monday by the Arden Institute for Fiscal Studies calls that into question.',
      'As the report states: "The birth lottery matters more here than in most well-off countries."',
    ],
    people: [minister],
    expected: [
      {
        quote: 'The birth lottery matters more here than in most well-off countries.',
        speaker: 'the report by the Arden Institute for Fiscal Studies',
      },
    ],
  },
  {
    rule: '"a bank study" is the study of the one bank the story named before',
    paragraphs: [
      'The Kelford Industrial Bank has forecast weaker trade in the region.',
      'A bank study, read out on the radio, said exports would fall.',
      '"Every sign points to slower growth next year," the study said.',
    ],
    people: [minister],
    expected: [
      {
        quote: 'Every sign points to slower growth next year',
        speaker: 'Kelford Industrial Bank study',
      },
    ],
  },
  {
    rule: '"In a statement X said ... said the statement" names X',
    paragraphs: [
      'In a statement the Ardenco Society said it had grave concerns about the plan. "Animals hit but not killed would suffer without any doubt," said the statement.',
    ],
    people: [minister],
    expected: [
      {
        quote: 'Animals hit but not killed would suffer without any doubt',
        speaker: "the Ardenco Society's statement",
      },
    ],
  },
  {
    rule: '"X said in a statement ... The statement said" names X',
    paragraphs: [
      'Kelford Bank said in a joint statement that talks went on. The statement said: "Further progress has been made on the rescheduling of the debt."',
    ],
    people: [minister],
    expected: [
      { quote: 'Further progress has been made on the rescheduling of the debt.', speaker: "Kelford Bank's statement" },
    ],
  },
  {
    rule: '"X published its analysis. The report ..." makes X the report\'s author; "The company published" names none',
    paragraphs: [
      'Ardenco published its analysis of hiring trends on Monday. The report said: "Consider brushing up on some skills that offer higher demand."',
    ],
    people: [minister],
    expected: [{ quote: 'Consider brushing up on some skills that offer higher demand.', speaker: "Ardenco's report" }],
  },
  {
    rule: '"the report" after "the NAO\'s report" is the NAO\'s',
    paragraphs: [
      'Ms Nasser said the NAO\'s report was fair. The report said: "Costs rose on eight of the twenty largest projects this year."',
    ],
    people: [minister],
    expected: [{ quote: 'Costs rose on eight of the twenty largest projects this year.', speaker: "the NAO's report" }],
  },
  {
    rule: '"the report\'s recommendation ... is a good one:" brings in the report\'s words, not those of the last person named',
    paragraphs: [
      'Karim Nasser said the data was biased. Regardless of its credibility, the report\'s recommendation for those in crowded fields is a good one: "Consider brushing up on some skills that offer higher demand."',
    ],
    people: [minister],
    expected: [{ quote: 'Consider brushing up on some skills that offer higher demand.', speaker: 'the report' }],
  },
  {
    rule: 'a quoted fragment inside a sentence is not said by the "he admitted" after it',
    paragraphs: [
      'The row grew. And although Nasser insisted quitting is "not in my mind right now", he admitted "everything is possible in this game now".',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'not in my mind right now', speaker: 'Karim Nasser' },
      { quote: 'everything is possible in this game now', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: '"he" after a sentence that names one person, whatever their place in it, is that person',
    paragraphs: [
      'Omar Haddad spoke first.',
      'One dissenting view came from Karim Nasser, an analyst. He said: "I do not think it changes the world."',
    ],
    people: [guest, minister],
    expected: [{ quote: 'I do not think it changes the world.', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a pronoun never stands for someone the quotation speaks of',
    paragraphs: [
      'Karim Nasser scored twice on Saturday.',
      '"Karim can play all over the pitch and he influences every part of the game," he said.',
    ],
    people: [person('Karim Nasser', ['Nasser'])],
    expected: [],
  },
  {
    rule: 'words that are no noun phrase name no unnamed speaker',
    paragraphs: [
      'You will look at every item in the shop and ask: "Will this just end up in a drawer next year?"',
      'There can be no doubt, but "there can be no assurances at this stage that any offer will be made," it added.',
    ],
    people: [],
    expected: [],
  },
  {
    rule: 'an unnamed speaker after a conjunction keeps its own words',
    paragraphs: ['Prices fell, and one London broker said: "I am not sure it is much of a bargain at all."'],
    people: [],
    expected: [{ quote: 'I am not sure it is much of a bargain', speaker: 'one London broker', kind: 'unknown' }],
  },
  {
    rule: '"X said:" after a closed quotation introduces the next one, not the previous',
    paragraphs: [
      'Assistant coach Steve Clarke said: "We think it was thrown from the crowd." Club manager Alan Pardew said: "It is a shame for the fans."',
    ],
    people: [person('Steve Clarke', ['Clarke']), person('Alan Pardew', ['Pardew'])],
    expected: [
      { quote: 'We think it was thrown from the crowd.', speaker: 'Steve Clarke' },
      { quote: 'It is a shame for the fans.', speaker: 'Alan Pardew' },
    ],
  },
  {
    rule: 'a name run into a title and another name only qualifies it ("Chelsea assistant boss Steve Clarke")',
    paragraphs: ['Chelsea assistant boss Steve Clarke said: "I would rather talk about the football today."'],
    people: [person('Steve Clarke', ['Clarke']), person('Chelsea')],
    expected: [{ quote: 'I would rather talk about the football today.', speaker: 'Steve Clarke' }],
  },
  {
    rule: 'the subject, not a name inside the clause that follows it ("X doubted whether Rock ..., but added:")',
    paragraphs: [
      'Mr Strauss doubted whether Rock would make an impact, but added: "I am all for lower ratings though."',
    ],
    people: [person('Bob Strauss', ['Strauss', 'Mr Strauss']), person('Chris Rock', ['Rock'])],
    expected: [{ quote: 'I am all for lower ratings though.', speaker: 'Bob Strauss' }],
  },
  {
    rule: 'a sentence opened by a pronoun keeps the earlier subject ("He portrayed Mr Ebbers as ...")',
    paragraphs: [
      'On Monday Scott Sullivan named the chief executive in court.',
      'He portrayed Mr Ebbers as obsessed with costs. "We needed to cut expenses, a lot more than coffee," he said.',
    ],
    people: [person('Scott Sullivan', ['Sullivan', 'Mr Sullivan']), person('Bernie Ebbers', ['Ebbers', 'Mr Ebbers'])],
    expected: [{ quote: 'We needed to cut expenses', speaker: 'Scott Sullivan' }],
  },
  {
    rule: 'a participle after a prepositional phrase ("ahead of an election predicted for May") names no sayer',
    paragraphs: [
      'Tory spokesman Dale Hume said the plans were "little more than a PR exercise" ahead of an election predicted for May.',
    ],
    people: [person('Dale Hume', ['Hume'])],
    expected: [{ quote: 'little more than a PR exercise', speaker: 'Dale Hume' }],
  },
  {
    rule: 'an age description ("the 30-year-old") is the runner the story is about',
    paragraphs: [
      'Hicham El Guerrouj may run in March.',
      '"If I am to compete in it, it is only if I feel I can win," said the 30-year-old.',
    ],
    people: [person('Hicham El Guerrouj', ['El Guerrouj'])],
    expected: [{ quote: 'If I am to compete in it', speaker: 'Hicham El Guerrouj' }],
  },
  {
    rule: 'an anonymous "a spokesman said" is the "he" that follows, not a name before it',
    paragraphs: [
      'Analyst Lawrence Cohn expects cuts.',
      'But a spokesman said its powers were limited. "Any proposals would be for government to consider," he said.',
    ],
    people: [analyst],
    expected: [{ quote: 'Any proposals would be for government to consider', speaker: 'a spokesman', kind: 'unknown' }],
  },
  {
    rule: 'a qualified generic head ("the Conservative leader") is not the man in focus of another party',
    paragraphs: [
      'Labour leader Tony Baxter spoke in Leeds.',
      '"We will cut taxes for working families," the Conservative leader said.',
    ],
    people: [person('Tony Baxter', ['Baxter'], ['Labour leader'])],
    expected: [
      { quote: 'We will cut taxes for working families', speaker: 'the Conservative leader', kind: 'unknown' },
    ],
  },
  {
    rule: '"alleged" reports speech',
    paragraphs: ['"The accounts were falsified for years," alleged Karim Nasser, the interior minister.'],
    people: [minister],
    expected: [{ quote: 'The accounts were falsified for years', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a name inside "of the ... Foundation" is not the speaker',
    paragraphs: [
      'Maria Lopez, director of the James Marshall Hendrix Foundation, opened the show.',
      '"Music should belong to everyone," said Ms Lopez.',
    ],
    people: [person('Maria Lopez', ['Lopez'], ['director of the James Marshall Hendrix Foundation'])],
    expected: [{ quote: 'Music should belong to everyone', speaker: 'Maria Lopez' }],
  },
  {
    rule: 'the source "according to" a name is the "he" who speaks next',
    paragraphs: [
      "A resale could triple the price, according to the Economist Intelligence Unit's Mr Hensel.",
      '"That way, the president can say he forced the owners to play by the rules," he told BBC News.',
    ],
    people: [person('Hensel', [])],
    expected: [{ quote: 'That way, the president can say', speaker: 'Hensel' }],
  },
  {
    rule: "words quoted inside a sentence about something else are nobody's",
    paragraphs: [
      '"We are not able to comment on pending litigation," studio spokesman Sean Dudas said.',
      'The explosions were intended to "simulate the appearance of bullets striking the ground".',
    ],
    people: [person('Sean Dudas', ['Dudas'], ['studio spokesman'])],
    expected: [{ quote: 'We are not able to comment', speaker: 'Sean Dudas' }],
  },
  {
    rule: 'words quoted inside a sentence about a person are theirs',
    paragraphs: [
      'Milan Baros denied suggestions he wanted to leave.',
      'But his admission that he "guessed something like this was going to happen on Saturday" will fuel claims.',
    ],
    people: [person('Milan Baros', ['Baros'])],
    expected: [{ quote: 'guessed something like this', speaker: 'Milan Baros' }],
  },
  {
    rule: '"she" is no one the article calls "Mr"',
    paragraphs: [
      'Ms Ostrander spoke first. The figures were questioned by Mr Dorrin Hale. "We will publish the data next week," she said.',
    ],
    people: [person('Dorrin Hale', ['Hale']), person('Kay Ostrander', ['Ostrander'])],
    expected: [{ quote: 'We will publish the data next week', speaker: 'Kay Ostrander' }],
  },
  {
    rule: 'the subject of the first of two speech verbs ("X said ..., adding that")',
    paragraphs: [
      'Karim Nasser spoke on Monday. "Growth will slow sharply in the second half of the year," the Holvane Institute said, adding that "exports will recover next year".',
    ],
    people: [minister],
    expected: [
      { quote: 'Growth will slow sharply', speaker: 'the Holvane Institute' },
      { quote: 'exports will recover next year', speaker: 'the Holvane Institute' },
    ],
  },
  {
    rule: 'a quotation opening a paragraph after reported speech goes on with its speaker',
    paragraphs: [
      'Karim Nasser praised the plan. Growth will be slower than hoped, economists said.',
      '"The recovery has lost its momentum and will take another year."',
    ],
    people: [minister],
    expected: [{ quote: 'The recovery has lost its momentum', speaker: 'economists' }],
  },
  {
    rule: 'a text "reads" what it says, never the person named before it',
    paragraphs: ['Karim Nasser was fined. "The player was warned twice before the match," a league statement read.'],
    people: [minister],
    expected: [{ quote: 'The player was warned twice', speaker: 'a league statement' }],
  },
  {
    rule: 'a bare "and" after a verb opens the speaker\'s clause',
    paragraphs: ['Omar Haddad sprained his ankle in training and Karim Nasser said: "He will miss the final."'],
    people: [minister, guest],
    expected: [{ quote: 'He will miss the final', speaker: 'Karim Nasser' }],
  },
  {
    rule: "a second fragment of an attributed sentence is the same speaker's; one after a full stop is not",
    paragraphs: [
      'Karim Nasser said the plan was "a step in the right direction" but "far from the end of the road".',
      '"We will not give in to any pressure from them." Omar Haddad called on the council to "think again about the whole plan".',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'a step in the right direction', speaker: 'Karim Nasser' },
      { quote: 'far from the end of the road', speaker: 'Karim Nasser' },
      { quote: 'We will not give in', speaker: 'Karim Nasser' },
    ],
  },
  {
    rule: 'words quoted inside a sentence that "according to X" closes are X\'s',
    paragraphs: [
      'Karim Nasser spoke first. Prices "will rise sharply over the coming months" if the strike goes on, according to the Holvane Institute.',
    ],
    people: [minister],
    expected: [{ quote: 'will rise sharply', speaker: 'the Holvane Institute' }],
  },
  {
    rule: 'a verb that is also a noun introduces the quote after its colon',
    paragraphs: ['Karim Nasser read it. As the report states: "Growth will be slower than at any time in a decade."'],
    people: [minister],
    expected: [{ quote: 'Growth will be slower', speaker: 'the report' }],
  },
  {
    rule: "a common word capitalised by the sentence start is not the speaker's name",
    paragraphs: ['Karim Nasser spoke. Civil liberties group Openwatch said the plan was "a danger to every citizen".'],
    people: [minister],
    expected: [{ quote: 'a danger to every citizen', speaker: 'Openwatch' }],
  },
  {
    rule: 'the person named in what "he said" reports is not the "he" who goes on',
    paragraphs: [
      'Karim Nasser said the party would fight a clean campaign.',
      'And Omar Haddad would be at the very front of that campaign, he said. "The leader will spend more time in the regions than in the capital," he promised.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'The leader will spend more time', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a name inside the appositive after the subject is not the speaker',
    paragraphs: [
      'Lina Morvane, who won for playing the late Omar Haddad in the film, said her award was "a surprise and an honour for the whole crew".',
    ],
    people: [guest],
    expected: [{ quote: 'a surprise and an honour', speaker: 'Lina Morvane' }],
  },
  {
    rule: "a web address in the speaker's role ends no clause",
    paragraphs: ['"Sales will double before the end of the year," Karim Nasser, editor of Gamesnews.com told the BBC.'],
    people: [minister],
    expected: [{ quote: 'Sales will double', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a speaker after "according to X," speaks himself',
    paragraphs: ['According to a text released by aides, Karim Nasser told delegates: "We must stand together."'],
    people: [minister],
    expected: [{ quote: 'We must stand together', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a long object joined by "and" keeps the sentence\'s subject',
    paragraphs: [
      'Speaking after the talks, Nasser said both governments must cooperate.',
      'He stressed Peru and Chile\'s common positions on trade, fishing and border issues, and said, "The two neighbours can pool their strengths to set an example."',
    ],
    people: [minister],
    expected: [{ quote: 'The two neighbours can pool their strengths', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'names joined by "and" after a verb of saying are its object, not the speaker',
    paragraphs: ['Karim Nasser said Omar Haddad and the envoy had argued, adding: "It was a meeting like no other."'],
    people: [minister, guest],
    expected: [{ quote: 'It was a meeting like no other', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'the one who closes the sentence before saying it goes on as "he", not a person named in what they said',
    paragraphs: [
      'If Omar Haddad stays away, the talks will go ahead without him, Karim Nasser said. "What matters is that the talks go ahead at all," he said.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'What matters is that the talks go ahead', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a person named in the clause before the subject ("when asked if X ..., Y said") is not the speaker',
    paragraphs: [
      'But when asked if Omar Haddad would stay on, Karim Nasser said: "I sincerely hope he will be with us."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'I sincerely hope he will be with us', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a given name two people share, said in the quotation, does not make the speaker someone spoken of',
    paragraphs: [
      'Omar Nasser was named director. "We searched long and hard for the right person," said chief executive Omar Haddad. "We have tested the candidates and I believe Omar will make a great leader."',
    ],
    people: [person('Omar Nasser'), guest],
    // One utterance its attribution interrupts: one quotation.
    expected: [{ quote: 'I believe Omar will make a great leader', speaker: 'Omar Haddad' }],
  },
  {
    rule: 'without a comma after "when asked if X would ...", the name nearest the verb speaks',
    paragraphs: [
      'When asked if Haddad and Boateng would start Karim Nasser replied: "I could tell you yes, but not today."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'I could tell you yes', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"reads" right after the quotation names the text that says it, not the person it was for',
    paragraphs: [
      'Hours later Omar Haddad\'s hopes faded. "The colleagues will not serve under him at all," reads a telephone memo for Mr Haddad.',
    ],
    people: [guest],
    expected: [{ quote: 'The colleagues will not serve', speaker: 'a telephone memo for Mr Haddad' }],
  },
  {
    rule: '", and X said he would ..." makes X the "he" who goes on, not the person named before the comma',
    paragraphs: [
      'The club has been linked with a move for young forward Omar Haddad, and Karim Nasser said he would love the player to come. "He is a great player and a strong lad in defence," he said.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'He is a great player', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a name after a preposition is not the speaker, unless "who" makes it the subject of the verb',
    paragraphs: [
      'Of the money now due to Nasser, 82, who won the case, his lawyer said: "It could be tens of millions of dollars."',
      'The argument was rejected by Mr Haddad, who said: "We have not broken the precedent at all."',
    ],
    people: [minister, guest],
    expected: [
      { quote: 'It could be tens of millions', speaker: 'his lawyer' },
      { quote: 'We have not broken the precedent', speaker: 'Omar Haddad' },
    ],
  },
  {
    rule: 'after a question that ends its sentence, "X said he would ..." is a new sentence, not the attribution',
    paragraphs: [
      'Karim Nasser spoke first and Omar Haddad replied.',
      'The Tory leader countered that the deals had been struck at dinners. He continued: "How can there be discipline in schools when there is none in government?" Mr Haddad said he would not respond to gossip.',
    ],
    people: [person('Karim Nasser', ['Nasser'], ['Tory leader']), guest],
    expected: [{ quote: 'How can there be discipline', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a question that ends its sentence may still be followed by "X recalls thinking"',
    paragraphs: ['Omar Haddad wrote the paper. "Who is this woman?" Karim Nasser recalls thinking at the time.'],
    people: [minister, guest],
    expected: [{ quote: 'Who is this woman', speaker: 'Karim Nasser' }],
  },
  {
    rule: 'a full name with long appositives before the verb after the quotation',
    paragraphs: [
      'Karim Nasser spoke first. "We have a much greater need for storage than ever before," Omar Haddad, from the Hollywood laboratories of a big maker, one of the pioneers of the format, told the BBC.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'We have a much greater need for storage', speaker: 'Omar Haddad' }],
  },
  {
    rule: 'a firm named like a person before a title and its holder set off by commas ("X chairwoman, Y, said")',
    paragraphs: [
      'Karim Nasser chairwoman, Lina Morvane, said the deal provided "an arrangement that is affordable, sensible and workable".',
    ],
    people: [minister, person('Lina Morvane')],
    expected: [{ quote: 'an arrangement that is affordable', speaker: 'Lina Morvane' }],
  },
  {
    rule: '"with a spokesperson saying:" names the spokesperson',
    paragraphs: [
      'Karim Nasser was honoured. The ministry defended the decision, with a spokesperson saying: "You have to look at their whole career."',
    ],
    people: [minister],
    expected: [{ quote: 'You have to look at their whole career', speaker: 'a spokesperson' }],
  },
  {
    rule: 'before "saying:", the speaker is the sentence subject, which ends at its verb',
    paragraphs: [
      'Karim Nasser married last year. Us magazine was unrepentant about its decision to publish, saying: "He should start his own magazine if he would like to dictate his coverage."',
    ],
    people: [minister],
    expected: [{ quote: 'He should start his own magazine', speaker: 'Us magazine' }],
  },
  {
    rule: '"But he said X ..." carries the pronoun on: X is spoken of, and the next "he said" is still the first speaker',
    paragraphs: [
      'Karim Nasser said voters had lost patience. But he said Omar Haddad had lost their trust. "There is a fundamental lack of trust in Omar Haddad and his government," he said.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'There is a fundamental lack of trust', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"A spokesperson denied X made the remark, insisting:": the participle\'s speaker is the subject, not the object',
    paragraphs: [
      'A spokesperson for the club denied Nasser made the remark, insisting: "He never said it at any time."',
    ],
    people: [minister],
    expected: [{ quote: 'He never said it at any time.', speaker: 'a spokesperson for the club' }],
  },
  {
    rule: '"X also paid tribute to the director Y, telling him:" is X\'s',
    paragraphs: [
      'The actress also paid tribute to the film\'s director Omar Haddad, telling him: "I hope my son will marry your daughter."',
    ],
    people: [guest],
    expected: [{ quote: 'I hope my son will marry your daughter.', speaker: 'the actress' }],
  },
  {
    rule: '"The film showed X, ..., telling the meeting:": after a verb of showing the object speaks',
    paragraphs: [
      'The documentary showed Mr Haddad, apparently talking about the talks, telling the meeting: "The Germans are the big losers here."',
    ],
    people: [guest],
    expected: [{ quote: 'The Germans are the big losers here.', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"with minister X saying" gives the participle its own subject',
    paragraphs: [
      'Ardenco welcomed the decision, with finance minister Omar Haddad saying the plan was "on the right track even amid very difficult conditions".',
    ],
    people: [guest],
    expected: [{ quote: 'on the right track even amid very difficult conditions', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"She said she hoped to meet X and Y but joked that" keeps the first clause\'s subject',
    paragraphs: [
      'The 14-year-old said she hoped to meet Karim Nasser and Omar Haddad but joked that "they are probably a little too old for me".',
    ],
    people: [minister, guest],
    expected: [{ quote: 'they are probably a little too old for me', speaker: 'the 14-year-old' }],
  },
  {
    rule: '"reported that X, who seemed unrepentant, insisting" is the relative clause subject\'s',
    paragraphs: [
      'The club website reported that Haddad, who seemed unrepentant, insisting Nasser "would have stayed down a lot longer" if he had been hit.',
    ],
    people: [minister, guest],
    expected: [{ quote: 'would have stayed down a lot longer', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"Wearing a dress by the designer X, Y told" is Y\'s: a participle clause before the subject names no speaker',
    paragraphs: [
      'Wearing a frock by the designer Omar Haddad, Miller told reporters the night was "intense, nerve-wracking and cold".',
    ],
    people: [guest],
    expected: [{ quote: 'intense, nerve-wracking and cold', speaker: 'Miller' }],
  },
  {
    rule: '"...," the new chair of a long body (ACR), Full Name, says: a post closed by the full name may run long',
    paragraphs: [
      '"In a sense, we have hardly started in reaching the whole population," the new chair of the Ardenco Engineering Task Force (AETF), Omar Haddad, says.',
    ],
    people: [guest],
    expected: [{ quote: 'we have hardly started in reaching the whole population', speaker: 'Omar Haddad' }],
  },
  {
    rule: "\"'It's awesome,' said X. 'I started ...'\": a short utterance is not kept, but its speaker goes on",
    paragraphs: [
      'A disheartened Nasser made little impact as Haddad raced to victory. "It\'s awesome," said Haddad. "I started preparing for this tournament nine months ago."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'I started preparing for this tournament nine months ago.', speaker: 'Omar Haddad' }],
  },
  {
    rule: '"Laila said that "..."" after "Laila Nasser": a name alone is the one person who bears it',
    paragraphs: [
      'At the time, Laila Nasser shrugged the complaints off.',
      'In the October discussion, Laila said that "the dogs may bark but the caravan moves on."',
    ],
    people: [person('Laila Nasser', ['Nasser']), guest],
    expected: [{ quote: 'the dogs may bark but the caravan moves on.', speaker: 'Laila Nasser' }],
  },
  {
    rule: 'a name two people bear names neither',
    paragraphs: [
      'Laila Nasser and Laila Haddad shrugged the complaints off.',
      'In the October discussion, Laila said that "the dogs may bark but the caravan moves on."',
    ],
    people: [person('Laila Nasser', ['Nasser']), person('Laila Haddad', ['Haddad'])],
    expected: [{ quote: 'the dogs may bark but the caravan moves on.', speaker: 'Laila' }],
  },
  {
    rule: '"the Egyptian" is the one person named so far whose country does not contradict it',
    paragraphs: [
      'Karim Nasser has criticised the organisers over prize money.',
      'Reacting to a comment by the British chairman Omar Haddad, the Egyptian said: "I think it is highly insulting to every player here."',
    ],
    people: [minister, person('Omar Haddad', ['Haddad'], ['British chairman'])],
    expected: [{ quote: 'I think it is highly insulting to every player here.', speaker: 'Karim Nasser' }],
  },
  {
    rule: '"X beat Y. The Egyptian said": two people a nationality could be leave the words unresolved',
    paragraphs: [
      'Karim Nasser beat Omar Haddad in the final on Sunday.',
      'The Egyptian said: "It was the hardest match I have played in my whole career."',
    ],
    people: [minister, guest],
    expected: [{ quote: 'It was the hardest match I have played', speaker: 'the Egyptian', kind: 'unknown' }],
  },
];

describe('extractQuotations attributes each quotation', () => {
  it.each(cases)('$rule', ({ paragraphs, people, expected }) => {
    const found = extractQuotations(newsArticle(paragraphs), people);
    expect(found.map((quotation) => quotation.speaker)).toEqual(expected.map((item) => item.speaker));
    expected.forEach((item, index) => {
      expect(found[index]!.quote).toContain(item.quote);
      if (item.kind) expect(found[index]!.speakerKind).toBe(item.kind);
    });
  });
});

describe('extractQuotations leaves out what is not a quotation', () => {
  it.each([
    {
      rule: 'scare quotes around a word or a short phrase',
      paragraphs: [
        'The council decried the recent \u201cbrutal\u201d strikes as part of attempts to revive \u201corganized terrorism\u201d.',
        'Nasser denounced the measures as plots for \u201ca new round of organized terrorism\u201d.',
      ],
    },
    {
      rule: 'a title in quotes',
      paragraphs: ['Some 83 MPs gave interviews for the study "Whose Secretary are You, minister".'],
    },
    {
      rule: 'a slogan or a motto, however whole it reads',
      paragraphs: [
        'The exchange said its campaign, with the theme "We Extend Your Reach," focuses on its role.',
        'Ardenco is a mining firm that has the motto "Bringing Kelford Gold to Market".',
        'Kelford leader Omar Haddad spoke. The party has promised a limit with the slogan: "Fair rents for every working family in Kelford".',
      ],
    },
    {
      rule: "a work's long title right after its noun",
      paragraphs: [
        'In his book \u201cThe Long Road Home: How Small Towns Learned to Build Again Together,\u201d Karim Nasser wrote of the pride people find in work.',
      ],
    },
    {
      rule: 'a name for a thing ("what it calls", "what has been dubbed")',
      paragraphs: [
        'Ardenco said it was seeing take-up for what it calls "Office in a Pocket" devices, Mr Nasser said.',
        'Nasser insists they must win what has been dubbed "the rematch of the decade" on Saturday.',
      ],
    },
    {
      rule: 'what others said of the subject, after a passive verb of praise or blame',
      paragraphs: [
        'Director Olu Okonjo is to receive an honorary award at the festival.',
        'Okonjo, who has made more than 100 films in a 40-year career, was hailed for his "remarkable visual beauty, technical innovation, and intellectual depth". Twenty of his films are screening.',
      ],
    },
    {
      rule: 'a quotation no one can be found to have said',
      paragraphs: ['"Prices will rise before the end of the year and demand will stay firm."'],
    },
    {
      rule: 'words a sentence introduces as a thing ("the question is:")',
      paragraphs: [
        'Karim Nasser spoke at length. The proposed question for the referendum is: "Should the country approve the treaty establishing a new constitution?"',
      ],
    },
    {
      rule: 'a "she" for a relative the sentence before brings in, whom no name stands for',
      paragraphs: [
        'The film shows Olu Okonjo playing table tennis with his wife, ex-model Sandra. Asked if she enjoys it she confesses: "Yeah, it would be more enjoyable if I could win occasionally."',
      ],
    },
    {
      rule: 'a maxim, slogan or headline introduced by a colon',
      paragraphs: [
        'Karim Nasser has signed up for another dose of pain. His hope must be that voters will bear out the old maxim: "No pain, no gain, and no vote without the pain."',
      ],
    },
  ])('$rule', ({ paragraphs }) => {
    expect(extractQuotations(newsArticle(paragraphs), [minister, person('Olu Okonjo')])).toEqual([]);
  });
});

describe('extractQuotations cites exact text', () => {
  it('gives the sentence that holds the quote start and the paragraph as passage', () => {
    const paragraph = 'Shares rose 5 pct. "We will not sell the unit," Cohn said. Trading was heavy.';
    const [quotation] = extractQuotations(newsArticle(['Intro.', paragraph]), [analyst]);
    expect(quotation).toEqual({
      paragraph: 1,
      sentence: '"We will not sell the unit," Cohn said.',
      quote: 'We will not sell the unit',
      speaker: 'Lawrence Cohn',
      speakerKind: 'person',
      passage: paragraph,
    });
  });

  it('spans every paragraph of a multi-paragraph quotation in its passage', () => {
    const paragraphs = [
      '"We will not cut the dividend this year.',
      '"Our lenders know that," the chairman, Arthur Miller, said.',
    ];
    const [quotation] = extractQuotations(newsArticle(paragraphs), [banker]);
    expect(quotation!.speaker).toBe('Arthur Miller');
    expect(quotation!.passage).toBe(paragraphs.join('\n'));
    expect(paragraphs[0]).toContain(quotation!.sentence);
  });

  it('returns nothing quickly for an article without quote marks', () => {
    expect(extractQuotations(newsArticle(['No quotes here.', 'None here either.']), [analyst])).toEqual([]);
  });
});
