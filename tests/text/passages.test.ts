import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { toTerms } from '../../src/text/normalize.js';
import { splitPassages } from '../../src/text/passages.js';

const article = (paragraphs: string[]): Article => ({
  id: 'a',
  path: 'a.txt',
  title: 'T',
  published: null,
  source: null,
  url: null,
  paragraphs,
  credits: [],
  extra: {},
  contentHash: 'h',
});

describe('splitPassages', () => {
  it('keeps a short paragraph whole', () => {
    expect(
      splitPassages(article(['One. Two.', 'Three.'])).map((passage) => [
        passage.paragraph,
        passage.position,
        passage.text,
      ]),
    ).toEqual([
      [0, 0, 'One. Two.'],
      [1, 1, 'Three.'],
    ]);
  });
  it('cuts a long paragraph into runs of whole sentences of exact text', () => {
    const paragraph = Array.from(
      { length: 12 },
      (_, index) => `Sentence number ${index} has exactly seven words.`,
    ).join(' ');
    const passages = splitPassages(article([paragraph]), { maxWords: 20 });
    expect(passages.length).toBe(6);
    for (const passage of passages) {
      expect(paragraph).toContain(passage.text);
      expect(passage.text).toMatch(/\.$/);
    }
  });
});

describe('toTerms', () => {
  const cases: Array<[string, string[]]> = [
    ['Iran’s Ministers', ['iran', 'minister']],
    ['Policies of Hezbollah', ['policy', 'of', 'hezbollah']],
    ['Ségolène Royal', ['segolene', 'royal']],
    ['Al-Bukamal', ['al', 'bukamal']],
    ['business crisis', ['business', 'crisis']],
    ['U.S. officials in the U.K', ['us', 'official', 'in', 'the', 'uk']],
    ['J.R. Ewing at 9 a.m.', ['jr', 'ewing', 'at', '9', 'am']],
    ['Paul A. Volcker', ['paul', 'a', 'volcker']],
    ['The end.Next', ['the', 'end', 'next']],
  ];
  it.each(cases)('%j', (text, terms) => {
    expect(toTerms(text)).toEqual(terms);
  });
});
