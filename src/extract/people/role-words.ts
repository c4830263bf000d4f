import { COUNTRY_KEYS, countryOfWord, joinCountryPhrases } from '../../vocabulary/countries.js';
import { foldPartyWord, partiesIn } from '../../vocabulary/parties.js';
import { ROLE_HEADS } from './lexicon.js';

/**
 * Comparable words of a role or a name: lower case, no accents, possessives dropped, nationality
 * adjectives mapped to their country and British/American spellings merged, so that "Iran's
 * defence minister" and "Iranian Defense Minister" give the same words.
 */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'at',
  'for',
  'and',
  'his',
  'her',
  'its',
  'their',
  'to',
  'on',
  'who',
  'is',
  'was',
  'as',
  'serves',
  'served',
  'with',
  'from',
  'by',
]);

const SPELLINGS = new Map<string, string>([
  ['defence', 'defense'],
  ['organisation', 'organization'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'],
  ['chair', 'chairman'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['spokesmen', 'spokesman'],
  ['ministers', 'minister'],
  ['officials', 'official'],
  ['analysts', 'analyst'],
  ['economists', 'economist'],
  ['advisor', 'adviser'],
  ['ceo', 'chief executive'],
  ['prime', 'prime'],
  ['premier', 'prime minister'],
  ['secretary-general', 'secretary general'],
  ['vice-president', 'vice president'],
  ['vice-chairman', 'vice chairman'],
  ['director-general', 'director general'],
]);

export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function normaliseWord(word: string): string[] {
  // A multi-word country was joined with underscores: it stays one word, its key.
  if (word.includes('_')) return [word.replace(/_/g, ' ')];
  const lower = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  const bare = lower.replace(/\./g, '');
  const country = countryOfWord(lower) ?? countryOfWord(bare) ?? countryOfWord(`${lower}.`);
  if (country) return [country];
  return (SPELLINGS.get(bare) ?? foldPartyWord(bare)).split(' ');
}

/** Whether a word of `roleWords` is a country: "iran", "new zealand". */
export function isCountryWord(word: string): boolean {
  return COUNTRY_KEYS.has(word);
}

/** The comparable content words of a role phrase or a question about a role. */
export function roleWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of joinCountryPhrases(foldAccents(text).toLowerCase()).split(/[\s,;:()<>"“”]+/)) {
    if (!raw) continue;
    for (const word of normaliseWord(raw)) {
      if (word && !FILLER.has(word)) words.push(word);
    }
  }
  return words;
}

/** The noun a role is about ("minister" in "Minister of Intelligence"), after spelling folding. */
export function roleHead(text: string): string | null {
  const beforeComplement = text.split(/\s(?:of|at|in|for|to|with|from)\s/i)[0] ?? text;
  const words = beforeComplement.split(/\s+/).reverse();
  for (const raw of words) {
    const lower = foldAccents(raw)
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[^a-z-]/g, '');
    if (ROLE_HEADS.has(lower)) return (SPELLINGS.get(lower) ?? lower).split(' ').pop() ?? lower;
  }
  return null;
}

/** The comparable words of a name: "Rahmani-Fazli" and "Rahmani Fazli" give the same words. */
export function nameWords(name: string): string[] {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Words that make a post another one: the shadow foreign secretary is not the foreign secretary,
// nor the deputy prime minister the prime minister.
const RANK_WORDS = ['shadow', 'deputy', 'vice', 'assistant', 'former', 'ex', 'acting', 'junior', 'under'];

function rankOf(role: string): string {
  const words = nameWords(role.replace(/-/g, ' '));
  return RANK_WORDS.filter((word) => words.includes(word)).join(' ');
}

// Ranks that make another office whatever is asked: a vice president is no president.
const OTHER_OFFICE_RANKS = new Set(['shadow', 'vice', 'former', 'ex']);

/**
 * A role's words hold a rank the asked words lack. The assistant chief constable is not the chief
 * constable, nor a vice president the president; but a post asked by its bare head ("the bank's
 * manager") may be held at a deputy's or an assistant's rank ("deputy general manager").
 */
export function holdsRankNotAsked(asked: readonly string[], form: readonly string[], titleWords: number): boolean {
  return RANK_WORDS.some(
    (word) => form.includes(word) && !asked.includes(word) && (OTHER_OFFICE_RANKS.has(word) || titleWords > 1),
  );
}

/**
 * How many words a description shares with a stated role; 0 when their heads differ (a minister is
 * never a chairman), or the description names a party the role does not (the Scottish
 * Conservative leader is not the Scottish National Party's).
 */
export function roleAgreement(description: string, role: string): number {
  if (rankOf(description) !== rankOf(role)) return 0;
  const parties = partiesIn(nameWords(description));
  const stated = new Set(nameWords(role).map(foldPartyWord));
  if (parties.length > 0 && !parties.some((party) => stated.has(party))) return 0;
  return sharedWords(description, role);
}

/** "the prime minister" beside "Deputy Prime Minister": the same post but for its rank, so another holder's. */
export function agreesButForRank(left: string, right: string): boolean {
  return rankOf(left) !== rankOf(right) && sharedWords(left, right) > 0;
}

function sharedWords(left: string, right: string): number {
  const leftHead = roleHead(left);
  const rightHead = roleHead(right);
  if (leftHead && rightHead && leftHead !== rightHead) return 0;
  const leftWords = roleWords(left);
  const rightWords = roleWords(right);
  const rightSet = new Set(rightWords);
  let shared = 0;
  for (const word of new Set(leftWords)) if (rightSet.has(word)) shared++;
  // "the ex-sales chief" and "marketing chief" share only their head: two posts, not one.
  const leftKinds = kindWords(leftWords, leftHead);
  const rightKinds = kindWords(rightWords, rightHead);
  if (leftKinds.length > 0 && rightKinds.length > 0 && !leftKinds.some((word) => rightKinds.includes(word))) return 0;
  return shared;
}

/**
 * A role's words but for its head, ranks ("former", "deputy") and places in an order ("top
 * seed", "number two", which tell holders of one kind of post apart): what kind of post it is, and whose.
 */
function kindWords(words: readonly string[], head: string | null): string[] {
  return words
    .flatMap((word) => word.split('-'))
    .filter((word) => word !== head && !RANK_WORDS.includes(word) && !PLACE_IN_ORDER.test(word));
}

// Not "first", which is part of a post's name ("First Minister").
const PLACE_IN_ORDER = /^(?:top|number|no|\d+(?:st|nd|rd|th)?)$/;

/** Two roles name different countries ("Iraqi" vs "Iranian"): they cannot be the same post. */
export function rolesConflictOnCountry(left: string, right: string): boolean {
  const leftCountries = roleWords(left).filter(isCountryWord);
  const rightCountries = roleWords(right).filter(isCountryWord);
  if (leftCountries.length === 0 || rightCountries.length === 0) return false;
  return !leftCountries.some((country) => rightCountries.includes(country));
}
