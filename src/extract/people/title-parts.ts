import {
  isCountry,
  isKnownCommonWord,
  isKnownFirstName,
  isKnownNonPersonWord,
  isOrganisationWord,
  isPlacePair,
  isPlaceWord,
  RANK_PHRASES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  TITLE_ABBREVIATIONS,
} from './lexicon.js';
import { isRoleNoun } from './role-nouns.js';
import type { Token } from './tokens.js';

/**
 * The parts of a title before a name: its head noun, its ranks and its "of" complement. A
 * lower-case head may be any role noun ("hooker", "fiction buyer"); a capitalised one only a
 * known title, since surnames are made like role nouns (Baker, Turner, Fisher).
 */
export function isHead(token: Token): boolean {
  if (token.possessive) return false;
  if (ROLE_HEADS.has(token.lower)) return true;
  if (isTitleAbbreviation(token)) return true;
  if (!token.capitalised && !token.allCaps && (isRoleNoun(token.lower) || POSITION_HEADS.has(token.lower))) return true;
  // "Minister-designate", "president-elect"; "Vice-Premier", "Deputy-Mayor": a rank joined to a
  // title by a hyphen is a title whatever the name after it.
  const designate = /^(.+)-(?:designate|elect|nominate)$/.exec(token.lower);
  if (designate) return ROLE_HEADS.has(designate[1]!);
  // "Vice-Premiers X and Y": the plural too, which coordinated names share.
  const ranked = HYPHENATED_RANK.exec(token.lower);
  return ranked !== null && (ROLE_HEADS.has(ranked[1]!) || ROLE_HEADS.has(ranked[1]!.replace(/s$/, '')));
}

/**
 * "Scotland international X", "a former England Under-21 international", "rugby league
 * international": a player of a national side, when a side names it and nothing follows
 * ("an international shipping firm", "the international Kelford index" are no post).
 */
export function isCappedPlayer(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.lower !== 'international' || token.capitalised) return false;
  const previous = tokens[index - 1];
  const side = previous !== undefined && (previous.capitalised || SIDE_WORDS.has(previous.lower));
  const next = tokens[index + 1];
  return side && !(next !== undefined && !next.capitalised && /^\p{Ll}/u.test(next.text));
}

const SIDE_WORDS = new Set(['league', 'union', 'youth', 'schoolboy', 'amateur']);

/**
 * Positions on a team that are also common nouns: a title only in lower case and with no "of"
 * after it ("Wales wing X", "Kelford centre X"; not "at the centre of the X row", "the
 * youth wing of").
 */
export const POSITION_HEADS = new Set(['centre', 'center', 'wing']);

const HYPHENATED_RANK = /^(?:vice|deputy|co|acting|assistant)-(.+)$/;

/** Role nouns that are also names or common words when capitalised: "Dean Witter", "Head Office". */
export const LOWER_CASE_ONLY_HEADS = new Set([
  'dean',
  'walker',
  'star',
  'head',
  'chair',
  'partner',
  'member',
  'forward',
  'winger',
  'champion',
  'winner',
  'father',
  'mother',
  'son',
  'daughter',
  'brother',
  'sister',
  'wife',
  'husband',
  'heir',
  'crown',
  'major',
  'marshal',
  'justice',
  'principal',
]);

/** Role nouns that are also surnames. */
export const SURNAME_HEADS = new Set([
  'king',
  'walker',
  'prince',
  'major',
  'dean',
  'marshal',
  'bishop',
  'cardinal',
  'pope',
  'judge',
  'mayor',
  'chancellor',
  'sheikh',
  'baker',
  'general',
  'speaker',
  'partner',
  'brother',
  'son',
  'lord',
  'earl',
  'duke',
  'star',
  'head',
  'player',
  'singer',
  'writer',
  'author',
  'editor',
  'doctor',
  'clerk',
  'dealer',
  'trader',
  'broker',
  'banker',
  'coach',
  'captain',
  'deputy',
]);

/** Role nouns that are adjectives in lower case: "a major Manchester venue", "the general Chrysler view". */
export const ADJECTIVE_HEADS = new Set(['major', 'general', 'principal', 'star', 'head', 'chair', 'justice']);

