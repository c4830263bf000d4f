import { foldPartyWord } from '../../vocabulary/parties.js';
import { ROLE_MODIFIERS } from '../people/lexicon.js';
import { ADJECTIVE_COMPOUND, isRoleNoun } from '../people/role-nouns.js';
import type { PersonMention } from '../types.js';
import { DOCUMENT_NOUNS, OBJECT_PREPOSITIONS, ORGANIZATION_NOUNS } from './lexicon.js';

/** One place a person's name (any variant) stands in a paragraph. */
export interface PersonOccurrence {
  person: number;
  paragraph: number;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !LETTER.test(text[index]!);
}

/** Finds every whole-word occurrence of `needle` in `text`. */
export function findWord(text: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let index = text.indexOf(needle, from);
  while (index >= 0) {
    if (isWordBoundary(text, index - 1) && isWordBoundary(text, index + needle.length)) found.push(index);
    index = text.indexOf(needle, index + 1);
  }
  return found;
}

/** Every occurrence of every person, longest variant winning where two overlap ("Ali Shamkhani" over "Shamkhani"). */
export function locatePeople(paragraphs: readonly string[], people: readonly PersonMention[]): PersonOccurrence[] {
  const occurrences: PersonOccurrence[] = [];
  paragraphs.forEach((text, paragraph) => {
    const found: PersonOccurrence[] = [];
    people.forEach((person, index) => {
      for (const variant of new Set([person.name, ...person.variants])) {
        for (const start of findWord(text, variant)) {
          found.push({ person: index, paragraph, start, end: start + variant.length });
        }
      }
    });
    // A surname two people share ("Parata" for a father and his son) is the one the people
    // extractor linked in this paragraph, not whoever is listed first.
    const linkedHere = (occurrence: PersonOccurrence): number =>
      people[occurrence.person]!.mentions.some((mention) => mention.paragraph === paragraph) ? 0 : 1;
    found.sort((a, b) => a.start - b.start || b.end - a.end || linkedHere(a) - linkedHere(b));
    let reach = -1;
    for (const occurrence of found) {
      if (occurrence.start < reach) continue;
      occurrences.push(occurrence);
      reach = occurrence.end;
    }
  });
  return occurrences;
}

const PHRASE_BREAKS = new Set([',', ';', ':', '.', '(', ')', '\u2014', '\u2013']);

/**
 * True when the name stands as the object of a preposition ("a meeting with Foreign Minister X",
 * "his Russian counterpart X"): such a name is not who speaks. Title words in front of the name
 * are skipped before the test.
 */
