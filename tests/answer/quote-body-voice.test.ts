import { describe, expect, it } from 'vitest';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import type { Article } from '../../src/corpus/article.js';
import type { ArticleExtraction, Quotation, SpeakerKind } from '../../src/extract/types.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

const PASSAGES = [
  'A Marlow statement said the cut came "as a result of a price review in the market."',
  '"We are thinking of new markets abroad," a spokeswoman for Marlow Gas said.',
  '"Marlow will lose this fight in the courts," an analyst at Marlow Gas said.',
];
const SPEAKERS: Array<[string, SpeakerKind]> = [
  ['a Marlow statement', 'document'],
  ['a spokeswoman for Marlow Gas', 'unknown'],
  ['an analyst at Marlow Gas', 'unknown'],
];
const QUOTES = [
  'as a result of a price review in the market.',
  'We are thinking of new markets abroad',
  'Marlow will lose this fight in the courts',
];

function article(id: string, paragraph: string): Article {
  return {
    id,
    path: `${id}.txt`,
    title: `Title ${id}`,
    published: '1987-06-02',
    source: 'Wire',
    url: null,
    paragraphs: [paragraph],
    credits: [],
    extra: {},
    contentHash: id,
  };
}

function buildKnowledge(): Knowledge {
  const articles = PASSAGES.map((passage, index) => article(`b${index}`, passage));
  const extractions: ArticleExtraction[] = PASSAGES.map((passage, index) => {
    const [speaker, speakerKind] = SPEAKERS[index]!;
    const quotation: Quotation = {
      paragraph: 0,
      sentence: passage,
      quote: QUOTES[index]!,
      speaker,
      speakerKind,
      passage,
    };
    return { articleId: `b${index}`, people: [], events: [], quotations: [quotation] };
  });
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(extractions.map((item) => [item.articleId, item])),
    people: { persons: [], byArticleName: {} },
  };
}

describe('/quote of a body answers with its statements and spokespeople', () => {
  const answer = createQuoteAnswerer(buildKnowledge());

  it.each([
    ['a statement', 'what did Marlow say', ['a Marlow statement']],
    ['a spokeswoman for it', 'what did Marlow Gas say', ['a spokeswoman for Marlow Gas']],
  ])('%s', (_rule, query, speakers) => {
    expect(answer(query).map((item) => item.speaker)).toEqual(speakers);
  });

  it('not someone else who works there or watches it', () => {
    expect(answer('what did Marlow Gas say').map((item) => item.speaker)).not.toContain('an analyst at Marlow Gas');
  });
});
