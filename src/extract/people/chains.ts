import {
  HONORIFICS,
  isCountry,
  isDemonym,
  isKnownAdverbOrVerb,
  isKnownCommonWord,
  isKnownFirstName,
  isKnownNonPersonWord,
  isKnownPersonWord,
  isKnownSurname,
  isPlaceWord,
  isOnlyNoun,
  isOrganisationWord,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './lexicon.js';
import { joinedBySpace, type Token } from './tokens.js';
import { isChainWord, isNameWord } from './chain-words.js';
import { APPOINTING_VERBS } from './word-lists.js';
import { isListedGivenName } from '../../vocabulary/first-names.js';
import { isRoleNoun } from './role-nouns.js';
import { opensParticipleClause } from './title-openers.js';
import {
  ADJECTIVE_HEADS,
  complementEnd,
  isCappedPlayer,
  isHead,
  LOWER_CASE_ONLY_HEADS,
  POSITION_HEADS,
  splitTitle,
  SURNAME_HEADS,
} from './title-parts.js';

export { isHead } from './title-parts.js';
export { isNameWord, isRoleWord } from './chain-words.js';

/**
 * A chain is a stretch of title and name words joined by spaces: "Iraqi Foreign Minister Fuad
 * Hussein", "Chrysler Corp chairman Lee Iacocca", "the secretary of Iran's Supreme National
 * Security Council". Splitting it gives the roles before the name and the name itself.
 */
export interface Chain {
  start: number;
  /** Index of the last token, inclusive. */
  end: number;
  /** A nickname's token in quote marks inside the name ("Omar "OJ" Haddad"). */
  nickname?: number;
}

export interface SplitChain {
  chain: Chain;
  /** Role phrases stated before the name, as [first, last] token indices. */
  titleRoles: Array<[number, number]>;
  /** Name tokens as [first, last] token indices, or null when the chain names nobody. */
  name: [number, number] | null;
  hasHonorific: boolean;
  /** The name runs straight into an organisation word ("Dean Witter Reynolds Inc"). */
  organisation: boolean;
}

export function findChains(sentence: string, tokens: Token[]): Chain[] {
  const chains: Chain[] = [];
  let start = -1;
  let nickname: number | undefined;
  const close = (end: number): void => {
    chains.push(
      trimChain(tokens, nickname !== undefined && nickname < end ? { start, end, nickname } : { start, end }),
    );
    nickname = undefined;
  };
  for (let index = 0; index < tokens.length; index++) {
    const left = tokens[index - 1];
    if (start >= 0 && joinedByNickname(sentence, left!, tokens[index]!)) {
      // The token after the opening mark is the nickname; the one after the closing mark, the surname.
      if (NICKNAME_OPEN.test(sentence.slice(left!.end, tokens[index]!.start))) nickname = index;
      continue;
    }
    const joined = start >= 0 && joinedInName(sentence, left!, tokens[index]!);
    if (start >= 0 && joined && isChainWord(tokens, index, true)) continue;
    if (start >= 0) close(index - 1);
    start = isChainWord(tokens, index, false) ? index : -1;
  }
  if (start >= 0) close(tokens.length - 1);
  return chains.filter((chain) => chain.end >= chain.start);
}

/**
 * Neighbours in one run of capitalised words: apart by spaces only, or inside a body's name by
 * an ampersand or a plural's apostrophe ("Transport & General Workers' Union leader X").
 */
function joinedInName(sentence: string, left: Token, right: Token): boolean {
  if (joinedBySpace(sentence, left, right)) return true;
  if (!left.capitalised || !right.capitalised) return false;
  const gap = sentence.slice(left.end, right.start);
  // "Tony Blair & Gordon Brown" lists two people: a given name after "&" starts another run.
  if (gap === ' & ') return !isKnownFirstName(right.lower);
  // "Workers' Union": a plural's apostrophe before a word for a body; "Atticus' David Slager" and
  // "Sky Networks' Sophie Turner" stay possessors.
  return (gap === "' " || gap === '\u2019 ') && left.text.endsWith('s') && isOrganisationWord(right.lower);
}

/**
 * "Omar "OJ" Haddad", "Karim 'Kas' Nasser": a nickname in quote marks between a given name and
 * a surname is part of the one name.
 */
function joinedByNickname(sentence: string, left: Token, right: Token): boolean {
  const gap = sentence.slice(left.end, right.start);
  if (NICKNAME_OPEN.test(gap) && (left.capitalised || left.allCaps)) {
    return NICKNAME_REST.test(sentence.slice(right.end));
  }
  if (NICKNAME_CLOSE.test(gap) && right.capitalised) {
    return NICKNAME_BEFORE.test(sentence.slice(0, left.start));
  }
  return false;
}

const NICKNAME_OPEN = /^ ["\u201c]$/u;
const NICKNAME_CLOSE = /^["\u201d] $/u;
// The nickname's one word, its closing mark, and the capitalised surname.
const NICKNAME_REST = /^["\u201d] \p{Lu}/u;
const NICKNAME_BEFORE = /\p{Lu}[\p{L}.'-]* ["\u201c]$/u;

function trimChain(tokens: Token[], chain: Chain): Chain {
  let end = chain.end;
  while (end > chain.start && ['of', 'the'].includes(tokens[end]!.lower)) end--;
  return { ...chain, end };
}

/** "Bank of England governor": an "of" between two capitalised words that are no titles is one name. */
function joinsProperName(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    tokens[index]!.lower === 'of' &&
    before !== undefined &&
    after !== undefined &&
    before.capitalised &&
    after.capitalised &&
    !isHead(before) &&
    !HONORIFICS.has(before.lower)
  );
}

const VERB_OPENERS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'also']);

export function splitChain(tokens: Token[], chain: Chain): SplitChain {
  let headIndex = -1;
  // "it named Omar Haddad general manager Europe": the one appointed opens the chain,
  // and the post after the name is theirs, not a title of the word that ends it.
  const appointee =
    APPOINTING_VERBS.has(tokens[chain.start - 1]?.lower ?? '') &&
    isKnownFirstName(tokens[chain.start]!.lower) &&
    tokens[chain.start + 1] !== undefined &&
    tokens[chain.start + 1]!.capitalised;
  for (let index = chain.start; index < chain.end; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1]!;
    if (appointee && index > chain.start + 1 && !token.capitalised) break;
    // "Justice Stephen Breyer", "Chair Janet Yellen": before a given name and a surname the
    // capitalised word is a title after all; "Dean Martin" keeps its one word.
    // "Hollywood star Jean Reno": a listed given name the lexicon also knows as a word counts too.
    const beforeFullName =
      (isKnownFirstName(next.lower) ||
        (next.capitalised && isListedGivenName(next.lower) && !isPlaceWord(tokens[index + 2]?.lower ?? '')) ||
        // "the bank head Wladek Dunmore": two unknown capitalised words closing the chain after a
        // lower-case head are a given name and a surname no list holds.
        (!token.capitalised &&
          index + 2 === chain.end &&
          !['a', 'an'].includes(tokens[index - 1]?.lower ?? '') &&
          isUnlistedNamePair(next, tokens[index + 2]!))) &&
      tokens[index + 2] !== undefined &&
      index + 2 <= chain.end &&
      isNameWord(tokens[index + 2]!);
    const titleHead =
      (isHead(token) || isCappedPlayer(tokens, index) || (beforeFullName && isOpeningRole(tokens, index))) &&
      !(token.capitalised && LOWER_CASE_ONLY_HEADS.has(token.lower) && !beforeFullName) &&
      // "star striker X" is an adjective, "Hollywood star Tom Hanks" a title before a full name,
      // "was to star Jude Law" a verb.
      !(
        !token.capitalised &&
        ADJECTIVE_HEADS.has(token.lower) &&
        (!beforeFullName || VERB_OPENERS.has(tokens[index - 1]?.lower ?? ''))
      );
    const complement = next.lower === 'of' || next.lower === 'for';
    if (complement && POSITION_HEADS.has(token.lower)) continue;
    if ((titleHead || HONORIFICS.has(token.lower)) && (isNameWord(next) || (complement && titleHead)))
      headIndex = index;
  }
  let titleStart = chain.start;
  for (let index = chain.start; index < headIndex; index++) {
    if (['of', 'the'].includes(tokens[index]!.lower) && !joinsProperName(tokens, index)) titleStart = index + 1;
  }
  // "Indeed U.S. Treasury Secretary", "Tuesday Foreign Secretary": capitalised only by position or a date.
  while (
    titleStart < headIndex &&
    (MONTHS_AND_DAYS.has(tokens[titleStart]!.lower) ||
      isKnownAdverbOrVerb(tokens[titleStart]!.lower) ||
      // "Welcoming Soviet leader X's offer, Reagan said": the participle governs the title.
      (titleStart === 0 && opensParticipleClause(tokens, chain.end)))
  )
    titleStart++;
  let titleEnd = headIndex;
  let nameStart = headIndex >= 0 ? headIndex + 1 : chain.start;
  if (headIndex >= 0 && ['of', 'for'].includes(tokens[headIndex + 1]?.lower ?? '')) {
    titleEnd = complementEnd(tokens, headIndex + 1, chain.end);
    // "president of ClearView Economics": when no title word follows "of", what follows is the body, not a name.
    if (['of', 'the', 'for'].includes(tokens[titleEnd]!.lower)) titleEnd = chain.end;
    // "editor of Mideast Reports": one word left after the complement is more of the complement, not a name.
    if (titleEnd === chain.end - 1 && !isKnownPersonWord(tokens[chain.end]!.lower)) titleEnd = chain.end;
    nameStart = titleEnd + 1;
  }
  let hasHonorific = false;
  while (titleEnd >= titleStart && HONORIFICS.has(tokens[titleEnd]!.lower)) {
    hasHonorific = true;
    titleEnd--;
  }
  while (nameStart <= chain.end && HONORIFICS.has(tokens[nameStart]!.lower)) {
    hasHonorific = true;
    nameStart++;
  }
  const titleRoles =
    titleEnd >= titleStart
      ? splitTitle(tokens, titleStart, titleEnd).filter(([first, last]) => hasHeadBetween(tokens, first, last))
      : [];
  if (headIndex < 0) nameStart = skipLeadingNonNames(tokens, chain.start, chain.end);
  // "seventh seed Russian Mikhail Youzhny": a people's adjective after the title is no part of the name.
  else
    while (nameStart < chain.end - 1 && isDemonym(tokens[nameStart]!.lower) && isNameWord(tokens[nameStart + 1]!))
      nameStart++;
  // "Entertainment Weekly's Dave Karger": the name starts after the possessor; "Denise Van
  // Outen's Saturday show" is no "Saturday".
  // "the French composer Holvane's Dunmore": a possessor a title names is the titled person, and
  // what follows is theirs.
  const possessorTitled = headIndex >= 0 && nameStart === headIndex + 1;
  for (let index = nameStart; index < chain.end; index++) {
    const next = tokens[index + 1]!;
    if (tokens[index]!.possessive && isNameWord(next) && !MONTHS_AND_DAYS.has(next.lower)) {
      if (possessorTitled) break;
      nameStart = index + 1;
    }
  }
  let nameEnd = nameStart - 1;
  let organisation = false;
  for (let index = nameStart; index <= chain.end; index++) {
    const token = tokens[index]!;
    // "Antoine Court de Gébelin": a particle after it makes an organisation word part of a name.
    const beforeParticle = NAME_PARTICLES.has(tokens[index + 1]?.lower ?? '') && index + 1 < chain.end;
    if (isOrganisationWord(token.lower) && token.capitalised && !beforeParticle) {
      organisation = index > nameStart || organisation;
      if (index === nameStart) organisation = true;
      break;
    }
    const nickname = index === chain.nickname || index - 1 === chain.nickname;
    // "Tony Blair & Gordon Brown": an ampersand or apostrophe joins a body's words, never a name's.
    if (index > nameStart && token.start - tokens[index - 1]!.end > 1 && !nickname) break;
    const particle = NAME_PARTICLES.has(token.lower) && index < chain.end;
    if (index === chain.nickname && index > nameStart) {
      nameEnd = index;
      continue;
    }
    // "Omar A Holvane": the chain took an "A" in only as a middle initial.
    const middleA = token.text === 'A' && index > nameStart && index < chain.end;
    if (!isNameWord(token) && !particle && !middleA && !(NAME_SUFFIXES.has(token.lower) && index > nameStart)) break;
    if (token.possessive) {
      // "told George Shultz China's recent troubles": a country's possessive after a full name
      // opens the next noun phrase.
      if (index - nameStart >= 2 && isCountry(token.lower)) break;
      nameEnd = index;
      break;
    }
    nameEnd = index;
  }
  // "Deputy Agriculture Secretary": a name never ends in a role noun, save those that are also surnames (King, Major).
  // "Gill Champion, president of ...": after a given name that is no place's, a role noun is a surname.
  if (nameEnd >= nameStart) {
    const lastName = tokens[nameEnd]!;
    const given = tokens[nameStart]!.lower;
    const surnameAfterGiven =
      nameEnd === nameStart + 1 && isListedGivenName(given) && !isPlaceWord(given) && !isCountry(given);
    if (ROLE_HEADS.has(lastName.lower) && !SURNAME_HEADS.has(lastName.lower) && !surnameAfterGiven)
      nameEnd = nameStart - 1;
  }
  // After "chairman of the ...", a lone word the lexicon does not know as a name is still the complement.
  const afterComplement =
    titleEnd > headIndex && headIndex >= 0 && nameEnd === nameStart && !isKnownPersonWord(tokens[nameStart]!.lower);
  const name: [number, number] | null = nameEnd >= nameStart && !afterComplement ? [nameStart, nameEnd] : null;
  return { chain, titleRoles, name, hasHonorific, organisation };
}

function hasHeadBetween(tokens: Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++)
    if (isHead(tokens[index]!) || isCappedPlayer(tokens, index) || isOpeningRole(tokens, index)) return true;
  return false;
}

