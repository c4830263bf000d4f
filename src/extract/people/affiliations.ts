import {
  isCountryOrCity,
  isKnownFirstName,
  isKnownPersonWord,
  MONTHS_AND_DAYS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './lexicon.js';
import { isRoleNoun } from './role-nouns.js';
import type { Token } from './tokens.js';
import { countryOfWord } from '../../vocabulary/countries.js';
import { COMPANY_NOUNS } from './word-lists.js';

// "Bank of England's", "War on Want's": lower-case words inside a body's name.
const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'de']);

/**
 * "Arsenal", "Entertainment Weekly", "Bank of England": a body the person belongs to, stated by a
 * possessive before the name or "of" after it, with no post in it.
 */
export function isAffiliation(role: string): boolean {
  const words = role.split(/\s+/);
  return words.every(
    (word) =>
      (/^\p{Lu}/u.test(word) && !isRoleNoun(word.toLowerCase()) && !ROLE_HEADS.has(word.toLowerCase())) ||
      NAME_CONNECTORS.has(word) ||
      word === '&',
  );
}

// Words that open a sentence or a clause before a possessor, never part of its name.
const CLAUSE_OPENERS = new Set(['but', 'and', 'or', 'however', 'meanwhile', 'also', 'so', 'yet', 'while', 'as']);

/**
 * The body a possessive before a name stands for ("Entertainment Weekly's", "ABN Amro's", "Ernst
 * & Young's"): the capitalised words run together up to it; null for a person's or a day's.
 */
export function possessorName(sentence: string, tokens: Token[], at: number): string | null {
  const last = tokens[at]!;
  if (isKnownFirstName(last.lower) || MONTHS_AND_DAYS.has(last.lower) || isKnownPersonWord(last.lower)) return null;
  const inName = (index: number): boolean => {
    const token = tokens[index]!;
    return (
      (token.capitalised || token.allCaps) &&
      !token.possessive &&
      !(index === 0 && token.lower === 'the') &&
      !CLAUSE_OPENERS.has(token.lower) &&
      !SPEECH_VERBS.has(token.lower)
    );
  };
  const joined = (left: number): boolean => runsOn(sentence, tokens[left]!, tokens[left + 1]!);
  let start = at;
  for (;;) {
    if (start > 0 && inName(start - 1) && joined(start - 1)) start--;
    else if (
      start > 1 &&
      NAME_CONNECTORS.has(tokens[start - 1]!.lower) &&
      inName(start - 2) &&
      joined(start - 2) &&
      joined(start - 1)
    )
      start -= 2;
    else break;
  }
  // "Dido and Coldplay's Chris Martin", "Ernst and Young's": one body's name or two, no telling.
  if (isKnownFirstName(tokens[start]!.lower) || tokens[start - 1]?.lower === 'and') return null;
  // "Britain's Kelly Holmes": a country is where one is from, no affiliation stated.
  if (countryOfWord(sentence.slice(tokens[start]!.start, last.start + last.text.length).toLowerCase())) return null;
  return sentence.slice(tokens[start]!.start, last.start + last.text.length);
}

/**
 * "Nacho Novo of Rangers", "Marc Cohen of Kidder Peabody said": the body named right after a
 * full name with "of" (or "at", after "said"), its capitalised words run together; not a place's
 * "of" inside a title.
 */
export function bodyAfterName(sentence: string, tokens: Token[], last: number, saidBefore = false): string | null {
  const of = tokens[last + 1];
  const first = tokens[last + 2];
  // "..., said Omar Haddad at Holvane Securities.": after a verb of saying, "at" names where a source works.
  if (!(of?.lower === 'of' || (saidBefore && of?.lower === 'at')) || !first) return null;
  if (sentence.slice(tokens[last]!.end, of.start) !== ' ' || sentence.slice(of.end, first.start) !== ' ') return null;
  if (!(first.capitalised || first.allCaps)) return describedBodyAfter(sentence, tokens, last + 2);
  if (MONTHS_AND_DAYS.has(first.lower) || first.lower === 'the') return null;
  const end = capitalRunEnd(sentence, tokens, last + 2);
  const closing = tokens[end]!;
  // A given name alone after "of" is a person's, or a title's ("... Full of Grace"); "of Holvane Lynch"
  // goes on to a firm's.
  if (end === last + 2 && isKnownFirstName(first.lower)) return null;
  const span = sentence.slice(first.start, closing.start + closing.text.length).toLowerCase();
  // "Sen. Omar Haddad of Vermont", "Laila Nasser of Chicago": where they come from, no body of theirs.
  if (countryOfWord(span) || isCountryOrCity(span)) return null;
  // "of Save the Children", "of Lock, Stock and Two Smoking Barrels": a name that goes on past the
  // capitalised run is not read whole; no part of it is said, unless a business's noun names it.
  const rest = sentence.slice(closing.end);
  if (/^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}/u.test(rest)) return describedBodyAfter(sentence, tokens, last + 2);
  if (/^,\s*\p{Lu}/u.test(rest) || closing.possessive) return null;
  return sentence.slice(first.start, closing.start + closing.text.length);
}