function rankLengthAt(tokens: Token[], end: number, start: number): number {
  // "chairman Rep. Jack Brooks", "Lt. Col. Oliver North": abbreviated ranks stack as one.
  let abbreviated = 0;
  while (end - abbreviated >= start && isTitleAbbreviation(tokens[end - abbreviated]!)) abbreviated++;
  if (abbreviated > 0) return abbreviated;
  for (const rank of RANK_PHRASES) {
    const first = end - rank.length + 1;
    if (first < start) continue;
    if (rank.every((word, offset) => tokens[first + offset]!.lower === word)) return rank.length;
  }
  return 0;
}

function isTitleAbbreviation(token: Token): boolean {
  return token.capitalised && TITLE_ABBREVIATIONS.has(token.lower);
}

/** Splits "Iranian Defense Minister Brigadier General" into its separate roles. */
export function splitTitle(tokens: Token[], start: number, end: number): Array<[number, number]> {
  const roles: Array<[number, number]> = [];
  let last = end;
  while (last >= start) {
    const rankLength = rankLengthAt(tokens, last, start);
    if (rankLength === 0) break;
    // "Secretary General", "Attorney General": the rank word completes the title before it.
    if (rankLength === 1 && tokens[last]!.lower === 'general' && last > start && isHead(tokens[last - 1]!)) break;
    roles.unshift([last - rankLength + 1, last]);
    last -= rankLength;
  }
  // "Former Chelsea captain": words with no head of their own before a rank word qualify it.
  // Not a capitalised peerage ("Tory Lord X", "Sacha Baron Cohen"), a title of its own.
  const rank = roles[0] ? tokens[roles[0][0]]! : undefined;
  const peerage = rank !== undefined && rank.capitalised && PEERAGE_RANKS.has(rank.lower);
  if (last >= start && roles.length > 0 && !peerage && !tokens.slice(start, last + 1).some(isHead)) {
    roles[0] = [start, roles[0]![1]];
    return roles;
  }
  if (last >= start) {
    // "her grandson Prince William": a relation and the title after it are two roles.
    const kin = tokens
      .slice(start, last)
      .findIndex((token, offset) => KIN.has(token.lower) && tokens[start + offset + 1]!.capitalised);
    if (kin >= 0) roles.unshift([start, start + kin], [start + kin + 1, last]);
    else roles.unshift([start, last]);
  }
  return roles;
}

const PEERAGE_RANKS = new Set([
  'lord',
  'lady',
  'baron',
  'baroness',
  'earl',
  'duke',
  'viscount',
  'countess',
  'marquess',
]);

const KIN = new Set(
  'son daughter grandson granddaughter wife husband brother sister father mother nephew niece cousin uncle aunt widow'.split(
    ' ',
  ),
);

/** After "Minister of", the words that still belong to the title ("Intelligence", "the Exchequer"). */
const SAINT_PREFIXES = new Set(['st', 'saint', 'ste']);

export function complementEnd(tokens: Token[], ofIndex: number, chainEnd: number): number {
  let index = ofIndex;
  while (index + 1 <= chainEnd) {
    const token = tokens[index + 1]!;
    const remaining = chainEnd - index;
    const titleLike =
      ['of', 'the', 'and', 'for'].includes(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      isOrganisationWord(token.lower) ||
      isPlaceWord(token.lower) ||
      isCountry(token.lower) ||
      isKnownNonPersonWord(token.lower) ||
      token.possessive ||
      token.allCaps ||
      // "the University of St Andrews": the word after a saint's abbreviation is the place's.
      SAINT_PREFIXES.has(tokens[index]!.lower) ||
      // "founder of Kelford's Holvane Republic": a possessive's noun is the complement's, never a name.
      (index > ofIndex && tokens[index]!.possessive) ||
      // "the Federation of Hong Kong Industry": the second word of a place's name is the place's.
      isPlacePair(tokens[index]!.lower, token.lower) ||
      (isKnownCommonWord(token.lower) && !isKnownFirstName(token.lower));
    if (remaining <= 1 && !titleLike) break;
    if (!titleLike && (remaining <= 2 || isKnownFirstName(token.lower))) break;
    index++;
  }
  return index;
}
