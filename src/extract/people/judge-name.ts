import type { NameCandidate } from './name-candidates.js';
import { compromiseSaysPerson } from './compromise-verdict.js';
import { findAppointmentRole, findPostAfterAppositive, findRoleAfterName, type RoleSpan } from './appositives.js';
import { findRoleBeforeName, joinedTitleBefore } from './role-before-name.js';
import type { SplitChain } from './chains.js';
import {
  isKnownCommonWord,
  isKnownFirstName,
  isKnownNonPersonWord,
  isKnownPersonWord,
  isKnownSurname,
  isPlaceWord,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  ROLE_HEADS,
  SPEECH_VERBS,
} from './lexicon.js';
import { extendTitleLeft } from './premodifiers.js';
import { isVerbLikeModifier, namesGroupOnly, vouchesForPerson } from './role-nouns.js';
import { holdsCompanyRolesOnly, opensWithPlural } from './company-roles.js';
import { isListedGivenName } from '../../vocabulary/first-names.js';
import { joinedBySpace, type Token } from './tokens.js';
import { namesNoPerson, PEERAGES } from './non-person-names.js';
import { bodyAfterName, completeTitleAfterName, possessorName } from './affiliations.js';
import { namesPersonByTitle } from './personal-titles.js';
import { BODY_NOUNS, POST_NOMINALS } from './word-lists.js';

export function spanText(sentence: string, span: RoleSpan): string {
  return sentence.slice(span.start, span.end);
}

export function tokenSpanText(sentence: string, tokens: Token[], first: number, last: number): string {
  const end = tokens[last]!.possessive ? tokens[last]!.start + tokens[last]!.text.length : tokens[last]!.end;
  return sentence.slice(tokens[first]!.start, end);
}

/** A chain judged to be a name, with what the sentence says of it. */
export interface Judged {
  candidate: NameCandidate;
  /** Character offset of the name in the sentence. */
  start: number;
  /** The title before the name itself shows a person: "President Y" even inside another's role. */
  titled: boolean;
  /** Appositive roles, whose words belong to this person and name nobody else. */
  roleSpans: RoleSpan[];
  /** The name's first and last token. */
  first: number;
  last: number;
}

