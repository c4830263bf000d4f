import { splitSentences } from '../../text/sentences.js';
import { DOCUMENT_NOUNS, PARTICLE_VERBS, SPEECH_VERBS } from './lexicon.js';
import { lastClauseStart } from './clause-start.js';
import type { QuoteSpan } from './quote-spans.js';
import type { SpeakerPhrase } from './speaker-resolution.js';

/** Where the words naming a quotation's speaker stand, and how they were found. */
export interface AttributionClause {
  phrase: SpeakerPhrase | null;
  /** A speech verb with no subject of its own ("..., noting that"): the sentence's speaker goes on. */
  subjectless: boolean;
}

interface WordToken {
  word: string;
  start: number;
  end: number;
}

const BEFORE_WINDOW = 500;
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const CLAUSE_OPENERS = new Set([
  'for',
  'in',
  'at',
  'on',
  'to',
  'from',
  'by',
  'with',
  'of',
  'as',
  'than',
  'because',
  'since',
  'while',
  'when',
  'if',
  'which',
  'that',
  'but',
  'and',
  'so',
  'or',
  'after',
  'before',
  'during',
  'over',
  'into',
  'about',
]);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const MAX_APPOSITIVE_SUBJECT_WORDS = 24;
const TAIL_OPENERS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'when',
  'while',
  'adding',
  'referring',
  // "Rothman recalls thinking at the time."
  'thinking',
  'speaking',
  'with',
  'to',
  'from',
  'of',
  'also',
  'later',
  'earlier',
  'yesterday',
  'today',
  'tonight',
  'recently',
  'afterwards',
  'last',
  'this',
  'on',
  'via',
  'by',
  'as',
]);
const SAY_TO_OBJECT = new Set(['told', 'tells', 'asked', 'asks', 'quoted']);
const ABBREVIATION_BEFORE_DOT =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Col|Capt|Lt|Prof|Inc|Corp|Co|Ltd|Jr|Sr|U\.S|U\.K|U\.N)|\b\p{Lu})$/u;

function tokenize(text: string, offset: number): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    tokens.push({
      word: match[0].toLowerCase(),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return tokens;
}

/** End of the clause starting at `from`: the first ; ! ? or sentence-ending period. */
function findClauseEnd(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (char === ';' || char === '!' || char === '?') return index;
    // "Computerandvideogames.com", "3.5": a dot inside a word ends nothing.
    const inWord = /[\p{L}\p{N}]/u.test(text[index + 1] ?? '');
    if (char === '.' && !inWord && !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(from, index - 4), index)))
      return index;
  }
  return to;
}

function isSpeechVerb(text: string, tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index]!;
  // "..., a BBC statement read.": a text reads what it says; a person reads someone else's words.
  // '"...," reads a telephone memo for the minister.', '"...," read a statement from the firm.':
  // the text named right after the verb.
  if ((token.word === 'reads' || token.word === 'read') && index === 0)
    return tokens.slice(1, 5).some((next) => DOCUMENT_NOUNS.has(next.word));
  if (token.word === 'read' || token.word === 'reads') return DOCUMENT_NOUNS.has(tokens[index - 1]?.word ?? '');
  if (!SPEECH_VERBS.has(token.word)) return false;
  const particle = PARTICLE_VERBS.get(token.word);
  if (particle && !particle.test(text.slice(token.end))) return false;
  const previous = tokens[index - 1];
  // "the report said": after a determiner, "report" is the noun, not the verb.
  return !(previous && (PASSIVE_AUXILIARIES.has(previous.word) || NOUN_MARKERS.has(previous.word)));
}

