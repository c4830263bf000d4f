import { isRoleModifierWord, isRoleNoun } from '../people/role-nouns.js';
import { SPEECH_VERBS } from './lexicon.js';
import { findPreviousSentence, namedWithin } from './named-before.js';
import { unnamed } from './speaker-description.js';
import {
  REPORTED_BY_PRONOUN,
  TOPIC_THEN_PRONOUN,
  type Position,
  type QuoteContext,
  type Speaker,
} from './quote-context.js';

const TITLE_THEN_NAME = /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})\p{Lu}\p{Ll}/u;
// "captain X and fly-half Y": a word that joins or relates, so the words are no title of one name.
const JOINING_WORDS = new Set([
  'and',
  'or',
  'of',
  'to',
  'with',
  'for',
  'from',
  'by',
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
]);
const SPEECH_IN_SENTENCE = /\b(?:said|says|told|tells|added|adds|asked|explained|insisted)\b/;
const PRONOUN_OPENER =
  /^["\u201c\u2018']?(?:(?:And|But|Yet|So|Then|Later|Earlier|However|[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hen)\b,?\s+)*(He|She|They|he|she|they)\b/;

/** The people named outside quotes in the sentence that ends before the position (this paragraph or the last). */
export function personsInPreviousSentence(
  context: QuoteContext,
  position: Position,
  pronoun: string,
  depth = 0,
): Speaker[] {
  const found = findPreviousSentence(context, position);
  if (!found) return [];
  const { paragraph, sentence: previous } = found;
  // "He portrayed Mr Ebbers as ...": a sentence opened by a pronoun carries its own referent on;
  // "But while he tipped Swank, he predicted ..." after "... the choice of Steven Gaydos": the
  // same pronoun opening it points where this one does, to the sentence before.
  const opener = (PRONOUN_OPENER.exec(previous.text) ?? TOPIC_THEN_PRONOUN.exec(previous.text))?.[1]?.toLowerCase();
  if (opener) {
    return opener === pronoun && depth === 0
      ? personsInPreviousSentence(context, { paragraph, offset: previous.start }, pronoun, depth + 1)
      : [];
  }
  // Two sentences back, one that reports speech ("..., the Tory leader said") has its speaker for
  // the referent, whom a name in it ("Mr Brown's Budget") is not.
  if (depth > 0 && SPEECH_IN_SENTENCE.test(previous.text)) return [];
  // "Tony Blair would lead the campaign, he said.": what a pronoun reports is about someone else,
  // and the one reporting goes on speaking.
  if (REPORTED_BY_PRONOUN.test(previous.text)) return [];
  const text = context.paragraphs[paragraph]!;
  // "According to one Western envoy, an expert on trade, it ... . But ..., he said": the unnamed
  // source of the sentence before is who goes on speaking, not someone named further back.
  const source = UNNAMED_SOURCE.exec(previous.text);
  if (source && namedWithin(context, paragraph, previous.start, previous.start + source[0].length).length === 0) {
    const voice = unnamed(source[1]!);
    if (voice) return [voice];
  }
  // "And the French defender believes Mourinho is suited ... "...," he said": a described subject
  // opening the sentence is who it is about, not the name inside its clause.
  const opening = context.subjects.find(
    (subject) =>
      subject.paragraph === paragraph &&
      subject.offset >= previous.start &&
      subject.speaker.person !== undefined &&
      DESCRIPTION_OPENER.test(text.slice(previous.start, subject.offset)),
  );
  if (opening && /^(?:the|a|an)\s/i.test(text.slice(opening.offset, opening.offset + 4))) return [opening.speaker];
  const named: Speaker[] = [];
  for (const occurrence of context.occurrences) {
    if (occurrence.paragraph !== paragraph || occurrence.start < previous.start || occurrence.start >= previous.end)
      continue;
    if (context.isQuoted(paragraph, occurrence.start)) continue;
    const person = context.people[occurrence.person]!;
    const speaker: Speaker = { name: person.name, kind: 'person', person: occurrence.person };
    // "If Mr Blair stays away, the debate goes ahead, Lord Holme said.": the one who closes the
    // sentence saying it goes on speaking; the people in what they said are spoken of.
    const before = text.slice(previous.start, occurrence.start);
    const after = text.slice(occurrence.end, previous.end);
    // "X, partner of Y Ltd said": a name after "of" is in the appositive, not the one saying.
    if (!AFTER_PREPOSITION.test(before) && closesWithSayer(before, after)) return [speaker];
    // "... forced to go the distance against Ivan Ljubicic", "beat Tommy Robredo": an opponent is
    // who the sentence's subject played, not who speaks after it.
    if (OPPONENT_BEFORE.test(before)) continue;
    // "the minister said the cuts proposed by shadow minister X would ...": a name in what a
    // described sayer said is spoken of; the sayer goes on speaking.
    const sayer = DESCRIBED_SAYER.exec(before);
    if (sayer && isRoleNoun(sayer[1]!)) continue;
    // "While saying he admired Mr Blair's leadership, he criticised ...": a possessor is spoken of.
    // "Adam Curry's pressing ahead" is "Curry is": before a participle the "'s" is a verb.
    const possessive =
      (/['\u2019]s$/.test(text.slice(occurrence.start, occurrence.end)) || /^['\u2019]s?\s/.test(after)) &&
      !/^(?:['\u2019]s)?\s+\p{Ll}+ing\b/u.test(after);
    if (possessive) continue;
    // "An early own goal followed by an Omar Haddad strike": a name after "a" or "an" and before
    // a lower-case noun qualifies that noun; it names no one who then speaks.
    if (/\b(?:a|an)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after)) continue;
    // "Karl Holvane frontman Karim Nasser has called ...": a name in the title before another
    // name is the body the title is of, not a person of the sentence.
    const title = TITLE_THEN_NAME.exec(after)?.[1]!.trim().split(/\s+/);
    if (
      title &&
      isRoleNoun(title[title.length - 1]!) &&
      title.every((word) => !JOINING_WORDS.has(word) && (isRoleModifierWord(word) || isRoleNoun(word)))
    )
      continue;
    named.push(speaker);
  }
  return named;
}

const UNNAMED_SOURCE =
  /^["\u201c]?(?:(?:And|But)\s+)?[Aa]ccording to\s+((?:one|an?|another)\s+[^,.;:"\u201c]{2,60}?)\s*,/;

const DESCRIBED_SAYER =
  /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\s+(?:said|says|told|tells|argued|claimed|insisted|warned|added)\b/u;

const DESCRIPTION_OPENER = /^["\u201c]?(?:(?:And|But|Yet|So)\s+)?$/;

const OPPONENT_BEFORE =
  /\b(?:against|beat|beats|beating|defeated|defeats|defeating|versus|vs\.?|overcame|edged|thrashed|knocked out)\s+(?:\p{Lu}[\p{L}'-]*\s+){0,3}$/u;

// ", X said." / ", X said in a speech to analysts." / ", and X said he would ..." closing a
// sentence, or ", said X." with a title before the name.
const SAYER_AFTER = /^\s+(\p{Ll}+)\b/u;
// "According to Mandaric, Redknapp vowed he would go": the comma closes the source, and the one
// who vowed is reported, not speaking.
const SOURCE_LEAD = /^\s*(?:according to|quoting|citing)\b[^,]*,\s*$/i;
// ", and Sculthorpe said": "and" opens the clause; "partner of Tods Murray said" has the name in an appositive.
export const AFTER_PREPOSITION = /\b(?:of|for|at|with|from|by|to|in)\s+(?:(?:the|Mr|Mrs|Ms|Dr)\.?\s+)?$/;
const SAYER_BEFORE = /,\s*(\p{Ll}+)\s+(?:[\p{L}'\u2019.-]+\s+){0,5}$/u;
const SAYER_TAIL = /^\s*[.!]?["'\u201d\u2019]?\s*$/;

/** Whether the name between `before` and `after` (the rest of its sentence) is who says the sentence. */
function closesWithSayer(before: string, after: string): boolean {
  if (!before.includes(',') || SOURCE_LEAD.test(before)) return false;
  const verbAfter = SAYER_AFTER.exec(after)?.[1];
  if (verbAfter !== undefined) return SPEECH_VERBS.has(verbAfter);
  const verbBefore = SAYER_BEFORE.exec(before)?.[1];
  return verbBefore !== undefined && SPEECH_VERBS.has(verbBefore) && SAYER_TAIL.test(after);
}