/** "Model Sophie Anderton said": a sentence's first word is capitalised by its place alone. */
function isOpeningRole(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  return index === 0 && token.capitalised && isRoleNoun(token.lower);
}

/** Drops leading words that only look like a name because of their capital: "Speaking", "Tehran". */
/** "Welshman", "Frenchwoman", "(New) Zealander", "(New) Yorker": one from a place, before a name. */
function namesNationality(token: Token, previous: Token | undefined): boolean {
  const stem = /^(\p{Ll}+?)(?:wo)?m[ae]n$/u.exec(token.lower)?.[1];
  if (stem && token.capitalised && (isDemonym(stem) || isCountry(stem) || isPlaceWord(stem) || stem === 'scots'))
    return true;
  return previous?.lower === 'new' && token.capitalised && /[^e]ers?$/.test(token.lower);
}

function skipLeadingNonNames(tokens: Token[], start: number, end: number): number {
  let index = start;
  let onlyCommon = true;
  while (index <= end) {
    const token = tokens[index]!;
    // "Ray Hankes, newly elected ...": a given name that is also a word still opens a name before a surname.
    const next = tokens[index + 1];
    // "Jan Egeland", "April Jones": a month that is a listed given name, before a surname and no day.
    const monthAsGiven =
      MONTHS_AND_DAYS.has(token.lower) &&
      isListedGivenName(token.lower) &&
      next !== undefined &&
      isNameWord(next) &&
      !MONTHS_AND_DAYS.has(next.lower) &&
      !isKnownCommonWord(next.lower);
    // "Israel G. Grossman": a place takes no middle initial; a given name before one does.
    const beforeMiddleInitial =
      next !== undefined &&
      next.initial &&
      tokens[index + 2] !== undefined &&
      index + 2 <= end &&
      isNameWord(tokens[index + 2]!);
    const place =
      ((isCountry(token.lower) || isDemonym(token.lower)) && !beforeMiddleInitial) ||
      namesNationality(token, tokens[index - 1]) ||
      token.possessive ||
      (MONTHS_AND_DAYS.has(token.lower) && !monthAsGiven);
    // Not before another given name ("Lock Alec Parker": a rugby lock) or a place ("North Devon").
    const givenName =
      token.lower.length > 2 &&
      isListedGivenName(token.lower) &&
      next !== undefined &&
      isNameWord(next) &&
      !isKnownCommonWord(next.lower) &&
      !isKnownNonPersonWord(next.lower) &&
      // "Hazel Gilbert": a given name may be the surname that ends the chain ("North Devon" a place).
      !(
        (isKnownFirstName(next.lower) || isListedGivenName(next.lower)) &&
        (index + 1 < end || isPlaceWord(token.lower))
      );
    // "Dean Boyd": a title only in lower case, capitalised as a listed given name before a name;
    // not a rank or an adjective as well ("Major Arcana").
    const givenNotTitle =
      token.capitalised &&
      LOWER_CASE_ONLY_HEADS.has(token.lower) &&
      !ADJECTIVE_HEADS.has(token.lower) &&
      isListedGivenName(token.lower) &&
      next !== undefined &&
      isNameWord(next) &&
      !isKnownCommonWord(next.lower) &&
      !isKnownNonPersonWord(next.lower);
    const common =
      index === 0 &&
      isKnownCommonWord(token.lower) &&
      !isKnownFirstName(token.lower) &&
      !givenName &&
      !givenNotTitle &&
      !monthAsGiven &&
      !beforeMiddleInitial;
    const title =
      !givenNotTitle && (ROLE_MODIFIERS.has(token.lower) || ROLE_HEADS.has(token.lower) || HONORIFICS.has(token.lower));
    // "the rail union Kelwise Omar Haddad": a word that is no given name, after a
    // lower-case noun and before a given name and the surname that ends the chain, is the body's name.
    const bodyName =
      index > start &&
      index + 2 === end &&
      !tokens[index - 1]!.capitalised &&
      !isListedGivenName(token.lower) &&
      !isKnownFirstName(token.lower) &&
      next !== undefined &&
      isKnownFirstName(next.lower);
    if (!place && !common && !title && !bodyName && !token.allCaps && isNameWord(token)) break;
    onlyCommon &&= common && !place && !title;
    index++;
  }
  // "Wang Yi said": a family name that is also a common word opens the sentence before a known
  // surname or given name; "Speaking Tom Smith" keeps two words without it.
  if (index === end && index === start + 1 && isKnownSurname(tokens[end]!.lower)) {
    if (onlyCommon) return isOnlyNoun(tokens[start]!.lower) ? start : index;
  }
  return index;
}

function isUnlistedNamePair(given: Token, surname: Token): boolean {
  return [given, surname].every(
    (token) =>
      token.capitalised &&
      !token.allCaps &&
      !token.possessive &&
      !isKnownCommonWord(token.lower) &&
      !isPlaceWord(token.lower) &&
      !isKnownNonPersonWord(token.lower) &&
      !isOrganisationWord(token.lower),
  );
}
