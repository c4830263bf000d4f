import { isRoleNoun } from '../people/role-nouns.js';
import { isSpeechVerb, tokenize, type AttributionClause, type WordToken } from './attribution-tokens.js';
import { CLAUSE_OPENERS, TAIL_OPENERS } from './attribution-words.js';
import { PARTICLE_VERBS } from './lexicon.js';
import { REPORTING_CLOSE } from './narration.js';
import type { QuoteSpan } from './quote-spans.js';

const MAX_APPOSITIVE_SUBJECT_WORDS = 24;

const QUOTED_AS = /^\s+(.+?)\s+as\s+(?:saying|telling|stating)\b/;
// '"...," the newspaper quotes a source close to the firm.': the one quoted, to the clause's end.
const QUOTES_OBJECT = /^\s+((?:a|an|the|one)\s[^,;]+?)\s*(?:[.;]|$)/;
const NAME_BEFORE_VERB =
  /^[^.;:]*,\s*\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)+,\s*(?:says|said|told|tells|added|adds)\b/u;
const CLOSING_SAYER =
  /,\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})\s+$/u;
// '"..." in Republic Health, a McDonnell Douglas spokesman told Reuters.': a described sayer.
const CLOSING_DESCRIBED = /,\s*((?:an?|the)\s+(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}(\p{Ll}+))\s+$/u;

function closingDescribed(text: string): RegExpExecArray | null {
  const described = CLOSING_DESCRIBED.exec(text);
  return described && isRoleNoun(described[2]!) ? described : null;
}
const TRAILING_BRACKETS = /\s*\([^()]{1,25}\)\s*$/;
const SAY_TO_OBJECT = new Set(['told', 'tells', 'asked', 'asks', 'quoted']);
const ABBREVIATION_BEFORE_DOT =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Col|Capt|Lt|Prof|Inc|Corp|Co|Ltd|Jr|Sr|U\.S|U\.K|U\.N)|\b\p{Lu})$/u;

/** End of the clause starting at `from`: the first ; ! ? or sentence-ending period. */
function findClauseEnd(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (char === ';' || char === '!' || char === '?') return index;
    // "Computerandvideogames.com", "3.5": a dot inside a word ends nothing.
    // "(D-Ill.)": an abbreviation's dot before a closing bracket ends nothing either.
    const inWord = /[\p{L}\p{N})]/u.test(text[index + 1] ?? '');
    if (char === '.' && !inWord && !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(from, index - 4), index)))
      return index;
  }
  return to;
}

/** `"...," X said`, `"...," said X, Y of Z`, `"...." Shamkhani added.`, `"...," according to the report`. */
const PREPOSITIONAL_SUBJECT =
  /^(?:ahead\s+of|because\s+of|before|after|in|on|at|for|during|with|by|from|over|under|amid|despite|against|into|towards?)\s/i;

