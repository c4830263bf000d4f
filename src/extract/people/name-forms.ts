import { isDemonym, isKnownAdverbOrVerb, isOrganisationWord, isPlaceWord, ROLE_HEADS } from './lexicon.js';
import { HONORIFICS, SENTENCE_WORDS, TITLE_ABBREVIATIONS } from './word-lists.js';
import { isRoleNoun } from './role-nouns.js';
import type { Token } from './tokens.js';

/**
 * The parts of a written name a later mention reads: the surname less a generation, initials run
 * together, a given name that only opens the sentence.
 */

// "Charles E. Exley Jr" is Exley later on: a generation after the surname is no surname (but
// Robert Halmi Sr and Robert Halmi Jr stay two).
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export function lastWordOf(name: string): string {
  return withoutGeneration(name.split(/[\s-]+/)).at(-1) ?? name;
}

/** The surname of a full name as written: its last word, less a generation ("Exley" of "Charles E. Exley Jr"). */
export function surnameOf(name: string): string {
  return withoutGeneration(name.split(/\s+/)).at(-1) ?? '';
}

export function withoutGeneration(words: string[]): string[] {
  return words.length > 2 && GENERATION.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

/** "Although Nasser left", "But Haddad is": a word capitalised only because it opens the sentence is no
 * first name. */
export function opensSentence(token: Token, index: number): boolean {
  if (index !== 0 || HONORIFICS.has(token.lower)) return false;
  return SENTENCE_WORDS.has(token.lower) || isKnownAdverbOrVerb(token.lower);
}

// Two capitals that stand for a body, a place or a post, not for given names.
const ACRONYMS = new Set(
  'US UK EU UN DJ MP PM TV GP MC PC QC AC FC BT BA BP HP GM IT PR AP AG SA NV EC VW AA RC CD PS'.split(' '),
);

export function isUndottedInitials(sentence: string, initials: Token, surname: Token): boolean {
  return (
    /^\p{Lu}{2}$/u.test(initials.text) &&
    !initials.possessive &&
    !ACRONYMS.has(initials.text) &&
    sentence.slice(initials.end, surname.start) === ' '
  );
}

export function opensWithGivenName(sentence: string, tokens: Token[], index: number): boolean {
  const given = tokens[index - 1]!;
  return (
    index === 1 &&
    given.capitalised &&
    !given.possessive &&
    !opensSentence(given, 0) &&
    !HONORIFICS.has(given.lower.replace(/\.$/, '')) &&
    !TITLE_ABBREVIATIONS.has(given.lower.replace(/\.$/, '')) &&
    !isRoleNoun(given.lower) &&
    !ROLE_HEADS.has(given.lower) &&
    !ROLE_HEADS.has(given.lower.replace(/s$/, '')) &&
    !isOrganisationWord(given.lower) &&
    !isPlaceWord(given.lower) &&
    !isDemonym(given.lower) &&
    sentence.slice(given.end, tokens[index]!.start) === ' ' &&
    /^\s+\p{Ll}/u.test(sentence.slice(tokens[index]!.end))
  );
}
