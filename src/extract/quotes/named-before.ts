import type { Sentence } from '../../text/sentences.js';
import type { Position, QuoteContext } from './quote-context.js';

/** The persons named outside quotes in the sentence that ends where `start` begins its own. */
export function namedInSentenceBefore(context: QuoteContext, start: Position): number[] {
  const found = findPreviousSentence(context, start);
  if (!found) return [];
  const { paragraph, sentence } = found;
  const persons = context.occurrences
    .filter(
      (occurrence) =>
        occurrence.paragraph === paragraph &&
        occurrence.start >= sentence.start &&
        occurrence.start < sentence.end &&
        !context.isQuoted(paragraph, occurrence.start),
    )
    .map((occurrence) => occurrence.person);
  return [...new Set(persons)];
}

/**
 * The persons the position's paragraph names before it, outside quotation marks; not a possessor
 * ("Mr Brown's Budget ..., the Tory leader said"), whose thing is what the sentence is about.
 */
export function namedInParagraphBefore(context: QuoteContext, position: Position): number[] {
  const text = context.paragraphs[position.paragraph] ?? '';
  const persons = context.occurrences
    .filter(
      (occurrence) =>
        occurrence.paragraph === position.paragraph &&
        occurrence.start < position.offset &&
        !context.isQuoted(position.paragraph, occurrence.start) &&
        !/^['\u2019]s?\b/.test(text.slice(occurrence.end)),
    )
    .map((occurrence) => occurrence.person);
  return [...new Set(persons)];
}

/** The paragraph of a number `lastOccurrenceBefore` gives. */
export function paragraphOf(occurrence: number): number {
  return Math.floor(occurrence / 1_000_000);
}

/** A sortable number for the person's last occurrence before the position, or -1. */
export function lastOccurrenceBefore(context: QuoteContext, person: number, position: Position): number {
  let last = -1;
  for (const occurrence of context.occurrences) {
    if (occurrence.person !== person) continue;
    if (occurrence.paragraph > position.paragraph) break;
    if (occurrence.paragraph === position.paragraph && occurrence.start >= position.offset) break;
    last = occurrence.paragraph * 1_000_000 + occurrence.start;
  }
  return last;
}

/** The sentence that ends before the position, in this paragraph or the last, with its paragraph. */
export function findPreviousSentence(
  context: QuoteContext,
  position: Position,
): { paragraph: number; sentence: Sentence } | null {
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - 1); paragraph--) {
    // The sentence holding the pronoun may open with its own words: "He said" has none before it.
    const before = context
      .sentencesOf(paragraph)
      .filter((sentence) => paragraph < position.paragraph || sentence.end <= position.offset);
    const sentence = before[before.length - 1];
    if (sentence) return { paragraph, sentence };
  }
  return null;
}

/** The persons of the article named in the paragraph between two offsets. */
export function namedWithin(context: QuoteContext, paragraph: number, start: number, end: number): number[] {
  return context.occurrences
    .filter((occurrence) => occurrence.paragraph === paragraph && occurrence.start >= start && occurrence.end <= end)
    .map((occurrence) => occurrence.person);
}
