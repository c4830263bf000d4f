import type { QuoteSpan } from './quote-spans.js';
import type { Speaker } from './quote-context.js';

/** A quotation span and what its attribution says of its speaker. */
export interface Attributed {
  span: QuoteSpan;
  speaker: Speaker | null;
  /** True when a speech verb next to the quotation names the speaker. */
  direct: boolean;
  unresolved: boolean;
  /** Paragraph of the words that name the speaker. */
  attributionParagraph: number;
  /** Where in that paragraph those words start, when a speech verb next to the quotation gives them. */
  attributionStart?: number;
  /** A person the attribution pointed to but the quotation speaks of: no speaker of what follows. */
  spokenOf?: number;
}

const INVERTED_BETWEEN = /^\s*,?\s*(?:said|says|added|adds|continued)\s+[^,.;:!?]{1,60},\s*$/i;
const ADDING = /\b(?:adding|noting|that|and|but)\b/i;
// "said Arthur Miller, vice president of the bank's regional office" is about as long as it gets.
const MAX_INTERRUPTION_WORDS = 16;

/**
 * `"A," X said. "B."` and `"A," X said, "B."`: one utterance that its attribution interrupts. Its pieces become one
 * quotation, so an answer is one whole quotation rather than half of one; a second piece that
 * names a speaker of its own, or words between the pieces that are more than "X said", keep
 * them apart.
 */
export function groupInterruptedPieces(paragraphs: readonly string[], entries: readonly Attributed[]): Attributed[][] {
  const groups: Attributed[][] = [];
  for (const entry of entries) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && interrupts(paragraphs, previous, entry)) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

function interrupts(paragraphs: readonly string[], first: Attributed, second: Attributed): boolean {
  if (!first.span.closed || first.span.endParagraph !== second.span.startParagraph) return false;
  if (first.speaker!.name !== second.speaker!.name || !first.direct) return false;
  // '"A," X said, "B."': the words between the two attribute both pieces, so the second has no
  // attribution of its own.
  const attributedBetween =
    second.attributionStart !== undefined &&
    second.attributionStart === first.attributionStart &&
    second.attributionParagraph === first.attributionParagraph &&
    first.attributionParagraph === first.span.endParagraph &&
    second.attributionStart > first.span.closeIndex &&
    second.attributionStart < second.span.openIndex;
  const between = paragraphs[first.span.endParagraph]!.slice(first.span.closeIndex + 1, second.span.openIndex);
  // Only a bare "X said," between a piece that does not end its sentence and the next; "X told
  // the BBC:" introduces words of its own, and "he said, adding that ..." two utterances.
  // '"A," said X, "but B."': the inverted form, its second piece going on in lower case.
  const invertedBetween = INVERTED_BETWEEN.test(between) && /^\p{Ll}/u.test(second.span.text);
  const bareAttribution =
    (attributedBetween || invertedBetween) &&
    !/[.!?]$/.test(first.span.text.trim()) &&
    /,\s*$/.test(between) &&
    !ADDING.test(between);
  if (second.direct && !bareAttribution) return false;
  const words = between.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length > 0 && words.length <= MAX_INTERRUPTION_WORDS && /[.,:;]\s*$/.test(between);
}

/** Two quotations with no sentence break between them. */
export function inOneSentence(paragraphs: readonly string[], first: QuoteSpan, second: QuoteSpan): boolean {
  if (!first.closed || first.endParagraph !== second.startParagraph) return false;
  const between = paragraphs[first.endParagraph]!.slice(first.closeIndex + 1, second.openIndex);
  // The first may end its sentence inside its quote marks ("... even in Britain." Jane Smith ...).
  if (/[.!?]$/.test(first.text.trim())) return false;
  return !/[.!?]["'\u201d\u2019)]*(?:\s|$)/u.test(between);
}
