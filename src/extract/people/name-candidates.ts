import nlp from 'compromise';
import { findRoleAfterName, findRoleBeforeName, type RoleSpan } from './appositives.js';
import { findChains, isHead, splitChain, type SplitChain } from './chains.js';
import {
  isCountry, isKnownFirstName, isKnownNonPersonWord, isKnownPersonWord, isOrganisationWord, isPlaceWord, MONTHS_AND_DAYS,
  SPEECH_VERBS,
} from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

/** A name found in one sentence, with the roles the sentence gives it. */
export interface NameCandidate {
  name: string;
  /** Token count of the name, to tell a full name from a surname. */
  words: number;
  roles: string[];
  /** How sure we are it is a person: a title, a first name, an appositive role or compromise said so. */
  strong: boolean;
}

/** A role noun phrase that names nobody: "the foreign minister", "The secretary of Iran's ...". */
export interface Description {
  text: string;
  /** A bare head ("the minister") is too vague to give anyone a new role. */
  specific: boolean;
}

export interface SentenceAnalysis {
  candidates: NameCandidate[];
  descriptions: Description[];
}

/** Counts how often compromise had to run, for the speed report. */
export const compromiseUsage = { sentences: 0 };

function compromisePeopleWords(sentence: string): Set<string> {
  compromiseUsage.sentences++;
  const words = new Set<string>();
  for (const person of nlp(sentence).people().out('array') as string[]) {
    for (const word of person.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) if (word) words.add(word.replace(/['’]s$/, ''));
  }
  return words;
}

function spanText(sentence: string, span: RoleSpan): string {
  return sentence.slice(span.start, span.end);
}

function tokenSpanText(sentence: string, tokens: Token[], first: number, last: number): string {
  const end = tokens[last]!.possessive ? tokens[last]!.start + tokens[last]!.text.length : tokens[last]!.end;
  return sentence.slice(tokens[first]!.start, end);
}

/** A tiny cache so compromise runs at most once per sentence, and only when a rule cannot decide. */
class LazyCompromise {
  private words: Set<string> | null = null;
  constructor(private readonly sentence: string) {}
  says(nameTokens: Token[]): boolean {
    this.words ??= compromisePeopleWords(this.sentence);
    const words = this.words;
    return nameTokens.every((token) => words.has(token.lower) || token.initial);
  }
}

export function analyseSentence(sentence: string, findNew: boolean): SentenceAnalysis {
  const tokens = tokenize(sentence);
  const candidates: NameCandidate[] = [];
  const descriptions: Description[] = [];
  if (!findNew) return { candidates, descriptions };
  const compromise = new LazyCompromise(sentence);
  const consumedByAppositive = new Set<number>();
  const splits = findChains(sentence, tokens).map((chain) => splitChain(tokens, chain));
  for (const split of splits) {
    if (!split.name) continue;
    const candidate = judgeName(sentence, tokens, split, compromise, consumedByAppositive);
    if (candidate) candidates.push(candidate);
  }
  for (const split of splits) {
    if (split.name) continue;
    const description = describe(sentence, tokens, split, consumedByAppositive);
    if (description) descriptions.push(description);
  }
  return { candidates, descriptions };
}

function judgeName(
  sentence: string, tokens: Token[], split: SplitChain, compromise: LazyCompromise, consumedByAppositive: Set<number>,
): NameCandidate | null {
  const [first, last] = split.name!;
  const nameTokens = tokens.slice(first, last + 1);
  if (split.organisation || nameTokens.some((token) => isOrganisationWord(token.lower) && token.capitalised)) return null;
  if (MONTHS_AND_DAYS.has(nameTokens[0]!.lower) && nameTokens.length === 1) return null;
  if (nameTokens.every((token) => isKnownNonPersonWord(token.lower) || isPlaceWord(token.lower) || isCountry(token.lower))) return null;
  const roles = split.titleRoles.map(([from, to]) => tokenSpanText(sentence, tokens, from, to));
  const after = findRoleAfterName(sentence, tokens, last);
  const before = findRoleBeforeName(sentence, tokens, first);
  if (after) roles.push(spanText(sentence, after));
  if (before) {
    roles.unshift(spanText(sentence, before));
    consumedByAppositive.add(first - 1);
  }
  const next = tokens[last + 1];
  const previous = tokens[first - 1];
  const speaks = (next !== undefined && SPEECH_VERBS.has(next.lower) && !next.capitalised) || (after !== null && saidAfterAppositive(tokens, after));
  const saidBefore = previous !== undefined && ['said', 'says', 'according'].includes(previous.lower);
  const titled = split.titleRoles.length > 0 || split.hasHonorific || roles.length > 0;
  const firstNamed = nameTokens.length >= 2 && isKnownFirstName(nameTokens[0]!.lower);
  const name = tokenSpanText(sentence, tokens, first, last);
  const candidate = (strong: boolean): NameCandidate => ({ name, words: nameTokens.length, roles, strong });
  if (titled || firstNamed) return candidate(true);
  if (nameTokens.length === 1) {
    const lexical = isKnownPersonWord(nameTokens[0]!.lower) && !isKnownNonPersonWord(nameTokens[0]!.lower);
    if ((speaks || saidBefore) && (lexical || compromise.says(nameTokens))) return candidate(false);
    return null;
  }
  if (nameTokens.some((token) => isKnownNonPersonWord(token.lower) || isPlaceWord(token.lower) || MONTHS_AND_DAYS.has(token.lower))) return null;
  if (speaks || saidBefore) return candidate(true);
  return compromise.says(nameTokens) ? candidate(false) : null;
}

function saidAfterAppositive(tokens: Token[], role: RoleSpan): boolean {
  const next = tokens.find((token) => token.start >= role.end);
  return next !== undefined && SPEECH_VERBS.has(next.lower);
}

function describe(sentence: string, tokens: Token[], split: SplitChain, consumedByAppositive: Set<number>): Description | null {
  const { start, end } = split.chain;
  if (consumedByAppositive.has(end)) return null;
  let headAt = -1;
  for (let index = start; index <= end; index++) if (isHead(tokens[index]!)) headAt = index;
  if (headAt < 0) return null;
  const head = tokens[headAt]!;
  if (head.lower.endsWith('s') && isHead({ ...head, lower: head.lower.slice(0, -1) })) return null;
  if (tokens[end]!.capitalised && end > headAt && !tokens.slice(headAt + 1, end + 1).some((token) => token.lower === 'of')) return null;
  let first = start;
  while (first < headAt && (tokens[first]!.lower === 'of' || tokens[first]!.lower === 'the')) first++;
  const text = tokenSpanText(sentence, tokens, first, end);
  const indefinite = [tokens[first - 1], tokens[first - 2]].some((token) => token !== undefined && INDEFINITE.has(token.lower));
  if (indefinite) return null;
  return { text, specific: end > first };
}

const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'every', 'no', 'some', 'one', 'each', 'other', 'two', 'three', 'several', 'many']);
