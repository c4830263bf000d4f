import type { Quotation } from '../types.js';
import { nameDocumentAuthor } from './document-source.js';
import type { Attributed } from './interrupted-pieces.js';
import type { QuoteContext } from './quote-context.js';
import type { QuoteSpan } from './quote-spans.js';

/** One quotation from its pieces (one, or several an attribution interrupts), with its passage. */
export function toQuotation(context: QuoteContext, pieces: readonly Attributed[]): Quotation {
  const entry = pieces[0]!;
  const { span } = entry;
  const author = nameDocumentAuthor(context, entry.speaker!, span);
  const end = pieces[pieces.length - 1]!.span;
  const paragraphs = context.paragraphs;
  const paragraph = paragraphs[span.startParagraph]!;
  const sentences = context.sentencesOf(span.startParagraph);
  const holding = sentences.find((sentence) => span.openIndex < sentence.end) ?? sentences[sentences.length - 1];
  let first = span.startParagraph;
  let last = end.endParagraph;
  // The attribution joins the passage when it stands in the neighbouring paragraph.
  for (const piece of pieces) {
    if (piece.attributionParagraph === first - 1) first--;
    if (piece.attributionParagraph === last + 1) last++;
  }
  return {
    paragraph: span.startParagraph,
    sentence: holding ? holding.text : paragraph,
    // An ellipsis marks where the attribution was: the words are the speaker's, in order, none joined silently.
    quote: pieces.map((piece) => piece.span.text).join(' \u2026 '),
    speaker: author.name,
    speakerKind: author.kind,
    passage: paragraphs.slice(first, last + 1).join('\n'),
  };
}

/**
 * The quotation is words that close on their own punctuation ('"It's awesome,"'), as an utterance
 * does and a scare-quoted word ('our "eureka!" moments') does not.
 */
export function endsUtterance(paragraphs: readonly string[], span: QuoteSpan): boolean {
  return (
    span.closed &&
    /\s/.test(span.text.trim()) &&
    /[\p{L}\p{N}][,.!?]$/u.test(paragraphs[span.endParagraph]!.slice(0, span.closeIndex))
  );
}
