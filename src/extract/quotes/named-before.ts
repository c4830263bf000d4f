import type { Position, QuoteContext } from './quote-context.js';

/** The persons named outside quotes in the sentence that ends where `start` begins its own. */
export function namedInSentenceBefore(context: QuoteContext, start: Position): number[] {
  const inParagraph = context.sentencesOf(start.paragraph).filter((item) => item.end <= start.offset);
  const paragraph = inParagraph.length > 0 ? start.paragraph : start.paragraph - 1;
  const sentence = inParagraph.at(-1) ?? (paragraph >= 0 ? context.sentencesOf(paragraph).at(-1) : undefined);
  if (!sentence) return [];
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
