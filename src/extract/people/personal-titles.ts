import { isKnownCommonWord, isKnownNonPersonWord, isPlaceWord } from './lexicon.js';
import type { Token } from './tokens.js';

/** Titles a person holds and a business never does (a business can be a leader, partner or maker). */
const PERSONAL_TITLE_HEADS = new Set([
  'champion',
  'medallist',
  'medalist',
  'finalist',
  'winner',
  'runner-up',
  'investor',
  'financier',
  'star',
]);

/**
 * "world indoor champion Savante Stringfellow": a title only people hold, before two words no
 * lexicon knows as anything (no common word, place or body), names a person, though neither is a
 * listed name ("market leader Mengniu Dairy" is a firm's title).
 */
export function namesPersonByTitle(titles: readonly string[], nameTokens: readonly Token[]): boolean {
  return (
    nameTokens.length === 2 &&
    titles.some((title) => PERSONAL_TITLE_HEADS.has(title.toLowerCase().split(/\s+/).pop() ?? '')) &&
    nameTokens.every(
      (token) => !isKnownCommonWord(token.lower) && !isPlaceWord(token.lower) && !isKnownNonPersonWord(token.lower),
    )
  );
}
