import type { RoleMention, TextLocation } from '../types.js';
import { isKnownFirstName, isOrganisationWord } from './lexicon.js';
import { isUndottedInitials, lastWordOf, opensSentence, opensWithGivenName, withoutGeneration } from './name-forms.js';
import type { NameCandidate } from './name-candidates.js';
import { ADJECTIVE_COMPOUND } from './role-nouns.js';
import { nameWords } from './role-words.js';
import { joinedBySpace, type Token } from './tokens.js';

/** A person being assembled from one article's sentences. */
export interface PersonDraft {
  words: string[];
  variants: Set<string>;
  roles: RoleMention[];
  mentions: Array<TextLocation & { ordinal: number }>;
  /** The last word of the name as written, to skip sentences that cannot name the person. */
  surnameText: string;
  /** The first word as written, when it may be a family name written first ("Tang Wuhao ... Tang said"). */
  leadText?: string;
  /** Some naming had firm evidence (a title, a known first name, a role, speech), not only compromise's guess. */
  strong: boolean;
  /** Every naming still waits for compromise's verdict. */
  pending: boolean;
  /** The name the article uses most of two it gives ("Kel-D, real name Omar Haddad"). */
  alias?: string;
}

export interface LocatedCandidate extends TextLocation {
  candidate: NameCandidate;
  ordinal: number;
}

