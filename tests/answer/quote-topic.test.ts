import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import { article, knowledgeOf } from './quote-fixture.js';

describe('/quote on a topic the quoted words leave implicit', () => {
  const knowledge = knowledgeOf([
    article('song-01', 'Singer backs campaign', [
      'The singer Dana Holloway is backing a campaign by musicians.',
      'Holloway said the scale of the problem became clear to her after the floods near her Leeds home.',
      '"It stayed with me for months, it really did," she said.',
      '"The tour starts in April and we are ready," Holloway said of her plans.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('finds what a speaker said after the sentence that sets up the topic, first', () => {
    expect(answer('what did Dana Holloway say about the floods')[0]?.quote).toBe(
      'It stayed with me for months, it really did',
    );
  });
});

describe('/quote of a speaker on a topic their words never name', () => {
  const knowledge = knowledgeOf([
    article('budget-01', 'Deficit to top a trillion', [
      'The federal deficit is forecast to pass a trillion dollars next year.',
      '"This sort of stimulus is unheard of in peacetime," said Rhona Vickery, an economist at Carlow University.',
    ]),
    article('budget-02', 'Harvest festival', [
      '"The pumpkins were bigger than ever this autumn," said Rhona Vickery, who judged the show.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('gives what they said in a story on the topic, and nothing from other stories', () => {
    expect(answer('what did Rhona Vickery say about the deficit').map((item) => item.quote)).toEqual([
      'This sort of stimulus is unheard of in peacetime',
    ]);
  });

  it('gives nothing when no story of theirs is on the topic', () => {
    expect(answer('what did Rhona Vickery say about football')).toEqual([]);
  });
});

describe('/quote of a name the corpus never quotes', () => {
  const knowledge = knowledgeOf([
    article('club-01', 'Coach praises squad', [
      '"Jimmy was fantastic with the players and very humble," said Dana Holloway, the club coach.',
      '"White is the colour we want on the kit," Holloway said.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it("gives no one else's words that merely name a Jimmy or a White", () => {
    expect(answer('Jimmy White')).toEqual([]);
  });

  it('still reads words that are no name as a topic', () => {
    expect(answer('the kit colour').map((item) => item.speaker)).toEqual(['Dana Holloway']);
  });
});

describe('/quote of a name with the body the person belongs to', () => {
  const knowledge = knowledgeOf([
    article('virus-01', 'Virus writers turn to crime', [
      'Teenage hackers are waning, said Rhona Vickery, senior manager at Ardenco Security.',
      '"They are not an efficient way of spreading viruses," said Ms Vickery.',
    ]),
    article('garden-01', 'Pumpkins grow', [
      '"The pumpkins were bigger than ever," said Rhona Vickery, who judged the show.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it("gives the person's words in the articles that name the body", () => {
    expect(answer('what did Rhona Vickery of Ardenco say about viruses').map((item) => item.quote)).toEqual([
      'They are not an efficient way of spreading viruses',
    ]);
    expect(answer('Rhona Vickery of Ardenco').map((item) => item.quote)).toEqual([
      'They are not an efficient way of spreading viruses',
    ]);
  });

  it('gives nothing for a body no article of theirs names', () => {
    expect(answer('Rhona Vickery of Carlow')).toEqual([]);
  });
});

describe('/quote of a surname with a title before it', () => {
  const knowledge = knowledgeOf([
    article('cftc-01', 'Regulator urges care', [
      'Rules should be revised, said Rhona Davis, a commissioner on the Ardenco Futures Commission, AFC.',
      'Davis said "there is no cause for undue alarm" in the growth of new instruments.',
    ]),
    article('garden-02', 'Show results', [
      '"The pumpkins were bigger than ever," said Tom Davis, who judged the show.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it("gives the namesake's words whose articles state the title", () => {
    expect(answer('what did AFC commissioner Davis say about instruments').map((item) => item.quote)).toEqual([
      'there is no cause for undue alarm',
    ]);
    expect(answer('AFC commissioner Davis').map((item) => item.speaker)).toEqual(['Rhona Davis']);
  });
});

describe('/quote of a knight', () => {
  const knowledge = knowledgeOf([
    article('knight-01', 'Auditor speaks', ['"Skills will benefit England," said Auditor General Sir Tom Hallam.']),
    article('knight-02', 'Auditor again', [
      '"Costs must fall in every department next year," said Tom Hallam, the auditor general.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('gives the title an article gives him to every answer of his', () => {
    expect(answer('Tom Hallam').map((item) => item.speaker)).toEqual(['Sir Tom Hallam', 'Sir Tom Hallam']);
  });
});

describe('/quote on a body its article names by initials', () => {
  const knowledge = knowledgeOf([
    article('loan-01', 'Kelford to get loans', [
      'Omar Haddad will speak at the annual meeting of the Holvane Development Bank (HDB) next week.',
      'Haddad said the country was happy about the HDB support it had received.',
      '"But I would like to see them lend more to small farms," he said.',
      '"The bank loans will reach two billion this year," Haddad said.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('finds the words said after the initials, asked by the full name', () => {
    expect(answer('what did Omar Haddad say about the Holvane Development Bank')[0]?.quote).toBe(
      'But I would like to see them lend more to small farms',
    );
  });
});
