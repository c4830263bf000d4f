import nlp from 'compromise';
import { isKnownFirstName, isPlacePair, ROLE_MODIFIERS, SENTENCE_WORDS } from './lexicon.js';
import { joinedBySpace, type Token } from './tokens.js';

export function startsCapitalisedName(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised && !token.possessive && !SENTENCE_WORDS.has(token.lower);
}

/** The first word of a possessor that runs over several capitalised words ("Plaid Cymru's"). */
export function extendPossessor(sentence: string, tokens: readonly Token[], possessive: number): number {
  let start = possessive;
  for (let index = possessive - 1; index >= 0 && possessive - index < 3; index--) {
    const token = tokens[index]!;
    if (!joinedBySpace(sentence, token, tokens[index + 1]!)) break;
    // "New York's top law officer": "New" opens the place's name, not the sentence.
    const place = isPlacePair(token.lower, tokens[index + 1]!.lower);
    if (
      !token.capitalised ||
      token.possessive ||
      (SENTENCE_WORDS.has(token.lower) && !place) ||
      (isKnownFirstName(token.lower) && !place)
    )
      break;
    start = index;
  }
  return start;
}

const verbsAfterTo = new Map<string, boolean>();

/** "hopes to sign striker X": a word compromise reads as a verb after "to", unless a title's own ("finance"). */
export function isVerbAfterTo(lower: string): boolean {
  let known = verbsAfterTo.get(lower);
  if (known === undefined) {
    known = !ROLE_MODIFIERS.has(lower) && nlp(`to ${lower}`).has('#Verb');
    if (verbsAfterTo.size > 5_000) verbsAfterTo.clear();
    verbsAfterTo.set(lower, known);
  }
  return known;
}
