import { isNameWord } from './chains.js';
import { isCountryOrCity, isOrganisationWord, isPlaceWord } from './lexicon.js';
import { gapBetween, type Token } from './tokens.js';

// Roles that are a body someone belongs to or runs, named as the sentence names it.

/** A slice of the sentence (appositives.ts's RoleSpan without its flags). */
interface BodySpan {
  start: number;
  end: number;
}

/** Words that join a role to its complement; after "runs the", one of them means a place follows. */
export const COMPLEMENT_WORDS = new Set(['of', 'the', 'for', 'to', 'at', 'with', 'from', 'by', 'in', 'on']);

const HEADING_VERBS = new Set(['runs', 'heads', 'leads', 'chairs', 'founded', 'co-founded', 'manages', 'directs']);

/**
 * "Forrest Jones runs the start-up Beechmont Hotels Corporation": a verb of running a body and
 * the body's name, as the sentence has them, say what someone does as a title would.
 */
export function readHeadedBody(sentence: string, tokens: Token[], nameEnd: number): BodySpan | null {
  const verb = tokens[nameEnd + 1];
  if (!verb || !HEADING_VERBS.has(verb.lower) || gapBetween(sentence, tokens[nameEnd]!, verb) !== '') return null;
  let at = nameEnd + 2;
  if (['the', 'a', 'an', 'his', 'her'].includes(tokens[at]?.lower ?? '')) at++;
  // Up to two words for the kind of body: "the start-up", "the hotel group".
  for (let words = 0; words < 2 && tokens[at] && !tokens[at]!.capitalised; words++) {
    // "runs the race in New York": a place after a preposition is no body run.
    if (COMPLEMENT_WORDS.has(tokens[at]!.lower)) return null;
    at++;
  }
  const first = tokens[at];
  if (!first?.capitalised || isNameWord(first) === false) return null;
  let end = at;
  while (
    tokens[end + 1] &&
    gapBetween(sentence, tokens[end]!, tokens[end + 1]!) === '' &&
    (tokens[end + 1]!.capitalised ||
      (['of', '&', 'and'].includes(tokens[end + 1]!.lower) && tokens[end + 2]?.capitalised))
  )
    end++;
  // A body's name has two words at least, or a word of a body ("Corporation", "Agency").
  if (end === at && !isOrganisationWord(first.lower)) return null;
  return { start: verb.start, end: tokens[end]!.end };
}

/**
 * "John Moore-Gillon, of the British Lung Foundation, said": membership of a body, the body's
 * capitalised name being the role (an "of" before anything else is no affiliation).
 */
export function readAffiliation(kept: Token[], bodyFirst = false): BodySpan | null {
  if (!bodyFirst && kept[0]?.lower !== 'of') return null;
  let first = bodyFirst ? 0 : 1;
  if (kept[first]?.lower === 'the') first++;
  // "of Columbia University's brain institute in New York": where the body is ends the body.
  const where = kept.findIndex((token, index) => index > first && ['in', 'at', 'near'].includes(token.lower));
  const body = kept.slice(first, where > 0 ? where : kept.length);
  const isBody =
    body.length > 0 &&
    (body[0]!.capitalised || body[0]!.allCaps) &&
    body.every(
      (token) =>
        token.capitalised || token.allCaps || token.initial || ['of', 'the', 'and', 'for', '&'].includes(token.lower),
    );
  // "Jane Smith, of Chicago,": where someone lives is no affiliation.
  if (!isBody || body.every((token) => isCountryOrCity(token.lower) || isPlaceWord(token.lower))) return null;
  return { start: body[0]!.start, end: body[body.length - 1]!.end };
}
