import { narrationAfterSpeech, narrationBefore } from './narration.js';

/**
 * Finds double-quoted spans in an article. Straight marks carry no direction, so each mark is
 * read from its neighbours; a quote left open at a paragraph's end continues when the next
 * paragraph opens with a mark (the news convention for a multi-paragraph quotation). BBC copy
 * often runs several source paragraphs into one line, so an opening mark right after a sentence
 * end inside an open quote is read the same way: the quotation goes on.
 */

/** A stretch of quoted words inside one paragraph (offsets exclude the marks). */
export interface QuoteSegment {
  paragraph: number;
  start: number;
  end: number;
}

export interface QuoteSpan {
  /** Paragraph and offset of the opening mark. */
  startParagraph: number;
  openIndex: number;
  /** Paragraph and offset of the closing mark (the paragraph length when never closed). */
  endParagraph: number;
  closeIndex: number;
  closed: boolean;
  segments: QuoteSegment[];
  /** The quoted words without marks, segments joined by a space. */
  text: string;
  /** Ended by a sentence of the writer's that reports it, its closing mark left out by the article. */
  endsAtNarration?: boolean;
}

type MarkDirection = 'open' | 'close' | 'either';

const QUOTE_MARK = /["\u201c\u201d]/;
const QUOTE_MARKS_GLOBAL = /["\u201c\u201d]/g;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;
const SPACE_AFTER = /[\s.,;:!?)\]}\u2014\u2013]/;

export function hasQuoteMark(paragraph: string): boolean {
  return QUOTE_MARK.test(paragraph);
}

function readDirection(text: string, index: number): MarkDirection {
  const before = index === 0 || SPACE_BEFORE.test(text[index - 1]!);
  const after = index === text.length - 1 || SPACE_AFTER.test(text[index + 1]!);
  if (before && !after) return 'open';
  if (!before && after) return 'close';
  const glyph = text[index];
  if (glyph === '\u201c') return 'open';
  if (glyph === '\u201d') return 'close';
  return 'either';
}

/** Wire copy sometimes types an apostrophe as a double mark: `Kuwait"s`, `don"t`. */
/** Whether the next straight quote mark after `index` in the text reads as a closing one. */
function nextMarkCloses(text: string, index: number): boolean {
  for (let next = text.indexOf('"', index + 1); next >= 0; next = text.indexOf('"', next + 1)) {
    if (isApostrophe(text, next)) continue;
    return readDirection(text, next) === 'close';
  }
  return false;
}

function isApostrophe(text: string, index: number): boolean {
  return (
    text[index] === '"' &&
    /\p{L}/u.test(text[index - 1] ?? '') &&
    /^(?:s|t|ll|re|ve|d|m)\b/.test(text.slice(index + 1, index + 4))
  );
}

/** True when the mark follows the end of a sentence: ". "We ..." starts a new stretch of speech. */
function followsSentenceEnd(text: string, index: number): boolean {
  let cursor = index - 1;
  if (cursor < 0 || !/\s/.test(text[cursor]!)) return false;
  while (cursor >= 0 && /\s/.test(text[cursor]!)) cursor--;
  while (cursor >= 0 && /[)\]'\u2019]/.test(text[cursor]!)) cursor--;
  return cursor >= 0 && /[.!?\u2026]/.test(text[cursor]!);
}

function followsColon(text: string, index: number): boolean {
  return /:\s*$/.test(text.slice(Math.max(0, index - 3), index));
}

