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