function endsWith(words: string[], suffix: string[]): boolean {
  if (suffix.length > words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((word, index) => words[offset + index] === word);
}

/**
 * Groups the names of one article into persons: full names first, then shorter forms join the
 * full name they end with ("Rahmani Fazli" and "Fazli" join "Abdolreza Rahmani Fazli"), the most
 * recently named one when two full names share a surname.
 */
export function groupCandidates(located: LocatedCandidate[]): PersonDraft[] {
  const persons: PersonDraft[] = [];
  const ordered = [...located].sort(
    (left, right) => right.candidate.words - left.candidate.words || left.ordinal - right.ordinal,
  );
  for (const entry of ordered) {
    const words = nameWords(entry.candidate.name);
    if (words.length === 0) continue;
    let matches = persons.filter(
      (person) =>
        endsWith(person.words, words) ||
        endsWith(withoutGeneration(person.words), words) ||
        // Only a firmly named person: "Presidents George W Bush, Bill Clinton, George Bush" are two.
        (words.length > 1 && person.strong && endsWith(withoutMiddleInitials(person.words), words)),
    );
    if (matches.length === 0 && words.length === 1) matches = misspeltSurnameOwners(persons, words[0]!);
    if (matches.length === 0 && words.length === 1) matches = familyNameFirstOwners(persons, words[0]!);
    const firstNameOnly =
      words.length === 1 && persons.some((person) => person.words.length > 1 && person.words[0] === words[0]);
    if (matches.length === 0 && (firstNameOnly || entry.candidate.attachOnly)) continue;
    let person = matches.length === 1 ? matches[0] : nearestBefore(matches, entry.ordinal);
    if (!person) {
      person = {
        words,
        variants: new Set(),
        roles: [],
        mentions: [],
        strong: false,
        pending: true,
        surnameText: lastWordOf(entry.candidate.name),
        leadText: words.length > 1 && !isKnownFirstName(words[0]!) ? entry.candidate.name.split(/\s+/)[0] : undefined,
      };
      persons.push(person);
    }
    person.variants.add(entry.candidate.name);
    person.strong ||= entry.candidate.strong;
    person.pending &&= entry.candidate.pending;
    person.mentions.push({ paragraph: entry.paragraph, sentence: entry.sentence, ordinal: entry.ordinal });
    for (const role of entry.candidate.roles)
      person.roles.push({ role, paragraph: entry.paragraph, sentence: entry.sentence });
  }
  return persons;
}

/** "Boyd L. Jefferies" as "Boyd Jefferies" names him: the single letters between first and last word left out. */
function withoutMiddleInitials(words: string[]): string[] {
  return words.filter((word, index) => index === 0 || index === words.length - 1 || word.length > 1);
}

// Below this length two surnames a doubled letter apart are as likely two names ("Hall", "Hal").
const MIN_MISSPELT_LENGTH = 5;

/**
 * "Jacques Barrot ... said Mr Barot": a lone surname the article spells once with a letter
 * doubled or undoubled is the one full name whose surname it then matches, when only one does.
 */
function misspeltSurnameOwners(persons: PersonDraft[], word: string): PersonDraft[] {
  if (word.length < MIN_MISSPELT_LENGTH) return [];
  const key = undoubled(word);
  const owners = persons.filter((person) => {
    const surname = person.words[person.words.length - 1]!;
    return person.words.length > 1 && surname !== word && undoubled(surname) === key;
  });
  return owners.length === 1 ? owners : [];
}

/**
 * "Vice-Premier Tang Wuhao said ... Tang told reporters": a lone word no full name ends with but
 * exactly one begins with, and that is no known given name, is that person's family name written
 * first, as Chinese and Korean names are. A known given name alone ("Tony") is left unlinked.
 */
export function familyNameFirstOwners(persons: readonly PersonDraft[], word: string): PersonDraft[] {
  if (isKnownFirstName(word)) return [];
  // Only a firmly named person ("Vice-Premier X Y"): "Kelford" alone after "Kelford Museum" is the museum.
  const owners = persons.filter((person) => person.strong && person.words.length > 1 && person.words[0] === word);
  return owners.length === 1 ? owners : [];
}

function undoubled(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

function nearestBefore(persons: PersonDraft[], ordinal: number): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestOrdinal = -Infinity;
  for (const person of persons) {
    for (const mention of person.mentions) {
      if (mention.ordinal <= ordinal && mention.ordinal > bestOrdinal) {
        best = person;
        bestOrdinal = mention.ordinal;
      }
    }
  }
  return best ?? persons[0];
}

/**
 * Finds every later naming of the persons in a sentence: the full name or the surname alone
 * ("Shamkhani explained"), skipping a surname that belongs to a different full name
 * ("Saddam Hussein" when the article's person is Fuad Hussein).
 */
export function scanMentions(
  persons: PersonDraft[],
  sentence: string,
  tokens: Token[],
  location: TextLocation & { ordinal: number },
): PersonDraft[] {
  const found: PersonDraft[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.capitalised) continue;
    const tokenWords = nameWords(token.text);
    if (tokenWords.length === 0) continue;
    let owners = persons.filter(
      (person) => endsWith(person.words, tokenWords) || endsWith(withoutGeneration(person.words), tokenWords),
    );
    // The family name written first, standing alone: not the start of a name ("Free Kelwin Day").
    const next = tokens[index + 1];
    if (owners.length === 0 && tokenWords.length === 1 && !(next?.capitalised && joinedBySpace(sentence, token, next)))
      owners = familyNameFirstOwners(persons, tokenWords[0]!);
    if (owners.length === 0) continue;
    if (
      next &&
      next.capitalised &&
      isOrganisationWord(next.lower) &&
      sentence.slice(token.end, next.start).trim() === ''
    )
      continue;
    const withFullName = owners.find((person) => matchesBackwards(person.words, sentence, tokens, index));
    const previous = tokens[index - 1];
    // "JK Rowling's fifth book" after "Rowling said": two capitals before the surname are initials.
    // "Rio Ferdinand has said" opening the story of "said Ferdinand": a capitalised word that opens
    // the sentence, and is no function word, verb, post or place, is the given name of the one
    // person the article knows by the surname alone.
    const initialled =
      !withFullName &&
      previous !== undefined &&
      (isUndottedInitials(sentence, previous, token) || opensWithGivenName(sentence, tokens, index))
        ? owners.find((person) => person.words.length === 1)
        : undefined;
    const foreignFirstName =
      !withFullName &&
      !initialled &&
      previous !== undefined &&
      previous.capitalised &&
      // "Manchester United's Brown": a possessor is no other first name.
      !previous.possessive &&
      !ADJECTIVE_COMPOUND.test(previous.lower) &&
      !opensSentence(previous, index - 1) &&
      previous.end + 1 === token.start &&
      !owners.some((person) => person.words.includes(nameWords(previous.text)[0] ?? ''));
    if (foreignFirstName) continue;
    const person =
      withFullName ?? initialled ?? (owners.length === 1 ? owners[0]! : nearestBefore(owners, location.ordinal)!);
    const startIndex = withFullName ? index - withFullName.words.length + 1 : initialled ? index - 1 : index;
    const variantEnd = token.possessive ? token.start + token.text.length : token.end;
    person.variants.add(sentence.slice(tokens[startIndex]!.start, variantEnd));
    if (!person.mentions.some((mention) => mention.ordinal === location.ordinal)) person.mentions.push({ ...location });
    found.push(person);
  }
  return found;
}

// "Martin (Campbell)": words apart by more than spaces are no written full name, only the surname.
function matchesBackwards(words: string[], sentence: string, tokens: Token[], endIndex: number): boolean {
  if (words.length < 2) return false;
  const startIndex = endIndex - words.length + 1;
  if (startIndex < 0) return false;
  return words.every(
    (word, offset) =>
      nameWords(tokens[startIndex + offset]!.text)[0] === word &&
      (offset === 0 || joinedBySpace(sentence, tokens[startIndex + offset - 1]!, tokens[startIndex + offset]!)),
  );
}
