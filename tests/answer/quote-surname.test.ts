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