export function isObjectOfPreposition(text: string, start: number): boolean {
  // A comma or other break ends the phrase the name belongs to.
  let from = start;
  while (from > 0 && start - from < 80 && !PHRASE_BREAKS.has(text[from - 1]!)) from--;
  const before = text.slice(from, start);
  const words = before.split(/[^\p{L}\p{N}'\u2019.-]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const lower = word.toLowerCase().replace(/['\u2019]s$/, '');
    // A capitalised "On Monday" or "In Tehran" opens the sentence: the name after it is its subject.
    // "according to X" names the source, who may well speak next.
    if (lower === 'to' && words[i - 1]?.toLowerCase() === 'according') return false;
    // "committee member and Tory MP X": "and" between two titles of one person joins them.
    if (lower === 'and' && i > 0 && /^\p{Ll}/u.test(words[i - 1]!) && isRoleNoun(words[i - 1]!.toLowerCase())) continue;
    if (OBJECT_PREPOSITIONS.has(lower)) return /^\p{Ll}/u.test(word);
    if (/^[\p{Lu}]/u.test(word) || /['\u2019]s$/.test(word)) continue;
    // "proposed by shadow chancellor X": a title in lower case belongs to the name it precedes.
    // "from 22-year-old student X", "by Paris-based lawyer X": compound adjectives qualify the name too.
    if (isRoleNoun(lower) || ROLE_MODIFIERS.has(lower) || ADJECTIVE_COMPOUND.test(lower)) continue;
    // "of the James Marshall Hendrix Foundation": the article belongs to the preposition's object.
    if (lower === 'the' || lower === 'a' || lower === 'an') continue;
    // "talking to Real Madrid sporting director X": a participle qualifying the title's head is part of it.
    if (/ing$/.test(lower) && i + 1 < words.length && isRoleNoun(words[i + 1]!.toLowerCase())) continue;
    return false;
  }
  return false;
}

/** Words near each of the person's occurrences: titles and appositives that describe them. */
export function collectContextWords(
  paragraphs: readonly string[],
  occurrences: readonly PersonOccurrence[],
  personCount: number,
): Array<Set<string>> {
  const context = Array.from({ length: personCount }, () => new Set<string>());
  let previous: PersonOccurrence | null = null;
  for (const occurrence of occurrences) {
    const text = paragraphs[occurrence.paragraph]!;
    // Titles before a name stop at the previous name: "Chrysler Chairman X met analyst Y".
    const floor = previous && previous.paragraph === occurrence.paragraph ? previous.end : 0;
    previous = occurrence;
    const before = text.slice(Math.max(floor, occurrence.start - 60), occurrence.start);
    const after = text.slice(occurrence.end, occurrence.end + 50);
    const window = `${lastClause(before)} ${firstClause(after)}`;
    for (const word of tokenizeWords(window)) context[occurrence.person]!.add(word);
  }
  return context;
}

function lastClause(text: string): string {
  const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('"'), text.lastIndexOf('\u201c'));
  const clause = cut >= 0 ? text.slice(cut + 1) : text;
  // "The prime minister said Mr Haddad now saw": the words before a speech verb describe
  // whoever said it, not the name the verb's clause is about.
  // "the chancellor must dismiss Mr Haddad": nor are the words before a modal or an auxiliary,
  // the subject of a verb whose object the name is; a title holds no such verb.
  const verbs = [...clause.matchAll(SPEECH_VERB_BEFORE), ...clause.matchAll(AUXILIARY_BEFORE)];
  const end = Math.max(-1, ...verbs.map((verb) => verb.index + verb[0].length));
  const words = end >= 0 ? clause.slice(end) : clause;
  // "blamed the chancellor and Mr Haddad": the words before "and" are the other person's.
  return COORDINATED.test(words) ? '' : words;
}

const SPEECH_VERB_BEFORE = /\b(?:said|says|told|tells|added|adds|warned|argued|insisted|believes|thinks)\b/g;
const COORDINATED = /\b(?:and|or)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;
const AUXILIARY_BEFORE = /\b(?:should|would|could|will|must|might|can|shall|did|does|has|have|had)\b/g;

function firstClause(text: string): string {
  // An appositive after the name: ", Iran's interior minister," ends at the next comma.
  const match = /^\s*,([^,.;]{0,50})[,.;]/.exec(text);
  return match ? match[1]! : '';
}

/** Lower-case word tokens, splitting off possessive endings. */
export function tokenizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Loose match for adjective and noun forms of one word ("Iranian"/"Iran", "minister"/"ministers"). */
export function wordsAgree(left: string, right: string): boolean {
  if (left === right) return true;
  if (foldPartyWord(left) === foldPartyWord(right)) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return short.length >= 4 && long.startsWith(short);
}

export const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS,
  ...ORGANIZATION_NOUNS,
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'camp',
  'lawyer',
  'lawyers',
  'allies',
  'supporters',
  'family',
]);

/**
 * "the Kok report", "the Reagan administration", "Mr Kok's report": the name only modifies the
 * noun after it, so it is neither the speaker nor the sentence's subject.
 */
export function isNameModifier(after: string): boolean {
  if (/^['\u2019]s?\s+\p{L}/u.test(after)) return true;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  return next !== null && MODIFIED_NOUNS.has(next[1]!);
}
