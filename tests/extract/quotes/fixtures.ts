import type { Article } from '../../../src/corpus/article.js';
import { newsArticle as datedArticle } from '../dates/article-fixture.js';
import type { PersonMention, Quotation } from '../../../src/extract/types.js';
import { extractPeople } from '../../../src/extract/people/index.js';
import { extractQuotations } from '../../../src/extract/quotes/index.js';

/** A hand-built article dated 1987-03-05 (the quotation rules do not read the date). */
export function newsArticle(paragraphs: string[], id = 'test-article'): Article {
  return datedArticle(paragraphs, '1987-03-05', id);
}

/** A person as the people extractor would hand it over: the name, its variants, stated roles. */
export function person(name: string, variants: string[] = [], roles: string[] = []): PersonMention {
  const surname = name.split(' ').pop()!;
  const allVariants = [...new Set([name, ...variants, ...(name.includes(' ') ? [surname] : [])])];
  return {
    name,
    variants: allVariants,
    roles: roles.map((role) => ({ role, paragraph: 0, sentence: role })),
    mentions: [],
  };
}

/** The quotation holding these words, as the whole extraction (people, then quotations) finds it. */
export function quotationHolding(paragraphs: string[], words: string): Quotation | undefined {
  const article = newsArticle(paragraphs);
  return extractQuotations(article, extractPeople(article)).find((item) => item.quote.includes(words));
}

/** Who says the quotation holding these words. */
export function speakerOf(paragraphs: string[], words: string): string | undefined {
  return quotationHolding(paragraphs, words)?.speaker;
}