/** `"...," X said`, `"...," said X, Y of Z`, `"...." Shamkhani added.`, `"...," according to the report`. */
export function findAttributionAfter(
  paragraphs: readonly string[],
  span: QuoteSpan,
  limit: number,
): AttributionClause | null {
  if (!span.closed) return null;
  const text = paragraphs[span.endParagraph]!;
  const lead = /^[\s,;:\u2014\u2013-]*/.exec(text.slice(span.closeIndex + 1))![0].length;
  const from = span.closeIndex + 1 + lead;
  const clauseEnd = findClauseEnd(text, from, limit);
  const according = /^according\s+to\s+([^,.;]+)/i.exec(text.slice(from, clauseEnd));
  if (according) {
    const start = from + according[0].length - according[1]!.length;
    return { phrase: { paragraph: span.endParagraph, start, end: from + according[0].length }, subjectless: false };
  }
  const tokens = tokenize(text.slice(from, clauseEnd), from);
  // "...?" and "...!" end a sentence as "..." does.
  const endedSentence = /[.?!]\s*$/.test(text.slice(Math.max(0, span.closeIndex - 2), span.closeIndex));
  // '"...," Richard Doherty, from Panasonic's laboratories, one of the pioneers of Blu-ray, told':
  // a full name and its appositives may run long before the verb.
  const namedFirst = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)+,/u.test(text.slice(from, clauseEnd));
  const maxSubjectWords = endedSentence ? 5 : namedFirst ? MAX_APPOSITIVE_SUBJECT_WORDS : 10;
  for (let index = 0; index < tokens.length && index <= maxSubjectWords; index++) {
    if (!isSpeechVerb(text, tokens, index)) continue;
    const verb = tokens[index]!;
    // "..., noting that" is the sentence's subject going on, not an attribution of this quote.
    if (verb.word.endsWith('ing')) return null;
    if (index > 0) {
      if (CLAUSE_OPENERS.has(tokens[0]!.word)) return null;
      // "... stitches." West Ham boss X said: "It's a shame" - X introduces the next quotation; but
      // '"A," X said, "B."' is one utterance its attribution interrupts: X said both.
      const introducesNext = endedSentence || !opensSentence(paragraphs, span) ? /^\s*[:,]?\s*$/ : /^\s*:\s*$/;
      if (limit < text.length && introducesNext.test(text.slice(verb.end, limit))) return null;
      const subject = text.slice(from, verb.start);
      if (endedSentence && (subject.includes(',') || !isShortTail(tokens, index, clauseEnd, text))) return null;
      return { phrase: { paragraph: span.endParagraph, start: from, end: verb.start }, subjectless: false };
    }
    let start = verb.end;
    const particle = PARTICLE_VERBS.get(verb.word)?.exec(text.slice(start));
    if (particle) start += particle[0].length;
    // Commas stay in: "said RNID director, Guido Gybels" names the speaker after the comma.
    const stop = text
      .slice(start, clauseEnd)
      .search(/[;(]|\s(?:who|when|in an?|at an?|after|while|during|adding|noting|but)\s/);
    const end = stop < 0 ? clauseEnd : start + stop;
    if (end <= start || text.slice(start, end).trim().length === 0) return null;
    return { phrase: { paragraph: span.endParagraph, start, end }, subjectless: false };
  }
  // '"sickness or extreme weather" are thought to contribute, according to the Department.'
  // Only for words quoted inside a sentence, and a short way on: a quotation that ends its own
  // sentence is not the one "according to" closes.
  const closing = /,\s*according\s+to\s+([^,;]{1,80}?)\s*$/i.exec(text.slice(from, clauseEnd));
  const insideSentence = !/[.!?]\s*$/.test(span.text) && !/^[.!?]/.test(text.slice(span.closeIndex + 1).trimStart());
  if (closing && insideSentence && closing.index < 160) {
    const start = from + closing.index + closing[0].indexOf(closing[1]!, closing[0].indexOf('to'));
    return { phrase: { paragraph: span.endParagraph, start, end: start + closing[1]!.length }, subjectless: false };
  }
  return null;
}

/** The quotation is the first thing in its sentence ('"A," X said, "B."', not 'X insisted "A", he said "B"'). */
function opensSentence(paragraphs: readonly string[], span: QuoteSpan): boolean {
  return /(?:^|[.!?]["'\u201d\u2019)]*)\s*$/u.test(paragraphs[span.startParagraph]!.slice(0, span.openIndex));
}

/** After a quotation that ends its sentence, "X said." may follow, but not "X said the plan ...". */
function isShortTail(tokens: readonly WordToken[], verbIndex: number, clauseEnd: number, text: string): boolean {
  const verb = tokens[verbIndex]!;
  const tail = tokens.slice(verbIndex + 1);
  if (tail.length === 0) return true;
  if (SAY_TO_OBJECT.has(verb.word) && tail.length <= 4) return true;
  if (/^\s*,/.test(text.slice(verb.end, clauseEnd))) return true;
  return TAIL_OPENERS.has(tail[0]!.word);
}

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
  const tokens = tokenize(sentence, sentenceStart);
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (
      !isSpeechVerb(text, tokens, index) &&
      !introducesQuote(text, tokens, index, span.openIndex) &&
      !introducesBelief(text, tokens, index, span.openIndex)
    )
      continue;
    const verb = tokens[index]!;
    const subject = text.slice(sentenceStart, verb.start);
    if (!/[\p{L}\p{N}]/u.test(subject)) return { phrase: null, subjectless: true };
    const start = sentenceStart + lastClauseStart(subject);
    return { phrase: { paragraph: span.startParagraph, start, end: verb.start }, subjectless: false };
  }
  return null;
}

// Verbs that are as often nouns ("the states", "his notes"), read as verbs only right before a quote.
const NOUN_LIKE_SPEECH_VERBS = new Set(['states', 'notes', 'reports', 'concludes', 'comments', 'observes', 'remarks']);

/** "As the report states: "..."": a verb that is also a noun introduces the quote that follows its colon. */
function introducesQuote(text: string, tokens: readonly WordToken[], index: number, openIndex: number): boolean {
  const token = tokens[index]!;
  return (
    index === tokens.length - 1 &&
    index > 0 &&
    NOUN_LIKE_SPEECH_VERBS.has(token.word) &&
    /^\s*[:,]\s*$/.test(text.slice(token.end, openIndex))
  );
}

const BELIEF_VERBS = new Set(['believes', 'believed', 'thinks', 'thought', 'feels', 'felt']);

/** "Smith, who believes "if we can get past the holders ..."": a belief given in its holder's own words. */
function introducesBelief(text: string, tokens: readonly WordToken[], index: number, openIndex: number): boolean {
  const token = tokens[index]!;
  return (
    index === tokens.length - 1 &&
    index > 0 &&
    BELIEF_VERBS.has(token.word) &&
    /^\s*$/.test(text.slice(token.end, openIndex))
  );
}

/** A speech verb with a short subject between `from` and the quote: "he told delegates". */
function speechVerbAfter(text: string, from: number, to: number): boolean {
  const tokens = tokenize(text.slice(from, to), from);
  return tokens.some((token, index) => index > 0 && index <= 6 && isSpeechVerb(text, tokens, index));
}
