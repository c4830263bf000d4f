import { isCountryOrCity, isKnownFirstName, ROLE_MODIFIERS, SENTENCE_WORDS } from './lexicon.js';
import { isKnownNounOrAdjective, isRoleModifierWord, isVerbLikeModifier } from './role-nouns.js';
import { joinedBySpace, type Token } from './tokens.js';

// "Olympic heptathlon bronze medallist" is about as long as a title's modifiers run.
const MAX_MODIFIERS = 5;

/**
 * Where a title before a name really starts: the nouns and adjectives that qualify its head
 * ("former immigration minister", "local government spokesman", "Ireland hooker", "Waterstone's
 * fiction buyer", "Economy and Labour Minister"). A possessor ("Norway's") opens the title; a
 * lower-case word before a capitalised one must be a known title word ("former England captain"),
 * so a verb the lexicon does not know ("England beat France captain X") never joins it.
 * `head` is the title's head noun, when known.
 */
export function extendTitleLeft(sentence: string, tokens: readonly Token[], first: number, head = first): number {
  let start = first;
  let sawCapital = tokens[first]!.capitalised || tokens[first]!.allCaps;
  for (let index = first - 1; index >= 0 && first - index <= MAX_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (!joinedBySpace(sentence, token, tokens[index + 1]!)) break;
    if (token.capitalised || token.allCaps) {
      // "New York's top law officer": "New" before a capitalised word begins a proper name.
      const namesPlace = token.lower === 'new' && isCountryOrCity(`new ${tokens[index + 1]!.lower}`);
      if ((SENTENCE_WORDS.has(token.lower) && !namesPlace) || isKnownFirstName(token.lower)) break;
      sawCapital = true;
      start = index;
      if (token.possessive) break;
      continue;
    }
    // "Economy and Labour Minister": "and" joins two capitalised title words.
    if (token.lower === 'and') {
      const before = tokens[index - 1];
      if (
        before &&
        before.capitalised &&
        !before.possessive &&
        tokens[index + 1]!.capitalised &&
        isKnownNounOrAdjective(before.lower)
      ) {
        continue;
      }
      break;
    }
    if (sawCapital ? !ROLE_MODIFIERS.has(token.lower) : !isRoleModifierWord(token.lower)) break;
    // A word that is also a verb joins only the head itself ("touch judge"), never a longer title
    // ("to support prime minister X").
    if (isVerbLikeModifier(token.lower) && !ROLE_MODIFIERS.has(token.lower) && index + 1 !== head) break;
    start = index;
  }
  // A dangling "and" is never the start.
  while (start < first && tokens[start]!.lower === 'and') start++;
  return start;
}
