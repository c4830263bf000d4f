import type { Article } from '../corpus/article.js';
import { splitSentences } from './sentences.js';

/** A unit of retrieval: a paragraph, or a few sentences of a long one. Exact article text. */
export interface Passage {
  articleId: string;
  paragraph: number;
  /** Position of the passage within its article, from 0. */
  position: number;
  text: string;
}

export interface PassageOptions {
  /** Paragraphs longer than this many words are cut into runs of whole sentences. */
  maxWords?: number;
}

const DEFAULT_MAX_WORDS = 120;

export function splitPassages(article: Article, options: PassageOptions = {}): Passage[] {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const passages: Passage[] = [];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const push = (text: string): void => {
      passages.push({ articleId: article.id, paragraph: paragraphIndex, position: passages.length, text });
    };
    if (countWords(paragraph) <= maxWords) {
      push(paragraph);
      return;
    }
    let start = -1;
    let end = 0;
    let words = 0;
    for (const sentence of splitSentences(paragraph)) {
      const sentenceWords = countWords(sentence.text);
      if (start >= 0 && words + sentenceWords > maxWords) {
        push(paragraph.slice(start, end));
        start = -1;
        words = 0;
      }
      if (start < 0) start = sentence.start;
      end = sentence.end;
      words += sentenceWords;
    }
    if (start >= 0) push(paragraph.slice(start, end));
  });
  return passages;
}

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}
