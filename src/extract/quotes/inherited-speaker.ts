import type { Attributed } from './interrupted-pieces.js';
import { findRecentSubject, type QuoteContext, type Speaker } from './quote-context.js';
import type { QuoteSpan } from './quote-spans.js';
import { findReportedSpeaker } from './reported-speech.js';
import { isPluralRole } from '../people/role-nouns.js';

/**
 * A quotation with no speech verb of its own: the speaker of the one right after it
 * ("A." "B," he said.), else the one reported in the sentence just before ("..., the spokesman
 * said."), else the most recent speaker or sentence subject (the paragraph that goes
 * on quoting the previous speaker, or "X predicted a cut. "..."").
 */
export function inheritSpeaker(
  context: QuoteContext,
  attributed: readonly Attributed[],
  index: number,
): Speaker | null {
  const span = attributed[index]!.span;
  // 'The proposed question is: "Should ...?"': words a sentence introduces as a thing, said by no
  // one; "His message was:" and "what his next goal is:" still belong to him.
  const lead = leadOf(context, span);
  if (COPULA_COLON.test(lead) && !/\b(?:his|her)\b/i.test(lead)) return null;
  // "... the old maxim: "No pain, no gain."": a saying, slogan or headline is no one's words.
  if (THING_COLON.test(lead)) return null;
  const next = attributed[index + 1];
  // '"A," said X. "B." "C," said Y.' in one line (paragraphs run together): B goes on from X;
  // only words with no speaker before them in the line wait for the next one's.
  const previous = attributed[index - 1];
  const continues = previous?.speaker && previous.direct && previous.span.endParagraph === span.startParagraph;
  if (!continues && next?.speaker && next.direct && next.span.startParagraph === span.endParagraph && span.closed) {
    const between = context.paragraphs[span.endParagraph]!.slice(span.closeIndex + 1, next.span.openIndex);
    if (!/[\p{L}\p{N}]/u.test(between)) return next.speaker;
  }
  // "the report's recommendation ... is a good one:" - the words are the document's.
  const owned = DOCUMENT_OWNED_COLON.exec(lead);
  if (owned) return { name: `the ${owned[1]!.toLowerCase()}`, kind: 'document' };
  if (isNarratedFragment(context, span)) return null;
  // 'Palestinian Authority President Mahmoud Abbas "has put aside efforts ..."': the one named
  // right before a quoted predicate is spoken of; the words go on from whoever spoke just before.
  if (isQuotedPredicateOf(context, span)) {
    const near = previous && previous.span.endParagraph >= span.startParagraph - 1;
    return previous?.speaker && previous.direct && near ? previous.speaker : null;
  }
  // 'Economists at Shearson were more succinct in a newsletter: "..."': a group its sentence opens
  // with introduces the words, not whoever spoke before.
  const group = GROUP_COLON.exec(lead);
  if (group && isPluralRole(group[2]!.toLowerCase())) return { name: group[1]!, kind: 'unknown' };
  const reported = findReportedSpeaker(context, span);
  if (reported !== undefined) return reported;
  return findRecentSubject(context, { paragraph: span.startParagraph, offset: span.openIndex }, () => true);
}

/** A person named right before the opening mark, and the quotation going on in lower case as their predicate. */
function isQuotedPredicateOf(context: QuoteContext, span: QuoteSpan): boolean {
  if (!/^\p{Ll}/u.test(span.text)) return false;
  const paragraph = context.paragraphs[span.startParagraph]!;
  return context.occurrences.some(
    (occurrence) =>
      occurrence.paragraph === span.startParagraph &&
      occurrence.end <= span.openIndex &&
      /^\s*$/.test(paragraph.slice(occurrence.end, span.openIndex)),
  );
}

/** The words of the quotation's sentence before its opening mark. */
export function leadOf(context: QuoteContext, span: QuoteSpan): string {
  const paragraph = context.paragraphs[span.startParagraph]!;
  const sentence = context.sentencesOf(span.startParagraph).find((item) => span.openIndex < item.end);
  return paragraph.slice(sentence && sentence.start <= span.openIndex ? sentence.start : 0, span.openIndex);
}

const DOCUMENT_OWNED_COLON =
  /\b(?:the|its|their)\s+(report|study|survey|statement|analysis|memo|letter|paper)['\u2019]s\s+(?:conclusion|recommendation|advice|verdict|message|summary|finding|warning)s?\b[^:.!?]*:\s*$/i;
const THING_COLON =
  /\b(?:maxim|adage|proverb|motto|slogan|headline|chant|banner|placard|inscription|caption|epitaph|catchphrase|strapline|tagline|(?:the|an?|old)\s+(?:\p{L}+\s+)?saying)s?\s*:\s*$/iu;
const GROUP_COLON =
  /^\s*((?:[Tt]he\s+)?(\p{L}+s)\s+(?:at|of|from|with)\s+(?:the\s+)?\p{Lu}[^,:;"]*?)\s+(?:were|are|was|is|had|have|put|summed)\b[^:"]*:\s*$/u;
const COPULA_COLON = /\b(?:is|are|was|were|be)\s*:\s*$/;
const PERSONAL_PRONOUN = /^(?:he|she|his|her|him)$/i;

/**
 * 'The explosions were intended to "simulate ..."': words quoted inside a sentence about
 * something else belong to no one the story named before; only a sentence led by a person
 * ("He called it "..."", "Smith predicted a cut: "..."") lends its subject to the quotation.
 */
function isNarratedFragment(context: QuoteContext, span: QuoteSpan): boolean {
  const paragraph = context.paragraphs[span.startParagraph]!;
  const sentence = context.sentencesOf(span.startParagraph).find((item) => span.openIndex < item.end);
  if (!sentence) return false;
  const start = sentence.start;
  const lead = paragraph.slice(start, span.openIndex);
  if (!/\p{L}/u.test(lead) || /:\s*$/.test(lead)) return false;
  // "But his admission that he "guessed ..."": the man the sentence is about.
  if (
    lead
      .trim()
      .split(/\s+/)
      .some((word) => PERSONAL_PRONOUN.test(word.replace(/[^\p{L}]/gu, '')))
  )
    return false;
  return !context.occurrences.some(
    (occurrence) =>
      occurrence.paragraph === span.startParagraph && occurrence.start >= start && occurrence.start < span.openIndex,
  );
}
