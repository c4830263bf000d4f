import type { Sentence } from '../../text/sentences.js';
import { isRelationRole } from '../people/relation-roles.js';
import { isRoleNoun } from '../people/role-nouns.js';
import { DOCUMENT_NOUNS } from './lexicon.js';
import { isObjectOfPreposition, MODIFIED_NOUNS, type PersonOccurrence } from './person-locator.js';

/**
 * A person whose thing opens a sentence ("Williams' track beat songs by ...") as the sentence's
 * subject, for the pronouns of its paragraph (findSentenceSubjects in quote-context.ts).
 */

const SENTENCE_OPENING = /^[\s"\u201c\u2018(]*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$/;
const POSSESSED_WORDS = /^['\u2019]s?((?:\s+\p{Ll}[\p{L}-]*){1,4})(\s+\p{Lu})?/u;
const FOLLOWED_BY_VERB = /^\s+(?:\p{Ll}+ed|has|had|was|is|will|would|could|can|said|says|told|added)\b/u;
// Where the possessed noun phrase ends: a preposition, a conjunction or a verb after it.
const PHRASE_ENDS = new Set(
  'at of in for on to with from by and or but is was has had have are were will would could can which that who'.split(
    ' ',
  ),
);

/**
 * "Williams' track beat songs by Will Young ... He told the audience": a person whose thing opens
 * the sentence is what it is about. Not when the thing is a person ("Smith's chief aide said",
 * "Smith's daughter Jane Doe said") or speaks for them ("Smith's spokesman").
 */
export function ownsOpeningThing(lead: string, after: string): boolean {
  const possessed = POSSESSED_WORDS.exec(after);
  if (!possessed || !SENTENCE_OPENING.test(lead)) return false;
  const words = possessed[1]!.trim().split(/\s+/);
  const end = words.findIndex((word) => PHRASE_ENDS.has(word));
  // "Scoggins' daughter Jane Doe said": a name straight after the noun is the person it is.
  if (end < 0 && possessed[2] !== undefined) return false;
  return words
    .slice(0, end < 0 ? words.length : end)
    .every(
      (word) => !isRoleNoun(word) && !isRelationRole(word) && !(MODIFIED_NOUNS.has(word) && !DOCUMENT_NOUNS.has(word)),
    );
}

/**
 * Whether anyone else the sentence names may be its subject: not after a preposition ("songs by
 * Will Young"), unless a verb follows ("at Carrow Road and Keegan sympathised").
 */
export function namesOtherSubject(
  text: string,
  sentence: Sentence,
  list: readonly PersonOccurrence[],
  owner: PersonOccurrence,
): boolean {
  return list.some(
    (other) =>
      other !== owner &&
      other.start >= sentence.start &&
      other.start < sentence.end &&
      (!isObjectOfPreposition(text, other.start) || FOLLOWED_BY_VERB.test(text.slice(other.end, other.end + 20))),
  );
}
