import type { Article } from '../../../src/corpus/article.js';
import type { PersonMention } from '../../../src/extract/types.js';

export function newsArticle(paragraphs: string[], id = 'test-article'): Article {
  return {
    id,
    path: `${id}.txt`,
    title: 'Test article',
    published: '1987-03-05',
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash: id,
  };
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
