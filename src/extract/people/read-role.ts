import { isHead, isNameWord } from './chains.js';
import { isCappedPlayer } from './title-parts.js';
import {
  HONORIFICS,
  isDemonym,
  isKnownFirstName,
  isOnlyNoun,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './lexicon.js';
import { isFiniteVerb, isPluralRole, isRoleModifierWord, isRoleNoun, namesPersonRole } from './role-nouns.js';
import { COMPLEMENT_WORDS, readAffiliation } from './bodies.js';
import type { Token } from './tokens.js';
import { BODY_NOUNS, COMPANY_NOUNS } from './word-lists.js';
import { cutAtNumberOrTime, cutAtOtherClause } from './role-ends.js';
import { isListedGivenName } from '../../vocabulary/first-names.js';
import {
  CLAUSE_VERBS,
  LEAD_INS,
  MAX_ROLE_WORDS,
  OPENING_PREPOSITIONS,
  OPINION_WORDS,
  NAMING_PARTICIPLES,
  FIRST_TO_HOLD,
  PLAYED_AS,
  WORKS_IN_UNIT,
  RELATIVE_PRONOUNS,
  TRAILING_GLUE,
} from './role-clause-words.js';

/** A role found next to a name, as a slice of the sentence. */
export interface RoleSpan {
  start: number;
  end: number;
  /** Said with "is" ("Sharon is the CEO of Hotelied") rather than set off by commas. */
  copula?: boolean;
}

/** Words allowed before the head of an appositive role: "an oil analyst", "a senior Iranian official". */
function canPrecedeHead(token: Token): boolean {
  return (
    token.capitalised ||
    token.allCaps ||
    token.possessive ||
    isRoleModifierWord(token.lower) ||
    ROLE_HEADS.has(token.lower) ||
    /\d/.test(token.text) ||
    /-/.test(token.text) ||
    ['and', 'of', 'the'].includes(token.lower)
  );
}

/** The role phrase that starts at `clauseStart`, after a name's comma or its verb "is". */
export function readRole(
  sentence: string,
  tokens: Token[],
  clauseStart: number,
  nameEnd: number,
  appositive: boolean,
): RoleSpan | null {
  let rest = sentence.slice(clauseStart);
  // "Tom Forte, who follows Amazon as a managing director at D.A. Davidson": the role after "as".
  // "Peter Tom, who will remain as Aggregate chief executive,": a capitalised post needs no article.
  // Not "who also stars as a gun-toting grandmother": a part played, a name or a view of them.
  // "Harold Simmons, who will continue as chairman": a lower-case post too, once it has a title's head.
  const asRole = appositive ? /^who\s[^,;]{1,60}?\sas\s+(?=\p{L})/u.exec(rest) : null;
  if (asRole && PLAYED_AS.test(asRole[0])) return null;
  // "X, who was the first woman to be Lord Mayor,": the post she was first to hold.
  const firstTo = appositive && !asRole ? FIRST_TO_HOLD.exec(rest) : null;
  if (firstTo) {
    clauseStart += firstTo[0].length;
    rest = sentence.slice(clauseStart);
  }
  if (asRole) {
    clauseStart += asRole[0].length;
    rest = sentence.slice(clauseStart);
    // "who described him as a "brother in every sense of the word"": words quoted of someone else.
    if (/^(?:a|an|the)\s+["\u201c\u2018']/.test(rest)) return null;
  }
  // "Joe Carbone, who works for the Transportation Department,": the body worked for, as "of the X" gives it.
  // "A and B, who both work for X": so do two names.
  const worksFor = appositive
    ? /^who\s+(?:both\s+)?(?:work|works|worked)\s+(?:for|at)\s+(?:the\s+)?(?=\p{Lu})/u.exec(rest)
    : null;
  if (worksFor) {
    const body = readAffiliation(
      tokens.filter(
        (token) =>
          token.start >= clauseStart + worksFor[0].length && token.end <= clauseStart + (rest.search(/[,;()]|$/) || 0),
      ),
      true,
    );
    if (body) return body;
  }
  // "Omar Haddad, who works in the water quality department of ...": the unit named in lower case.
  const worksIn = appositive ? WORKS_IN_UNIT.exec(rest) : null;
  if (worksIn) {
    const start = clauseStart + worksIn[0].length - worksIn[1]!.length;
    return { start, end: start + worksIn[1]!.length };
  }
  const clause = rest.split(/\s*[,;()\u2014]\s*|\s+-\s+|[.!?]["”’]?\s*$/)[0] ?? '';
  // "last year's champion, X, and runner-up, Y": "and" goes on to the next item of a list.
  if (appositive && /^(?:and|or)\s/i.test(clause)) return null;
  const leadIn = LEAD_INS.exec(clause)?.[0] ?? '';
  // "Vivendi Universal, its boss and another top executive": after the name of a body, "its"
  // opens the next item of a list; only a post alone is the name's ("X, its minister for Y").
  if (/\b(?:its|their)\s+$/i.test(leadIn) && /\s(?:and|or)\s/i.test(clause)) return null;
  const roleStart = clauseStart + leadIn.length;
  const roleEnd = clauseStart + clause.length;
  const roleTokens = tokens.filter((token) => token.start >= roleStart && token.end <= roleEnd);
  // "the touch judge who was criticised": a relative clause says what they did, not what they are.
  const relative = roleTokens.findIndex((token, index) => index > 0 && RELATIVE_PRONOUNS.has(token.lower));
  const phrase = relative > 0 ? roleTokens.slice(0, relative) : roleTokens;
  // "CEO of the company now called Arduino SRL": a participle naming what comes next goes on.
  const naming = (index: number): boolean =>
    NAMING_PARTICIPLES.has(phrase[index]!.lower) && phrase[index + 1]?.capitalised === true;
  const speech = phrase.findIndex(
    (token, index) =>
      index > 0 &&
      !token.capitalised &&
      !naming(index) &&
      (SPEECH_VERBS.has(token.lower) || CLAUSE_VERBS.has(token.lower) || isFiniteVerb(token.lower)),
  );
  // "Also in Gateshead, the prime minister took questions": after an opening phrase, words that run
  // into a verb are the sentence's subject; "X, a strategist at Y told Reuters" only lost a comma.
  if (speech > 0 && appositive && opensWithPhrase(tokens, nameEnd)) return null;
  const kept = speech > 0 ? phrase.slice(0, speech) : phrase;
  cutAtOtherClause(kept);
  // "a reporter for Breitbart Tech covering free speech": a participle starts what they do.
  // "chief operating officer", "vice president of electrical engineering at Con Edison" go on.
  const doing = kept.findIndex(
    (token, index) =>
      index > 0 &&
      !token.capitalised &&
      /ing$/.test(token.lower) &&
      !ROLE_MODIFIERS.has(token.lower) &&
      // "Saturday morning show": a noun in -ing is no participle.
      !isOnlyNoun(token.lower) &&
      // "head of internal auditing": what "of" takes is a noun, whatever its ending.
      !objectOfOf(kept, index) &&
      !kept.slice(index + 1).some((later) => isHead(later) || later.capitalised || BODY_NOUNS.has(later.lower)),
  );
  if (doing > 0 && kept.slice(0, doing).some((token) => isHead(token))) kept.length = doing;
  if (kept.length === 0 || kept.length > MAX_ROLE_WORDS) return null;
  const affiliation = readAffiliation(kept);
  if (affiliation) return affiliation;
  // "a senior fellow at": a title of its own only after a name's comma ("fellow Americans" elsewhere).
  // "one of the Kelford researchers behind the project": one of a group names what each of them is.
  const oneOf = kept[0]!.lower === 'one' && kept[1]?.lower === 'of';
  const headAt = kept.findIndex(
    (token, index) =>
      isHead(token) ||
      isCappedPlayer(kept, index) ||
      token.lower === 'fellow' ||
      (oneOf && isPluralOfRoleNoun(token.lower)),
  );
  if (headAt < 0 || headAt > 5) return null;
  if (!kept.slice(oneOf ? 2 : 0, headAt).every(canPrecedeHead)) return null;
  // "Karim Nasser, bank officials and foreign ministers": a plural head after a name's comma
  // goes on to the next items of a list.
  // ("one of the company's directors" is one of them.)
  if (appositive && isPluralRole(kept[headAt]!.lower) && !oneOf) return null;
  // "Boy George, Bill Wyman and members of the band": a full name and an "and" make a list of
  // other people ("Tony Blair's spokesman" still describes).
  const [opening, second] = [kept[0]!, kept[1]];
  if (
    headAt > 0 &&
    kept.slice(2, headAt).some((token) => token.lower === 'and') &&
    opening.capitalised &&
    (isKnownFirstName(opening.lower) || isListedGivenName(opening.lower)) &&
    second?.capitalised &&
    !second.possessive &&
    !isHead(second)
  )
    return null;
  // "Spider-Man, Harry Potter and Lord of the Rings": a title opening the last item of a list of names.
  const beforeAnd = kept[headAt - 2];
  if (
    kept[headAt - 1]?.lower === 'and' &&
    kept[headAt]!.capitalised &&
    beforeAnd?.capitalised &&
    !isHead(beforeAnd) &&
    !ROLE_MODIFIERS.has(beforeAnd.lower)
  )
    return null;
  // "X is a good performer", "a great player": an opinion of someone, not a post they hold.
  if (!appositive && kept.slice(0, headAt).some((token) => OPINION_WORDS.has(token.lower))) return null;
  // After "is", only a title names what someone is ("the CEO of", "a reporter for"); "the decision
  // of the captain" or "a heavy cashflow generator" say something else.
  if (
    !appositive &&
    (kept.slice(0, headAt).some((token) => token.lower === 'of') || !namesPersonRole(kept[headAt]!.lower))
  )
    return null;
  cutAtNumberOrTime(kept, headAt);
  while (kept.length > headAt + 1 && TRAILING_GLUE.has(kept[kept.length - 1]!.lower)) kept.length--;
  if (listsTitledPerson(kept, headAt)) return null;
  const afterHead = kept.slice(headAt + 1);
  if (
    afterHead.length > 0 &&
    afterHead.every((token) => isNameWord(token) && !isHead(token) && !ROLE_MODIFIERS.has(token.lower))
  ) {
    // "X, President Y Z" lists another person with their title; it is no role of X.
    return null;
  }
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

/**
 * The name closes an opening prepositional phrase: "In the Commons,", "After Real's win at Roma,",
 * "after passes involving Omar Haddad and Karim Nasser,".
 */
function opensWithPhrase(tokens: Token[], nameEnd: number): boolean {
  for (let index = nameEnd; index >= 0 && nameEnd - index < 8; index--) {
    const token = tokens[index]!;
    if (OPENING_PREPOSITIONS.has(token.lower) || (index < nameEnd && INVOLVING.test(token.text))) return true;
    if (!(token.capitalised || token.allCaps || token.possessive || ['the', 'of', 'a', 'and'].includes(token.lower))) {
      return false;
    }
  }
  return false;
}

// "passes involving X and Y,", "a squad including X,": a participle taking the names as objects.
const INVOLVING = /^(?:involving|including|featuring|between)$/;

/**
 * "James Baker, Federal Reserve Board chairman Paul Volcker and ...": a title followed by a
 * name inside the clause lists another person. Not so after "of the" ("representative of the
 * Grand Ayatollah Ali Khamenei"), where the titled person completes this person's role.
 */
function listsTitledPerson(kept: Token[], headAt: number): boolean {
  for (let index = headAt + 1; index < kept.length - 1; index++) {
    const token = kept[index]!;
    // "chief Turkish economist": a demonym after a title qualifies the next noun, it names no one.
    const titledName =
      isHead(kept[index - 1]!) &&
      isNameWord(token) &&
      !HONORIFICS.has(token.lower) &&
      !ROLE_HEADS.has(token.lower) &&
      !(isDemonym(token.lower) && !kept[index + 1]!.capitalised);
    const fullName = token.capitalised && isKnownFirstName(token.lower) && kept[index + 1]!.capitalised;
    if (!titledName && !fullName) continue;
    let chainStart = index;
    while (chainStart > 0) {
      const previous = kept[chainStart - 1]!;
      const joinsCapitals = previous.lower === 'of' && chainStart >= 2 && kept[chainStart - 2]!.capitalised;
      if (!(previous.capitalised || ROLE_MODIFIERS.has(previous.lower) || isHead(previous) || joinsCapitals)) break;
      chainStart--;
    }
    const before = kept[chainStart - 1]?.lower;
    // "a specialist at accountancy firm Grant Thornton": capitals after a business's noun name it.
    if (before !== undefined && (COMPANY_NOUNS.has(before) || BODY_NOUNS.has(before))) continue;
    // "an economist at brokers James Holvane": a plural of people's trade before a name names a firm.
    if (before !== undefined && /s$/.test(before) && isRoleNoun(before.slice(0, -1))) continue;
    if (before === undefined || !COMPLEMENT_WORDS.has(before)) return true;
  }
  return false;
}

function isPluralOfRoleNoun(lower: string): boolean {
  return /[^s]s$/.test(lower) && isRoleNoun(lower.slice(0, -1));
}

function objectOfOf(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous?.lower === 'of') return true;
  return tokens[index - 2]?.lower === 'of' && previous !== undefined && !previous.capitalised && !isHead(previous);
}
