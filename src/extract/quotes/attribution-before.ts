import { splitSentences } from '../../text/sentences.js';
import { lastClauseStart } from './clause-start.js';
import { isSpeechVerb, tokenize, type AttributionClause, type WordToken } from './attribution-tokens.js';
import type { QuoteSpan } from './quote-spans.js';

// How far back from a quotation its lead-in is read.
const BEFORE_WINDOW = 500;

/** `X said: "..."`, `X said that "..."`, `Douglas said Dean should see "a 20 pct gain"`, `According to X, "..."`. */
export function findAttributionBefore(
  paragraphs: readonly string[],
  span: QuoteSpan,
  from: number,
): AttributionClause | null {
  const text = paragraphs[span.startParagraph]!;
  // Only the sentence that leads into the quote matters; a window keeps long paragraphs cheap.
  const windowStart = Math.max(from, span.openIndex - BEFORE_WINDOW);
  const before = text.slice(windowStart, span.openIndex);
  if (/[.!?]["'\u201d\u2019)]*\s*$/.test(before) || before.trim().length === 0) return null;
  const sentences = splitSentences(before);
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const sentenceStart = windowStart + last.start;
  const sentence = last.text;
  // "According to X, the government will focus on "..."": X, wherever the phrase stands.
  const according = /\baccording\s+to\s+([^,]{1,60}),/i.exec(sentence);
  // "According to an advance text, he told delegates:": a speaker after the phrase speaks himself.
  if (according && !speechVerbAfter(text, sentenceStart + according.index + according[0].length, span.openIndex)) {
    const start = sentenceStart + according.index + according[0].indexOf(according[1]!, 'according to'.length);
    return { phrase: { paragraph: span.startParagraph, start, end: start + according[1]!.length }, subjectless: false };
  }
  // "X was quoted by the daily Y as saying": X speaks; "Tass quoted X as saying": X speaks.
  const passive = /\s(?:was|were|is|are|been)\s+quoted\b.*?\bas\s+(?:saying|telling|stating)\b/i.exec(sentence);
  if (passive) {
    return {
      phrase: { paragraph: span.startParagraph, start: sentenceStart, end: sentenceStart + passive.index },
      subjectless: false,
    };
  }
  const quoted = /\bquoted\s+(.+?)\s+as\s+(?:saying|telling|stating)\b/i.exec(sentence);
  if (quoted) {
    const start = sentenceStart + quoted.index + quoted[0].indexOf(quoted[1]!, 'quoted'.length);
    return { phrase: { paragraph: span.startParagraph, start, end: start + quoted[1]!.length }, subjectless: false };
  }
  // "Said the Pew report:", "Added Mr Smith:": the verb before its subject.
  const inverted = INVERTED_SAYER.exec(sentence);
  if (inverted) {
    const start = sentenceStart + inverted.index + inverted[0].indexOf(inverted[1]!, inverted[0].indexOf(' '));
    return { phrase: { paragraph: span.startParagraph, start, end: start + inverted[1]!.length }, subjectless: false };
  }
  // "the question posed by X:", "a plea from X:", "a question came from a member of the audience:":
  // the asker, whoever the sentence is about.
  const asked = ASKED_BY.exec(sentence);
  if (asked) {
    const start = sentenceStart + asked.index + asked[0].lastIndexOf(asked[1]!);
    return { phrase: { paragraph: span.startParagraph, start, end: start + asked[1]!.length }, subjectless: false };
  }
  const tokens = tokenize(sentence, sentenceStart);
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (!isSpeechVerb(text, tokens, index) && !introducesQuote(text, tokens, index, span.openIndex)) continue;
    // "X told reporters it was absurd and added:": the subject is the first verb's.
    const earlier = tokens[index - 1]?.word === 'and' ? earlierSpeechVerb(text, tokens, index - 1) : -1;
    const verb = tokens[earlier >= 0 ? earlier : index]!;
    const subject = text.slice(sentenceStart, verb.start);
    if (!/[\p{L}\p{N}]/u.test(subject)) return { phrase: null, subjectless: true };
    // "According to Mr Peston the prime minister said:": the source, set off by no comma, is not
    // the subject; the noun phrase or pronoun after it is.
    const source = SOURCE_THEN_SUBJECT.exec(subject);
    const start =
      sentenceStart + (source ? source.index + source[0].lastIndexOf(source[1]!) : lastClauseStart(subject));
    return { phrase: { paragraph: span.startParagraph, start, end: verb.start }, subjectless: false };
  }
  return null;
}

const SOURCE_THEN_SUBJECT = /\baccording\s+to\s+[^,]+?\s((?:the|a|an|his|her|its|their)\s[^,]+|he|she|they|it)\s*$/i;

const INVERTED_SAYER = /^(?:Said|Says|Added|Adds|Wrote|Writes|Explained|Recalled|Concluded)\s+([^,:;]{2,80}?)\s*:\s*$/u;
const ASKED_BY =
  /\b(?:question|query|plea|challenge|message|comment|remark)s?\s+(?:(?:posed|asked|put|raised|sent|written|came|comes)\s+)?(?:by|from)\s+([^:;,()]{2,80}?)\s*:\s*$/i;

// Verbs that are as often nouns ("the states", "his notes") introduce a quote only right before
// its colon or comma ("As the report states: "...""); a verb of belief only right before its
// quote mark ("Smith, who believes "if we can get past the holders ..."").
const COLON_OR_COMMA = /^\s*[:,]\s*$/;
const NOTHING = /^\s*$/;
const LEAD_IN_VERBS = new Map<string, RegExp>([
  ...['states', 'notes', 'reports', 'concludes', 'comments', 'observes', 'remarks'].map((verb): [string, RegExp] => [
    verb,
    COLON_OR_COMMA,
  ]),
  ...['believes', 'believed', 'thinks', 'thought', 'feels', 'felt'].map((verb): [string, RegExp] => [verb, NOTHING]),
]);

/** The last word before the quotation is a verb that introduces it only from there. */
function introducesQuote(text: string, tokens: readonly WordToken[], index: number, openIndex: number): boolean {
  const token = tokens[index]!;
  const gap = LEAD_IN_VERBS.get(token.word);
  return gap !== undefined && index === tokens.length - 1 && index > 0 && gap.test(text.slice(token.end, openIndex));
}

/** The speech verb a clause joined by "and" goes on from, within a dozen words. */
function earlierSpeechVerb(text: string, tokens: readonly WordToken[], andIndex: number): number {
  for (let index = andIndex - 1; index >= 0 && andIndex - index <= 12; index--) {
    // A comma between them makes "and said" another clause's ("X said, Y agreed and said").
    if (text.slice(tokens[index]!.end, tokens[andIndex]!.start).includes(',')) return -1;
    if (SAYING.has(tokens[index]!.word) && isSpeechVerb(text, tokens, index)) return index;
  }
  return -1;
}

const SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'insisted']);

/** A speech verb with a short subject between `from` and the quote: "he told delegates". */
function speechVerbAfter(text: string, from: number, to: number): boolean {
  const tokens = tokenize(text.slice(from, to), from);
  return tokens.some((token, index) => index > 0 && index <= 6 && isSpeechVerb(text, tokens, index));
}
