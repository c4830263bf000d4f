import type { Article } from '../../corpus/article.js';
import type { DatedEvent } from '../types.js';
import { splitSentences } from '../../text/sentences.js';
import { parseIsoDay } from './calendar.js';
import { clauseAround } from './event-clause.js';
import { findExpressions } from './find-expressions.js';
import { resolveValue } from './resolve.js';
import { directionAt } from './tense.js';

export { findExpressions } from './find-expressions.js';
export { resolveValue } from './resolve.js';

// An agency dateline ("WASHINGTON, Feb 26 - ") restates the publication date; it dates no event.
const DATELINE_BEFORE = /^[A-Z][A-Za-z .,'&()/-]{0,60},\s*$/;
const DATELINE_AFTER = /^\s*[-\u2013\u2014]/;

/** Every dated event of an article, resolved against its publication date, in text order. */
export function extractEvents(article: Article): DatedEvent[] {
  const published = parseIsoDay(article.published);
  const events: DatedEvent[] = [];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const sentence of splitSentences(paragraph)) {
      for (const expression of findExpressions(sentence.text)) {
        if (isDateline(sentence.text, expression.start, expression.end, paragraphIndex, sentence.start)) continue;
        if (!saysSomethingBeside(sentence.text, expression.start, expression.end) && !isNoticeLine(sentence.text))
          continue;
        const marked = directionAt(sentence.text, expression.start, expression.end);
        // "Pay Oct 1", "Record Sept 3": a notice declares what is still to come.
        const direction = marked === 'unmarked' && isNoticeLine(sentence.text) ? 'future' : marked;
        events.push({
          paragraph: paragraphIndex,
          sentence: sentence.text,
          date: resolveValue(expression.value, published, direction),
          dateText: expression.text,
          event: clauseAround(sentence.text, expression.start, expression.end),
        });
      }
    }
  });
  return events;
}

// "Pay July 28", "Record July one", "Pay 10 June": the lines of a dividend or meeting notice date what they name.
const NOTICE_LINE =
  /^(?:Pay|Payable|Paid|Record|Ex-div(?:idend)?|Ex-date|Meeting|Annual meeting)\s+(?:on\s+)?(?:\d{1,2}\s+)?\p{Lu}/u;

function isNoticeLine(sentence: string): boolean {
  return NOTICE_LINE.test(sentence.trim());
}

// A sentence that is only a date ("December 14.") dates no event.
const MIN_OTHER_WORDS = 3;

function saysSomethingBeside(sentence: string, start: number, end: number): boolean {
  // Counting stops at the words needed: counting every word of the sentence for each of its
  // dates made a long sentence full of weekdays quadratic.
  const before = countWords(sentence.slice(0, start), MIN_OTHER_WORDS);
  return (
    before >= MIN_OTHER_WORDS || before + countWords(sentence.slice(end), MIN_OTHER_WORDS - before) >= MIN_OTHER_WORDS
  );
}

const WORD = /[A-Za-z\u00C0-\u024F]{2,}/g;

function countWords(text: string, atMost: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < atMost && WORD.exec(text)) count++;
  return count;
}

function isDateline(sentence: string, start: number, end: number, paragraph: number, sentenceStart: number): boolean {
  return (
    paragraph === 0 &&
    sentenceStart === 0 &&
    DATELINE_BEFORE.test(sentence.slice(0, start)) &&
    DATELINE_AFTER.test(sentence.slice(end))
  );
}