/** Whether a chain's name part is a person's name, and the roles its sentence gives it. */
export function judgeName(sentence: string, tokens: Token[], split: SplitChain): Judged | null {
  const [first, last] = split.name!;
  const nameTokens = tokens.slice(first, last + 1);
  // "an optometrist Apple had on-site": after "a" or "an", a role and one capitalised word open a
  // relative clause; a person's title stands with no article or with "the".
  const opening = split.titleRoles[0]?.[0];
  if (
    opening !== undefined &&
    nameTokens.length === 1 &&
    !split.hasHonorific &&
    ['a', 'an'].includes(tokens[opening - 1]?.lower ?? '')
  )
    return null;
  const titledByChain = isTitledByChain(sentence, tokens, split);
  if (namesNoPerson(sentence, tokens, split, titledByChain)) return null;
  const titles = split.titleRoles
    .filter(([from, to]) => !isVerbAfterModal(tokens, from, to))
    .map(([from, to], index): [number, number] =>
      index === 0 && from === split.chain.start ? [extendTitleLeft(sentence, tokens, from, to), to] : [from, to],
    )
    .map(([from, to]): [number, number] => (endsLongerName(tokens, from) ? [to, to] : [from, to]));
  const joined = joinedTitleBefore(sentence, tokens, titles[0]);
  if (joined) titles.unshift(joined);
  // "Lord Bach": a peerage shows a person but says nothing of what they do.
  const titleTexts = titles.map(([from, to]) => tokenSpanText(sentence, tokens, from, to));
  const peer = titleTexts.some((role) => PEERAGES.has(role.toLowerCase()));
  const roles = titleTexts.filter((role) => !PEERAGES.has(role.toLowerCase()));
  // "Paul Boateng MP, Labour's chief secretary, said": the letters after a name are a role of
  // their own, and the appositive follows them.
  // Not "the Salford MP" nor "Plaid Cymru MP Elfyn Llwyd", where the letters are a title before a name.
  const letters = tokens[last + 1];
  const afterLetters = tokens[last + 2];
  const postNominal =
    letters !== undefined &&
    POST_NOMINALS.has(letters.text) &&
    joinedBySpace(sentence, tokens[last]!, letters) &&
    !['the', 'a', 'an'].includes(tokens[first - 1]?.lower ?? '') &&
    !(afterLetters && afterLetters.capitalised && joinedBySpace(sentence, letters, afterLetters));
  if (postNominal) roles.push(tokens[last + 1]!.text);
  const after =
    findRoleAfterName(sentence, tokens, postNominal ? last + 1 : last, first, titles[0]?.[0] ?? first) ??
    findAppointmentRole(sentence, tokens, last);
  // "Arabia is the main architect of the accord": a lone word with "is" is as often a thing, so
  // that role describes a person known otherwise but makes no one a person.
  const hearsay = after?.copula && nameTokens.length < 2 ? spanText(sentence, after) : null;
  const before = findRoleBeforeName(sentence, tokens, split.chain.start, last);
  const roleSpans: RoleSpan[] = [];
  if (after) {
    roles.push(spanText(sentence, after));
    roleSpans.push(after);
  }
  if (before) {
    roles.unshift(spanText(sentence, before));
    roleSpans.push(before);
  }
  const predicate = findPostAfterAppositive(sentence, tokens, last);
  if (predicate) {
    roles.push(spanText(sentence, predicate));
    roleSpans.push(predicate);
  }
  const next = tokens[last + 1];
  const previous = tokens[first - 1];
  // "A spokeswoman for Chelsea said": after a preposition the verb's subject is the noun before it.
  const objectOfPreposition = nameTokens.length === 1 && PREPOSITIONS.has(previous?.lower ?? '');
  const speaks =
    !objectOfPreposition &&
    ((next !== undefined && SPEECH_VERBS.has(next.lower) && !next.capitalised) ||
      (after !== null && saidAfterAppositive(tokens, after)));
  // "said Amazon's Robin Terrell": the firm's possessive stands between the verb and the name.
  const possessor = previous?.possessive && (previous.capitalised || previous.allCaps) ? previous : undefined;
  const beforeName = possessor ? tokens[first - 2] : previous;
  const saidBefore = beforeName !== undefined && ['said', 'says', 'according'].includes(beforeName.lower);
  const titled = titledByChain;
  // "A. Anthony McLellen": initials before the given name.
  const given = nameTokens.find((token) => !token.initial);
  const firstNamed =
    nameTokens.length >= 2 && given !== nameTokens[nameTokens.length - 1] && isKnownFirstName(given!.lower);
  const name = tokenSpanText(sentence, tokens, first, last);
  // "Amazon's Robin Terrell": where the person works, as the article puts it; it vouches for no person.
  const bare = titles.length === 0 && !before && !after && !peer;
  const affiliation = !bare
    ? null
    : possessor
      ? possessorName(sentence, tokens, first - 1)
      : nameTokens.length >= 2
        ? bodyAfterName(sentence, tokens, last, saidBefore)
        : null;
  const completed =
    affiliation || before || after ? null : completeTitleAfterName(sentence, tokens, [first, last], titles, saidBefore);
  if (completed && roles.includes(completed.title)) roles[roles.indexOf(completed.title)] = completed.role;
  const stated = affiliation ? [affiliation, ...roles] : roles;
  const judged = (strong: boolean, pending = false, attachOnly = false): Judged => ({
    candidate: {
      name,
      words: nameTokens.length,
      roles: stated,
      strong,
      pending,
      ...(attachOnly ? { attachOnly } : {}),
    },
    start: tokens[first]!.start,
    titled,
    roleSpans,
    first,
    last,
  });
  const lastWord = nameTokens[nameTokens.length - 1]!.lower;
  const companyRolesOnly = nameTokens.length === 1 && !split.hasHonorific && holdsCompanyRolesOnly(roles);
  // Such a lone word may still be the surname of someone the article names in full ("Pedro, a
  // leader of the Movement of Landless Rural Workers"): it attaches to them, or to nobody.
  if (!peer && !split.hasHonorific && !firstNamed && namesGroupOnly(roles)) return null;
  // "between Presley, members of his band and Mr Nogar": a plural opens a list, no appositive.
  if (!peer && companyRolesOnly) return roles.some(opensWithPlural) ? null : judged(false, false, true);
  // "the Elite Player Squad agreement": a body's noun after title words is the body's name, no one's.
  if (nameTokens.length === 1 && !split.hasHonorific && !peer && BODY_NOUNS.has(lastWord)) return null;
  if (titled || roles.some((role) => role !== hearsay && vouchesForPerson(role))) return judged(true);
  // "ILM supervisor John Knoll": a known first name with a title or speech is a person, whatever the surname means.
  if (firstNamed && (roles.length > 0 || speaks || saidBefore || !isPlaceWord(lastWord))) return judged(true);
  // "Ray Hankes said": a listed given name that is also a word ("ray") needs a title or speech as well.
  const listedGiven =
    nameTokens.length >= 2 && given !== nameTokens[nameTokens.length - 1] && isListedGivenName(given!.lower);
  if (
    listedGiven &&
    !isKnownCommonWord(lastWord) &&
    (roles.length > 0 || speaks || saidBefore) &&
    compromiseSaysPerson(name)
  )
    return judged(true);

  // "Wang Yi said": a known family or given name last, and speech or a title, is a person.
  // "Jorrit den Holvane said": a particle between given name and surname ("van", "bin") shapes a
  // person's name.
  const particled =
    nameTokens.length >= 3 &&
    nameTokens.slice(1, -1).some((token) => NAME_PARTICLES.has(token.lower) && !token.capitalised) &&
    !isKnownCommonWord(nameTokens[0]!.lower);
  const namedLast = (nameTokens.length >= 2 && isKnownSurname(lastWord) && !isPlaceWord(lastWord)) || particled;
  if (namedLast && (roles.length > 0 || speaks || saidBefore)) return judged(true);
  // "Lord Dubs agreed": a peerage before a lone word that namesNoPerson let through is a peer's
  // name, whatever the lexicon knows of the word.
  if (peer && nameTokens.length === 1) return judged(true);
  if (nameTokens.length === 1) {
    const lexical = isKnownPersonWord(nameTokens[0]!.lower) && !isKnownNonPersonWord(nameTokens[0]!.lower);
    // compromise knows no more than its lexicon about a lone capitalised word ("Pechiney said"), so it is not asked.
    if ((speaks || saidBefore) && lexical) return judged(false);
    // "Haddadi, a law lecturer at X, added": a lone word with an appositive role says it of the
    // person whose surname it is, if the article names one; it makes no one a person.
    return hearsay || (after && !after.copula) ? judged(false, false, true) : null;
  }
  // "Israel G. Grossman, 34, who ...": an age set off after a name of two words or more is a
  // person's, whatever the lexicon says of the given name; a place or a team ends in no surname.
  const age = AGE_AFTER.exec(sentence.slice(tokens[last]!.end))?.[1];
  if (
    age !== undefined &&
    Number(age) >= 16 &&
    Number(age) <= 110 &&
    nameTokens.filter((token) => !token.initial).length >= 2 &&
    !isKnownCommonWord(lastWord) &&
    !isPlaceWord(lastWord)
  )
    return judged(true);
  // Without a title or a known first name, a name ending in a common word is a company: "Computer Terminal said".
  // "Whole Foods", "Computer Systems": a plural of a common word too.
  const pluralOfCommon = /[^s]s$/.test(lastWord) && isKnownCommonWord(lastWord.slice(0, -1));
  if (
    isKnownCommonWord(lastWord) ||
    (pluralOfCommon && nameTokens.length > 1) ||
    isPlaceWord(lastWord) ||
    nameTokens.some((token) => isKnownNonPersonWord(token.lower) || MONTHS_AND_DAYS.has(token.lower))
  )
    return null;
  const commonWord = nameTokens.some((token) => isKnownCommonWord(token.lower));
  // "Cate Blanchett, who won": a relative "who" is said of people, and of a band or a group only
  // with a plural verb ("the Tigers, who want").
  const relative =
    nameTokens.length === 2 &&
    RELATIVE_WHO.test(sentence.slice(tokens[last]!.end)) &&
    !(/[^s]s$/.test(lastWord) && isKnownCommonWord(lastWord.slice(0, -1)));
  if ((speaks || saidBefore || relative) && !commonWord) return judged(true);
  if (namesPersonByTitle(titleTexts, nameTokens)) return judged(true);
  return judged(false, true);
}

const PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'by', 'to', 'in', 'on']);

const AGE_AFTER = /^,\s+(\d{2,3}),\s+\p{L}/u;

const RELATIVE_WHO = /^\s*,\s*who\s+(?!(?:were|are|have|do|want|need|say|play|hope|remain|believe|plan)\b)/;

function saidAfterAppositive(tokens: Token[], role: RoleSpan): boolean {
  const next = tokens.find((token) => token.start >= role.end);
  return next !== undefined && SPEECH_VERBS.has(next.lower);
}

/** A title or honorific in the chain shows the name is a person's. */
function isTitledByChain(sentence: string, tokens: Token[], split: SplitChain): boolean {
  return (
    split.hasHonorific ||
    split.titleRoles.some(([from, to]) => vouchesForPerson(tokenSpanText(sentence, tokens, from, to)))
  );
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/**
 * "The conference will host Mr Brown's speech": after a modal a lone title word is the verb;
 * after "to" ("hopes to sign striker X" is no case) one the lexicon knows as a verb.
 */
function isVerbAfterModal(tokens: readonly Token[], from: number, to: number): boolean {
  const word = tokens[from]!;
  const before = tokens[from - 1]?.lower ?? '';
  if (from !== to || word.capitalised) return false;
  return MODALS.has(before) || (before === 'to' && isVerbLikeModifier(word.lower) && !ROLE_HEADS.has(word.lower));
}

/**
 * "The Phantom of the Opera director X": capitals after "of the" that a capitalised word opens
 * end a longer name, a work's or a body's; "Opera director" is not what the article says ("the
 * resignation of the British Airways chairman" keeps its body).
 */
function endsLongerName(tokens: readonly Token[], from: number): boolean {
  return (
    tokens[from]!.capitalised &&
    tokens[from - 1]?.lower === 'the' &&
    tokens[from - 2]?.lower === 'of' &&
    tokens[from - 3]?.capitalised === true
  );
}