function firstMarkOpensParagraph(paragraph: string | undefined): number {
  if (paragraph === undefined) return -1;
  const match = /^\s*(?:[*\u2022-]\s*)?["\u201c]/.exec(paragraph);
  return match ? match[0].length - 1 : -1;
}

// '"It's getting confusing," said James Carroll': the paragraph's first quotation, closed and
// credited by name at once.
const CREDITED_BY_NAME =
  /^\s*["\u201c][^"\u201c\u201d]{1,400}?["\u201d]\s*(?:(?:said|says|added|told)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*|\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*\s+(?:said|says|added|told))\b/u;

/**
 * A paragraph whose opening quotation another person is credited with by name is a new
 * quotation, not the continuation of one the paragraph before left open (a mark the writer
 * forgot to close); a continued quotation is credited to "he" or to no one.
 */
function opensNewQuotation(paragraph: string | undefined): boolean {
  return paragraph !== undefined && CREDITED_BY_NAME.test(paragraph);
}

interface OpenSpan {
  startParagraph: number;
  openIndex: number;
  segments: QuoteSegment[];
  segmentStart: number;
  nested: number;
}

export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: OpenSpan | null = null;
  let carriedMark = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    if (open === null && !hasQuoteMark(text)) continue;
    if (open) {
      open.segmentStart = carriedMark + 1;
      open.nested = 0;
    }
    QUOTE_MARKS_GLOBAL.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = QUOTE_MARKS_GLOBAL.exec(text)) !== null) {
      const index = match.index;
      if (open && p !== open.startParagraph && index === carriedMark) continue;
      if (isApostrophe(text, index)) continue;
      const direction = readDirection(text, index);
      if (!open) {
        // A stray closer: skipping it keeps later pairs in step. But a straight mark set after a
        // comma and before a space, with another closer next ('he added," I can say ... start"
        // for 1987'), opens the words the writer spaced wrongly.
        if (direction === 'close' && !(text[index] === '"' && nextMarkCloses(text, index))) continue;
        open = { startParagraph: p, openIndex: index, segments: [], segmentStart: index + 1, nested: 0 };
        continue;
      }
      if (direction === 'open') {
        // '... two seconds. Coach Nasser said: "He is fit."': the writer brought in the next
        // speaker, so the mark left open closed before; any other mark after a colon is nested.
        const introduced =
          open.nested === 0 && followsColon(text, index) ? narrationAfterSpeech(text, open.segmentStart, index) : -1;
        if (introduced >= 0) {
          open.segments.push({ paragraph: p, start: open.segmentStart, end: introduced });
          spans.push({ ...finishSpan(paragraphs, open, p, introduced, true), endsAtNarration: true });
          open = { startParagraph: p, openIndex: index, segments: [], segmentStart: index + 1, nested: 0 };
          continue;
        }
        if (open.nested === 0 && followsSentenceEnd(text, index)) {
          // '"We are concerned ... sciences. This mirrored its concerns, it said. "It is hard ...':
          // a sentence that reports the speech is the writer's, so the mark left open closed before it.
          const narration = Math.max(
            narrationBefore(text, open.segmentStart, index),
            narrationAfterSpeech(text, open.segmentStart, index),
          );
          if (narration >= 0) {
            open.segments.push({ paragraph: p, start: open.segmentStart, end: narration });
            spans.push({ ...finishSpan(paragraphs, open, p, narration, true), endsAtNarration: true });
            open = { startParagraph: p, openIndex: index, segments: [], segmentStart: index + 1, nested: 0 };
            continue;
          }
          open.segments.push({ paragraph: p, start: open.segmentStart, end: index });
          open.segmentStart = index + 1;
        } else {
          open.nested++;
        }
        continue;
      }
      if (open.nested > 0) {
        open.nested--;
        continue;
      }
      open.segments.push({ paragraph: p, start: open.segmentStart, end: index });
      spans.push(finishSpan(paragraphs, open, p, index, true));
      open = null;
    }
    if (!open) continue;
    open.segments.push({ paragraph: p, start: open.segmentStart, end: text.length });
    carriedMark = opensNewQuotation(paragraphs[p + 1]) ? -1 : firstMarkOpensParagraph(paragraphs[p + 1]);
    if (carriedMark < 0) {
      spans.push(finishSpan(paragraphs, open, p, text.length, false));
      open = null;
    }
  }
  return spans;
}

function finishSpan(
  paragraphs: readonly string[],
  open: OpenSpan,
  endParagraph: number,
  closeIndex: number,
  closed: boolean,
): QuoteSpan {
  const segments = open.segments.filter((segment) => segment.end > segment.start);
  const text = segments
    .map((segment) => paragraphs[segment.paragraph]!.slice(segment.start, segment.end).trim())
    .filter((piece) => piece.length > 0)
    .join(' ')
    .replace(/[\s,;:\u2014\u2013-]+$/, '');
  return {
    startParagraph: open.startParagraph,
    openIndex: open.openIndex,
    endParagraph,
    closeIndex,
    closed,
    segments,
    text,
  };
}
