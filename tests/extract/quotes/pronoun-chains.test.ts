import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/index.js';
import { extractQuotations } from '../../../src/extract/quotes/index.js';
import { newsArticle } from './fixtures.js';

function speakerOf(paragraphs: string[], quote: string): string | undefined {
  const article = newsArticle(paragraphs);
  return extractQuotations(article, extractPeople(article)).find((item) => item.quote.includes(quote))?.speaker;
}

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
