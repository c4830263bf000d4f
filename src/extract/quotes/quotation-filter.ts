import type { QuoteSpan } from './quote-spans.js';

/**
 * Scare quotes and titles ("brutal", "organized terrorism") are not quotations for /quote. A
 * short quoted stretch counts only when a speech verb next to it makes it reported speech; a
 * long one, or a complete sentence, counts when anyone can be found who said it.
 */
const MIN_WORDS = 3;
const FULL_QUOTATION_WORDS = 8;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function isTooShort(text: string): boolean {
  return countWords(text) < MIN_WORDS;
}

/** True for a quoted stretch that is not a whole utterance: short, and not a complete sentence. */
export function isFragment(paragraphs: readonly string[], span: QuoteSpan): boolean {
  const words = countWords(span.text);
  if (words >= FULL_QUOTATION_WORDS) return false;
  const lastSegment = span.segments[span.segments.length - 1];
  const ending = lastSegment
    ? paragraphs[lastSegment.paragraph]!.slice(lastSegment.start, lastSegment.end).trimEnd().slice(-1)
    : '';
  const opensSentence = /^[\p{Lu}\p{N}]/u.test(span.text);
  return !(opensSentence && /[.!?,]/.test(ending) && words >= 4);
}

/** A fragment is quoted speech only when a speech verb stands next to it, and it has some length. */
export function isQuotable(paragraphs: readonly string[], span: QuoteSpan, direct: boolean): boolean {
  const lead = paragraphs[span.startParagraph]!.slice(Math.max(0, span.openIndex - 60), span.openIndex);
  if (SLOGAN_LEAD.test(lead)) return false;
  if (!isFragment(paragraphs, span)) return true;
  // 'what it calls "Office in a Pocket" devices', 'the so-called "axis of evil"': a name for a
  // thing, not words anyone said.
  if (NAMING_LEAD.test(lead)) return false;
  return direct && countWords(span.text) >= 4;
}

const NAMING_LEAD =
  /\b(?:what\s+(?:\S+\s+){1,2}(?:calls?|called|terms?|termed|dubs?|dubbed|describes?\s+as)|so-called|dubbed|nicknamed|known\s+as|entitled|titled)\s*$/i;
// "a campaign with the theme "We Reach Further,"", "with the slogan: "...": a slogan or a title,
// however whole it reads.
// 'a poster of the two under the words "..."', 'a banner bearing the words "..."': words printed on a thing.
const SLOGAN_LEAD =
  /\b(?:theme|slogan|motto|tagline|catchphrase|watchword|entitled|titled|(?:under|with|bearing|carrying|reading)\s+the\s+(?:words|legend|caption|headline))\s*:?\s*$/i;

/**
 * 'In her book "A Paradise Built in Hell: The ...," X wrote': quoted words that stand right after
 * a work's noun, with no comma or colon between, are its title, however long.
 */
export function isWorkTitle(paragraphs: readonly string[], span: QuoteSpan): boolean {
  const lead = paragraphs[span.startParagraph]!.slice(Math.max(0, span.openIndex - 40), span.openIndex);
  return WORK_NOUN_LEAD.test(lead) && /^\p{Lu}/u.test(span.text);
}

const WORK_NOUN_LEAD =
  /\b(?:book|novel|film|movie|album|song|single|play|programme|program|series|poem|memoir|autobiography|biography|essay|documentary|opera|musical|sitcom|show|track|exhibition)\s*$/i;

/**
 * 'Im was hailed for his "remarkable visual beauty"': words quoted after a passive verb of
 * praise or blame are what others said of the subject, never the subject's own; who said them
 * the sentence does not tell.
 */
export function isJudgementOfSubject(paragraphs: readonly string[], span: QuoteSpan): boolean {
  const lead = paragraphs[span.startParagraph]!.slice(Math.max(0, span.openIndex - 60), span.openIndex);
  return PASSIVE_JUDGEMENT_LEAD.test(lead);
}

const PASSIVE_JUDGEMENT_LEAD =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:hailed|praised|lauded|acclaimed|applauded|commended|criticised|criticized|condemned|slammed|attacked|blasted|accused|branded|labelled|labeled|dubbed)\s+(?:(?:for|as|of)\s+)?(?:(?:his|her|its|their|being|having)\s+)?$/iu;
