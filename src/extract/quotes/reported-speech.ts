import type { QuoteContext, Speaker } from './quote-context.js';
import type { QuoteSpan } from './quote-spans.js';
import { resolveSpeakerPhrase } from './speaker-resolution.js';

/** "..., the spokesman said.": reported speech closing a sentence, its subject a few words. */
const REPORTED = /,\s+((?:[\p{L}\p{N}'\u2019.-]+\s+){0,5}?[\p{L}\p{N}'\u2019.-]+)\s+(?:said|says|added|adds)\.\s*$/u;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we)$/i;
const OPENING_REPORT =
  /^(?:(?:But|And|Meanwhile|However),?\s+)?((?:[Tt]he|An?)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?)(?:said|says|added|adds|argued|insisted|warned|claimed)\s+(?!["\u201c:])/u;

/**
 * A quotation with no attribution that follows reported speech ("That was not what was happening,
 * the spokesman said. / "What is happening is ...""): the one who was just reported goes on
 * speaking. Returns undefined when the sentence before is no such report, and null when it is
 * one whose speaker cannot be resolved: then nobody earlier in the story is the speaker either.
 */
export function findReportedSpeaker(context: QuoteContext, span: QuoteSpan): Speaker | null | undefined {
  const previous = previousSentence(context, span);
  if (!previous) return undefined;
  const match = REPORTED.exec(previous.text);
  if (!match) return findDescribedReporter(context, previous);
  // "..., he said." is the story's last speaker going on, which the caller finds anyway.
  if (PRONOUN_SUBJECT.test(match[1]!)) return undefined;
  const start = previous.start + match.index + match[0].indexOf(match[1]!, 1);
  return resolveSpeakerPhrase(context, { paragraph: previous.paragraph, start, end: start + match[1]!.length });
}

/**
 * 'The foreign secretary meanwhile said the rebate remained. "We have ..."': a sentence a
 * description opens by reporting what it said hands the next words to that description, never
 * to whoever was quoted before it.
 */
function findDescribedReporter(context: QuoteContext, previous: PlacedSentence): Speaker | null | undefined {
  const opening = OPENING_REPORT.exec(previous.text);
  if (!opening) return undefined;
  const start = previous.start + opening[0].indexOf(opening[1]!);
  const end = start + opening[1]!.trimEnd().length;
  return resolveSpeakerPhrase(context, { paragraph: previous.paragraph, start, end });
}

interface PlacedSentence {
  paragraph: number;
  start: number;
  text: string;
}

/** The sentence right before the quotation opens: in its paragraph, or the last of the paragraph before. */
function previousSentence(context: QuoteContext, span: QuoteSpan): PlacedSentence | null {
  const paragraph = span.startParagraph;
  const before = context.sentencesOf(paragraph).filter((sentence) => sentence.end <= span.openIndex);
  const last = before[before.length - 1];
  // Only a quotation that opens its sentence: one inside a sentence belongs to that sentence.
  if (last)
    return isBlank(context.paragraphs[paragraph]!.slice(last.end, span.openIndex))
      ? { paragraph, start: last.start, text: last.text }
      : null;
  if (paragraph === 0 || !isBlank(context.paragraphs[paragraph]!.slice(0, span.openIndex))) return null;
  const sentences = context.sentencesOf(paragraph - 1);
  const final = sentences[sentences.length - 1];
  return final ? { paragraph: paragraph - 1, start: final.start, text: final.text } : null;
}

function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