const COMPLETING_PHRASE =
  /^(?:(?:in|for|by|on|at|over|from|until|this|next|last)\s+[^,;:.!?"\u201c\u201d]{1,30}|\p{Ll}{2,}ing\s+[^,;:.!?"\u201c\u201d]{1,80}),\s+(?=(?:said|says|added|adds|told)\s+\p{Lu}|(?:[\p{L}.'\u2019-]+\s+){1,4}(?:said|says|added|adds|told)\b)/u;

export function findAttributionAfter(
  paragraphs: readonly string[],
  span: QuoteSpan,
  limit: number,
): AttributionClause | null {
  if (!span.closed) return null;
  const text = paragraphs[span.endParagraph]!;
  const lead = /^[\s,;:\u2014\u2013-]*/.exec(text.slice(span.closeIndex + 1))![0].length;
  // '"... I expect it to hold" in 2005, said X', '"We will file papers tonight" asking
  // the court to reopen the case, spokesman X said': a phrase of the writer's completes the quoted
  // words before the clause that attributes them.
  const completed = COMPLETING_PHRASE.exec(text.slice(span.closeIndex + 1 + lead))?.[0].length ?? 0;
  const from = span.closeIndex + 1 + lead + completed;
  const clauseEnd = findClauseEnd(text, from, limit);
  // "...?" and "...!" end a sentence as "..." does.
  const endedSentence = /[.?!]\s*$/.test(text.slice(Math.max(0, span.closeIndex - 2), span.closeIndex));
  const according = /^according\s+to\s+([^,.;]+)/i.exec(text.slice(from, clauseEnd));
  // '"... the radio." According to analysts X, ...': after a quotation that ended its sentence,
  // "According to" opens the next sentence and gives its source, not the quotation's.
  if (according && !(endedSentence && according[0].startsWith('A'))) {
    const start = from + according[0].length - according[1]!.length;
    return { phrase: { paragraph: span.endParagraph, start, end: from + according[0].length }, subjectless: false };
  }
  // '"... sciences. This mirrored its earlier concerns, it said.': the writer's sentence after a
  // quotation whose mark was left open reports it; its sayer is the quotation's.
  const reporting = span.endsAtNarration
    ? REPORTING_CLOSE.exec(text.slice(from, Math.min(clauseEnd + 1, limit)))
    : null;
  if (reporting) {
    const sayer = /^,\s*(.+?)\s+\p{Ll}+\.\s*$/u.exec(reporting[0])![1]!;
    const start = from + reporting.index + reporting[0].indexOf(sayer);
    return { phrase: { paragraph: span.endParagraph, start, end: start + sayer.length }, subjectless: false };
  }
  const tokens = tokenize(text.slice(from, clauseEnd), from);
  // '"...," Richard Doherty, from Panasonic's laboratories, one of the pioneers of Blu-ray, told':
  // a full name and its appositives may run long before the verb.
  // So may a surname alone ('"...," Kaplan, also a collector of games and books, says').
  const namedFirst = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*,/u.test(text.slice(from, clauseEnd));
  // '"...," the new chair of the Task Force (IETF), Brian Carpenter, says': so may a post before
  // the full name it is closed by.
  const namedLast = NAME_BEFORE_VERB.test(text.slice(from, clauseEnd));
  const maxSubjectWords = endedSentence ? 5 : namedFirst || namedLast ? MAX_APPOSITIVE_SUBJECT_WORDS : 10;
  for (let index = 0; index < tokens.length && index <= maxSubjectWords; index++) {
    if (!isSpeechVerb(text, tokens, index)) continue;
    const verb = tokens[index]!;
    // "..., noting that" is the sentence's subject going on, not an attribution of this quote.
    if (verb.word.endsWith('ing')) return null;
    if (index > 0) {
      if (CLAUSE_OPENERS.has(tokens[0]!.word)) {
        // '"I'm not in favor of sales to Iran" of advanced technology, Shultz said.': the quotation
        // opens a sentence that a name and a verb of saying close.
        const closer =
          CLOSING_SAYER.exec(text.slice(from, verb.start)) ?? closingDescribed(text.slice(from, verb.start));
        if (!closer || !opensClause(paragraphs, span) || !isShortTail(tokens, index, clauseEnd, text)) return null;
        const start = verb.start - closer[0].length + closer[0].indexOf(closer[1]!);
        return { phrase: { paragraph: span.endParagraph, start, end: start + closer[1]!.length }, subjectless: false };
      }
      // "... stitches." West Ham boss X said: "It's a shame" - X introduces the next quotation; but
      // '"A," X said, "B."' is one utterance its attribution interrupts: X said both.
      const introducesNext = endedSentence || !opensSentence(paragraphs, span) ? /^\s*[:,]?\s*$/ : /^\s*:\s*$/;
      if (limit < text.length && introducesNext.test(text.slice(verb.end, limit))) return null;
      const subject = text.slice(from, verb.start);
      // '"...," the agency quoted one trader as saying': the one quoted speaks, not who quotes.
      const quotedAs =
        verb.word === 'quoted' || verb.word === 'quotes'
          ? (QUOTED_AS.exec(text.slice(verb.end, clauseEnd)) ??
            (verb.word === 'quotes' ? QUOTES_OBJECT.exec(text.slice(verb.end, clauseEnd)) : null))
          : null;
      if (quotedAs) {
        const start = verb.end + quotedAs[0].indexOf(quotedAs[1]!);
        return {
          phrase: { paragraph: span.endParagraph, start, end: start + quotedAs[1]!.length },
          subjectless: false,
        };
      }
      // 'He said the plan would "fail badly." X said yesterday ...': words quoted inside a sentence
      // that ends with them belong to that sentence; the next one says something else.
      if (
        endedSentence &&
        (subject.includes(',') || !isShortTail(tokens, index, clauseEnd, text) || !opensClause(paragraphs, span))
      )
        return null;
      // '"...a PR exercise" ahead of a general election predicted for May': a phrase that opens with
      // a preposition and has no comma to close it is no sayer; its participle qualifies a noun.
      if (PREPOSITIONAL_SUBJECT.test(subject) && !subject.includes(',')) return null;
      // "Rep. Lane Evans (D-Ill.) told": a party and state in brackets are no part of the name.
      const bracketed = TRAILING_BRACKETS.exec(subject);
      const end = bracketed ? from + bracketed.index : verb.start;
      return { phrase: { paragraph: span.endParagraph, start: from, end }, subjectless: false };
    }
    // '"...." Asked about it, X said': a sentence of its own that opens with a participle, not "said X".
    if (endedSentence && /^\p{Lu}/u.test(text.slice(verb.start, verb.end))) return null;
    // '"...," reads one, against a background of carrots': a thing of those just named, unnamed.
    if (tokens[1]?.word === 'one' && (verb.word === 'reads' || verb.word === 'read'))
      return {
        phrase: { paragraph: span.endParagraph, start: tokens[1].start, end: tokens[1].end },
        subjectless: false,
      };
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

/** The quotation opens its sentence, or follows only a short adverbial: 'During 2004 "..." for car sales, X said.' */
function opensClause(paragraphs: readonly string[], span: QuoteSpan): boolean {
  if (opensSentence(paragraphs, span)) return true;
  const before = paragraphs[span.startParagraph]!.slice(0, span.openIndex);
  const lead = /(?:^|[.!?]["'\u201d\u2019)]*\s+)([^.!?]*)$/u.exec(before)?.[1] ?? '';
  return ADVERBIAL_LEAD.test(lead.trim());
}

const ADVERBIAL_LEAD = /^(?:In|During|On|At|For|By|Since|After|Before|Over|Last|This|Throughout)\b[^,"\u201c]{0,40}$/;

/** After a quotation that ends its sentence, "X said." may follow, but not "X said the plan ...". */
function isShortTail(tokens: readonly WordToken[], verbIndex: number, clauseEnd: number, text: string): boolean {
  const verb = tokens[verbIndex]!;
  const tail = tokens.slice(verbIndex + 1);
  if (tail.length === 0) return true;
  if (SAY_TO_OBJECT.has(verb.word) && tail.length <= 4) return true;
  if (/^\s*,/.test(text.slice(verb.end, clauseEnd))) return true;
  return TAIL_OPENERS.has(tail[0]!.word);
}