// "of IT firm Ardenco Data", "of investment bank Holvane": words that say what kind of business.
const MAX_KIND_WORDS = 3;

/**
 * "Laila Nasser of IT firm Ardenco Data": a business's noun, and the words that say its trade,
 * before its name; read whole, as the article puts it.
 */
function describedBodyAfter(sentence: string, tokens: Token[], start: number): string | null {
  let noun = start;
  while (noun < start + MAX_KIND_WORDS && tokens[noun + 1] && !COMPANY_NOUNS.has(tokens[noun]!.lower)) {
    if (tokens[noun]!.possessive || !runsOn(sentence, tokens[noun]!, tokens[noun + 1]!)) return null;
    noun++;
  }
  const name = tokens[noun + 1];
  if (!COMPANY_NOUNS.has(tokens[noun]!.lower) || !name || !(name.capitalised || name.allCaps)) return null;
  if (!runsOn(sentence, tokens[noun]!, name) || isKnownFirstName(name.lower)) return null;
  const closing = tokens[capitalRunEnd(sentence, tokens, noun + 1)]!;
  if (closing.possessive || /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}/u.test(sentence.slice(closing.end))) return null;
  return sentence.slice(tokens[start]!.start, closing.start + closing.text.length);
}

/** The last of the capitalised words of one name that start at `from`, up to a possessive. */
function capitalRunEnd(sentence: string, tokens: Token[], from: number): number {
  let end = from;
  while (
    tokens[end + 1] &&
    (tokens[end + 1]!.capitalised || tokens[end + 1]!.allCaps) &&
    !tokens[end]!.possessive &&
    runsOn(sentence, tokens[end]!, tokens[end + 1]!)
  )
    end++;
  return end;
}

/** Two words of one body's name: a space, or an ampersand, between them ("Ernst & Young"). */
function runsOn(sentence: string, left: Token, right: Token): boolean {
  return /^ (?:& )?$/.test(sentence.slice(left.end, right.start));
}

/**
 * "said analyst Omar Haddad at Holvane Securities", "striker Karim Nasser of Kelford": a title
 * that names no body, right before a full name, is completed by the body named right after it.
 * Returns the title as stated and the role it completes, or null.
 */
export function completeTitleAfterName(
  sentence: string,
  tokens: Token[],
  name: [number, number],
  titles: ReadonlyArray<[number, number]>,
  saidBefore: boolean,
): { title: string; role: string } | null {
  const [first, last] = name;
  const title = titles[titles.length - 1];
  if (!title || title[1] !== first - 1 || last === first) return null;
  const titleTokens = tokens.slice(title[0], title[1] + 1);
  // "Kelford analyst", "Finance Minister": a capital in the title may be its body already; only a
  // title's word opening the sentence is capitalised for that alone.
  const opensSentence = (token: Token, index: number): boolean =>
    index === 0 &&
    title[0] === 0 &&
    (ROLE_HEADS.has(token.lower) || ROLE_MODIFIERS.has(token.lower) || isRoleNoun(token.lower));
  if (titleTokens.some((token, index) => (token.capitalised || token.allCaps) && !opensSentence(token, index))) {
    return null;
  }
  // "said analyst X at Y": the verb of saying stands before the title.
  const said = saidBefore || ['said', 'says'].includes(tokens[title[0] - 1]?.lower ?? '');
  const body = bodyAfterName(sentence, tokens, last, said);
  if (!body) return null;
  const text = sentence.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end);
  return { title: text, role: `${text} ${tokens[last + 1]!.lower} ${body}` };
}
