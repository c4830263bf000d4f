import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import { article, knowledgeOf } from './quote-fixture.js';

describe('/quote by a full name the copy gives only once, in lower case', () => {
  const knowledge = knowledgeOf([
    article('rugby-01', 'Borders 19-20 Ulster', [
      'Ulster coach tom Brannock said he was delighted to get the victory.',
      'The home side led for most of the second half before a late try settled the match.',
      'Brannock praised his forwards.',
      '"Borders are a much tougher side this year than they were last season," said Brannock.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('finds the quotations of the speaker named by the surname alone', () => {
    expect(answer('Tom Brannock').map((item) => item.quote)).toEqual([
      'Borders are a much tougher side this year than they were last season',
    ]);
  });

  it('gives nothing for another given name the article never writes', () => {
    expect(answer('Jack Brannock')).toEqual([]);
  });
});

describe('/quote by a title and surname the corpus gives to two people', () => {
  const knowledge = knowledgeOf([
    article('politics-01', 'Nasser sets out budget', [
      'Karim Nasser, the finance minister, presented the budget on Monday.',
      '"This budget puts schools and hospitals first," Karim Nasser said.',
      '"We will not raise taxes on working families this year," Karim Nasser said.',
    ]),
    article('tv-01', 'Tributes to a chat show host', [
      'When the chat show host Omar Haddad died, President Nasser led the tributes.',
      'Nasser said the presenter "had a profound influence on the way the country laughed".',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('answers a topic from the namesake whose words are on it', () => {
    const quotes = answer('what did President Nasser say about Omar Haddad');
    expect(quotes.map((item) => item.quote)).toEqual(['had a profound influence on the way the country laughed']);
  });

  it("never takes a namesake's words for a full name", () => {
    expect(answer('what did Karim Nasser say about Omar Haddad')).toEqual([]);
  });
});

describe('/quote by a surname alone', () => {
  const knowledge = knowledgeOf([
    article('club-01', 'Dunmore backs new stadium', [
      'Club chief executive Omar Dunmore said the new stadium would open in 2007.',
      '"The stadium will be the finest in the country," Omar Dunmore said.',
    ]),
    article('club-02', 'Dunmore firm over striker', [
      'But Dunmore also admits the striker will have the final say on his future.',
      '"We will not sell the striker whatever the offer," said Dunmore.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it("takes in a story that never gives the given name, as well as the full name's", () => {
    expect(answer('what did Dunmore say').map((item) => item.quote)).toEqual(
      expect.arrayContaining([
        'The stadium will be the finest in the country',
        'We will not sell the striker whatever the offer',
      ]),
    );
  });

  it('keeps to the full name when it is asked', () => {
    expect(answer('what did Omar Dunmore say').map((item) => item.quote)).toEqual([
      'The stadium will be the finest in the country',
    ]);
  });
});

describe('/quote by a surname alone that two quoted people bear', () => {
  const knowledge = knowledgeOf([
    article('tennis-01', 'Nasser through to the semi-finals', [
      'Karim Nasser beat the second seed in five sets on Tuesday.',
      '"All the hard work paid off in the end," said Karim Nasser.',
      '"The crowd were fantastic all night," Karim Nasser said.',
    ]),
    article('tennis-02', 'Nasser wins again', [
      'Karim Nasser won in straight sets.',
      '"I played well from the first point to the last," said Karim Nasser.',
    ]),
    article('politics-01', 'Nasser backs longer leave', [
      'Trade secretary Laila Nasser told a seminar on Monday that mothers needed more support.',
      '"Mothers should get a full year of maternity leave on full payment," Laila Nasser said.',
    ]),
  ]);
  const answer = createQuoteAnswerer(knowledge);

  it('answers a topic from the bearer whose words hold more of it', () => {
    expect(answer('what did Nasser say about paid maternity leave').map((item) => item.speaker)).toEqual([
      'Laila Nasser',
    ]);
  });

  it('keeps the better-known bearer when their words hold as much of it', () => {
    expect(new Set(answer('what did Nasser say about the crowd').map((item) => item.speaker))).toEqual(
      new Set(['Karim Nasser']),
    );
  });
});
