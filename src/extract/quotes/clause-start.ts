import { isFiniteVerb } from '../people/role-nouns.js';
import { ROLE_HEADS } from '../people/word-lists.js';

/**
 * "X owns a stake, and the club's statement said:": the speech verb's subject is the clause it
 * closes, not the sentence's first name. A comma before a coordinating conjunction, or a
 * semicolon, opens a new clause; a bare "and" only after a verb and before a short noun phrase
 * ("X hurt his knee and manager Y said"), never between two speakers ("X and Y said").
 */
export function lastClauseStart(subject: string): number {
  let start = 0;
  for (const match of subject.matchAll(/(?:,\s+(?:and|but|while|whereas|yet)\s+|;\s*|\s+(?:and|but)\s+)/giu)) {
    const rest = subject.slice(match.index + match[0].length);
    if (!/[\p{L}\p{N}]/u.test(rest)) continue;
    // "Duff hurt his knee at Newcastle and manager Jose Mourinho said:": a bare "and" after a
    // verb opens a new clause; "X and Y said" joins two speakers.
    // The new clause's subject is a bare noun phrase: "Mr Brown had a scorching from MPs adding:" is no subject.
    const bare = !match[0].includes(',') && !match[0].includes(';');
    if (bare && !(hasVerb(subject.slice(start, match.index)) && isNounPhrase(rest))) continue;
    start = match.index + match[0].length;
  }
  // "This would be wrong even if X had signed it, Mr Y said,": after a whole clause, a noun
  // phrase set off by a comma is the subject of the speech verb.
  const comma = subject.lastIndexOf(',');
  // "Of Hepburn, she said:", "Asked about the deal, he said": a pronoun after the comma is the subject.
  if (comma >= start && PRONOUN_SUBJECT.test(subject.slice(comma + 1)))
    return comma + 1 + (/^\s*/.exec(subject.slice(comma + 1))?.[0].length ?? 0);
  if (comma > start) {
    const rest = subject.slice(comma + 1);
    if (isNounPhrase(rest) && hasVerb(subject.slice(start, comma)))
      start = comma + 1 + (/^\s*/.exec(rest)?.[0].length ?? 0);
  }
  return start;
}

const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it|we)\s*$/;

function isNounPhrase(text: string): boolean {
  // "his lawyer, Antony Smith,": an appositive closed by its comma is still one noun phrase.
  const closed = /^[^,]+,[^,]+,\s*$/.test(text);
  const phrase = closed ? text.replace(/,\s*$/, '') : text;
  const words = phrase.trim().split(/\s+/);
  const first = words[0] ?? '';
  const opens = /^\p{Lu}/u.test(first) || DETERMINERS.has(first) || ROLE_HEADS.has(first);
  // A subject is short and whole: "Russia's common views on political issues, and" runs on.
  const whole = words.length <= MAX_SUBJECT_WORDS && !/(?:,|\b(?:and|but|or))\s*$/.test(phrase);
  return opens && whole && !hasVerb(phrase);
}

const MAX_SUBJECT_WORDS = 8;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const AUXILIARIES =
  /\b(?:is|was|were|are|has|had|have|will|would|can|cannot|could|should|must|may|might|do|does|did)\b/;

function hasVerb(clause: string): boolean {
  if (AUXILIARIES.test(clause)) return true;
  return clause.split(/\s+/).some((word) => /^[a-z]{3,}ed$/.test(word) || isFiniteVerb(word));
}

/**
 * "A spokesperson denied Phillips made the remark, insisting:", "She said she hoped to meet X but
 * joked that": a participle set off by a comma, or a verb joined by "and" or "but", takes the
 * subject of the clause's first verb, so a name after that verb is its object. The offset where
 * that subject ends, or -1. Not after a verb of showing or perceiving ("The film showed X,
 * telling the crowd:"), nor across a clause of its own ("Shares fell after X resigned, saying").
 */
export function firstClauseSubjectEnd(phrase: string): number {
  let previous = '';
  let adverbStart = -1;
  for (const match of phrase.matchAll(/[\p{L}'\u2019-]+/gu)) {
    const word = match[0];
    const lower = /^\p{Ll}/u.test(word);
    const verb =
      previous !== '' &&
      !DETERMINERS.has(previous.toLowerCase()) &&
      lower &&
      (AUXILIARIES.test(word) || isFiniteVerb(word)) &&
      !ROLE_HEADS.has(word);
    if (verb) {
      const end = adverbStart >= 0 ? adverbStart : match.index;
      const subject = phrase.slice(0, end).trim().split(/\s+/);
      const ownClause = OWN_CLAUSE.test(phrase.slice(match.index + word.length));
      return subject.length <= MAX_SUBJECT_WORDS && !PERCEIVING.test(word) && !ownClause ? end : -1;
    }
    if (lower && previous !== '' && CLAUSE_ADVERB.test(word)) {
      if (adverbStart < 0) adverbStart = match.index;
    } else adverbStart = -1;
    previous = word;
  }
  return -1;
}

// "reported that X, who seemed unrepentant, insisting": a relative or adverbial clause has a subject of its own.
const OWN_CLAUSE =
  /\b(?:who|whom|which|after|when|because|as|while|since|before|until|unless|if|although|though|whereas|once)\b/;
const CLAUSE_ADVERB = /^(?:also|later|then|again|once|still|never|just|\p{Ll}+ly)$/u;
const PERCEIVING =
  /^(?:show(?:s|ed)?|saw|sees?|heard|hears?|watch(?:es|ed)?|caught|catch(?:es)?|film(?:s|ed)|record(?:s|ed)|feature[sd]?|depict(?:s|ed)|picture[sd]|found|finds?|quoted?|quotes|left|leaves?)$/u;

// "A Treasury spokesperson dismissed the claims, saying": an auxiliary or a past tense ends the subject.
const CLAUSE_VERB = /\s(?:was|were|is|are|has|have|had|will|would|\p{Ll}{3,}ed)\s/u;
// "throwing the script at him and": a participle and its object.
const PARTICIPLE_CLAUSE = /^\p{Ll}+ing\s+(?:the|a|an|his|her|its|their|my|our|your)\s/u;
const TRAILING_ADVERBS = /(?:\s+\p{Ll}+ly)+\s*$/u;

/**
 * "Us magazine was unrepentant about publishing, saying:": before a participle of saying, the
 * speaker is the sentence's subject, which ends at the clause's verb. "The singer refused,
 * throwing the script at him and saying:": a participle's own clause has no subject, so the
 * sentence's first clause gives it. `chunks` are the phrase's comma-separated parts, `chunk` the
 * one that stands before the verb; null when no short capitalised subject ends at a verb.
 */
export function subjectBeforeParticiple(chunks: readonly string[], chunk: string): string | null {
  const clause = chunks.length > 1 && PARTICIPLE_CLAUSE.test(chunk) ? `${chunks[0]!} ` : chunk;
  const clauseVerb = CLAUSE_VERB.exec(clause);
  if (!clauseVerb || clauseVerb.index === 0) return null;
  const cut = clause.slice(0, clauseVerb.index).replace(TRAILING_ADVERBS, '');
  const words = cut.trim().split(/\s+/).length;
  if (!/^\p{Lu}/u.test(cut) || /^(?:a|an|the)$/i.test(cut.trim()) || words > 4) return null;
  return cut;
}
