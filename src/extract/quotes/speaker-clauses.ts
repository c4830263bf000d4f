import nlp from 'compromise';
import type { QuoteContext } from './quote-context.js';
import type { SpeakerPhrase } from './speaker-resolution.js';

/** Clauses around a speaker's subject that name no speaker themselves. */

const SUBORDINATE_LEAD =
  /^\s*(?:(?:and|but|so|yet)\s+)?(?:when|whenever|if|unless|although|though|while|because|since|once|until|after|before|asked|\p{L}+ing\s+(?:to|on|about|at|after|before|from|in|a|an|the|his|her|their|its|with|for|up|out|down|over|through|mr|mrs|ms|dr|sir)\b)/iu;

/**
 * "The claim was denied by a party spokesman, who said:": the noun phrase a closing ", who"
 * stands for, after the preposition that made it an object. A name there is found before this.
 */
export function findRelativeAntecedent(raw: string): { start: number; end: number } | null {
  const relative = /,\s*who\s*$/.exec(raw);
  if (!relative) return null;
  const before = raw.slice(0, relative.index);
  const from = before.lastIndexOf(',') + 1;
  const object = /^(.*\b(?:by|from|with|to)\s+)/.exec(before.slice(from));
  const start = from + (object ? object[1]!.length : 0);
  return /^\s*(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s|\p{Lu})/u.test(before.slice(start))
    ? { start, end: relative.index }
    : null;
}

/**
 * "But when asked if Nasser would stay, Haddad said:": who is named in a clause before the
 * subject is spoken of, not speaking. The subject follows the clause's last comma ("After beating
 * A, B and C to the prize, Stone said"); without one ("When asked if Brown would start Eriksson
 * replied"), it is the name nearest the verb.
 */
export function skipSubordinateClause(context: QuoteContext, phrase: SpeakerPhrase): SpeakerPhrase {
  const lead = context.paragraphs[phrase.paragraph]!.slice(phrase.start, phrase.end);
  if (!SUBORDINATE_LEAD.test(lead)) return phrase;
  const commas = [...lead.matchAll(/,/g)].map((match) => match.index + 1);
  const last = context.occurrences.findLast(
    (occurrence) =>
      occurrence.paragraph === phrase.paragraph && occurrence.start > phrase.start && occurrence.end <= phrase.end,
  );
  const cut =
    commas.reverse().find((at) => /\p{L}/u.test(lead.slice(at))) ?? (last ? last.start - phrase.start : undefined);
  return cut === undefined ? phrase : { ...phrase, start: phrase.start + cut };
}

// "(Earlier) Saturday, X said", "March 3, X said": a day is when, never who ("June Smith" is a name).
export const ADVERBIAL_START =
  /^(?:In|On|At|After|During|Before|Under|Speaking|Writing|Asked|Commenting|Referring|Following|Last|Earlier|Later|Today|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)\b/;

/** "In its report on the council's work the committee" -> "the committee": the subject stands last. */
export function trimLeadingAdverbial(chunk: string): string {
  if (!ADVERBIAL_START.test(chunk)) return chunk;
  const determiners = [...chunk.matchAll(/\b(?:the|a|an)\s/gi)];
  const last = determiners[determiners.length - 1];
  return last && last.index! > 0 ? chunk.slice(last.index) : chunk;
}

/** "The document reportedly said", "Smith later told": an adverb before the verb is no part of who speaks. */
export function withoutTrailingAdverbs(text: string): string {
  let rest = text;
  for (let match = TRAILING_WORD.exec(rest); match && isAdverb(match[1]!); match = TRAILING_WORD.exec(rest))
    rest = rest.slice(0, match.index).trimEnd();
  return rest.length > 0 ? rest : text;
}

const TRAILING_WORD = /\s(\p{Ll}+)$/u;
const adverbs = new Map<string, boolean>();

function isAdverb(word: string): boolean {
  let known = adverbs.get(word);
  if (known === undefined) {
    known = SENTENCE_ADVERB.test(word) && (!word.endsWith('ly') || nlp(word).has('#Adverb'));
    if (adverbs.size > 5_000) adverbs.clear();
    adverbs.set(word, known);
  }
  return known;
}

const SENTENCE_ADVERB =
  /^(?:also|later|then|further|again|once|previously|earlier|meanwhile|however|too|instead|still|now|yesterday|today|\p{Ll}+ly)$/u;
/**
 * Verbs that report what was said with the subject in front ("X said ..., adding"); not "asked"
 * or "told", which open clauses of their own.
 */
const REPORTING_VERBS = new Set(['said', 'says', 'added', 'adds']);
const CLAUSE_SUBJECTS = new Set(['who', 'which', 'that', 'when', 'as', 'if', 'while']);

/** Offset of a reporting verb after the phrase's first word ("said" in "Monsanto said it accepted"), or -1. */
export function findInnerSpeechVerb(text: string): number {
  let previous = '';
  for (const match of text.matchAll(/[\p{L}'\u2019-]+/gu)) {
    const word = match[0].toLowerCase();
    if (REPORTING_VERBS.has(word) && previous !== '') return CLAUSE_SUBJECTS.has(previous) ? -1 : match.index;
    previous = word;
  }
  return -1;
}
