import { countryOfWord } from '../../vocabulary/countries.js';
import { foldPartyWord, isPartyWord } from '../../vocabulary/parties.js';
import { isRoleNoun } from '../people/role-nouns.js';
import { tokenizeWords } from './person-locator.js';
import type { QuoteContext, Speaker } from './quote-context.js';

/** Whether a description's words agree with a person of the article: country, party, rank and post. */

/**
 * A nationality that counts people one by one ("an American", "a Briton", "the Spaniard"); the
 * adjectives in -ish, -ese, -ch and -ss stand for a whole people ("the British", "the Swiss").
 */
export function isNationalityNoun(word: string): boolean {
  const country = countryOfWord(word);
  return country !== undefined && country !== word && !/(?:ish|ese|ch|ss)$/.test(word);
}

/**
 * "the Conservative leader" of a Labour leader, "the French coach" of England's: another party
 * or country in the person's roles says the description means someone else.
 */
// Posts held on someone else's behalf: "the rapper's spokesman" is not the rapper.
const AGENT_POSTS = new Set(
  'spokesman spokeswoman spokesperson adviser advisor aide deputy assistant lawyer attorney agent representative solicitor barrister'.split(
    ' ',
  ),
);

// Words that make a post another one: the shadow foreign secretary is not the foreign secretary.
const RANK_WORDS = new Set(['shadow', 'deputy', 'vice', 'assistant', 'former', 'ex', 'acting', 'junior', 'under']);

/** Every post of the person's with the description's head carries a rank the description lacks. */
export function holdsLowerRank(
  context: QuoteContext,
  person: number,
  head: string,
  content: readonly string[],
): boolean {
  const posts = context.people[person]!.roles.map((role) => tokenizeWords(role.role.replace(/-/g, ' ')));
  const withHead = posts.filter((words) => words.includes(head));
  return (
    withHead.length > 0 &&
    withHead.every((words) => words.some((word) => RANK_WORDS.has(word) && !content.includes(word)))
  );
}

// A place in an order: "the top seed" is not the seventh seed.
const ORDINALS = new Map(
  Object.entries({
    top: 1,
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
  }),
);

/**
 * "said the top seed" of the seventh seed: every post of the person's with the description's head
 * is placed at another number in its order than the description's.
 */
export function holdsOtherPlace(context: QuoteContext, person: number, word: string, head: string): boolean {
  const place = ORDINALS.get(word);
  if (place === undefined) return false;
  const withHead = context.people[person]!.roles.map((role) => tokenizeWords(role.role)).filter((words) =>
    words.includes(head),
  );
  return (
    withHead.length > 0 &&
    withHead.every((words) => words.some((other) => ORDINALS.has(other) && ORDINALS.get(other) !== place))
  );
}

/** "the party spokesman" for a person the article gives another post ("party chairman"). */
export function namesOtherPost(context: QuoteContext, person: number, word: string, head: string): boolean {
  return word === head && AGENT_POSTS.has(word) && [...context.roleWords[person]!].some((role) => isRoleNoun(role));
}

export function contradicts(context: QuoteContext, person: number, word: string): boolean {
  const roles = [...context.roleWords[person]!];
  if (isPartyWord(word)) {
    const party = foldPartyWord(word);
    return roles.some((role) => isPartyWord(role) && foldPartyWord(role) !== party);
  }
  const country = countryOfWord(word);
  if (!country) return false;
  const stated = roles.map((role) => countryOfWord(role)).filter(Boolean);
  return stated.length > 0 && !stated.includes(country);
}

/**
 * The man in focus is "the official" or "the 30-year-old", but a party he is not stated to
 * belong to ("the Conservative leader" after paragraphs on the prime minister) is someone else.
 */
export function disagrees(context: QuoteContext, speaker: Speaker, word: string): boolean {
  if (speaker.person === undefined) return isPartyWord(word);
  if (contradicts(context, speaker.person, word)) return true;
  if (!isPartyWord(word)) return false;
  const party = foldPartyWord(word);
  const known = [...context.roleWords[speaker.person]!, ...context.contextWords[speaker.person]!];
  return !known.some((other) => foldPartyWord(other) === party);
}
