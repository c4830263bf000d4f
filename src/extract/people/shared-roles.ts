import { isCountryOrCity, isKnownFirstName, ROLE_MODIFIERS } from './lexicon.js';
import { isPluralRole, isRoleModifierWord, isRoleNoun, isVerbLikeModifier } from './role-nouns.js';
import { HONORIFICS } from './word-lists.js';
import { extendTitleLeft } from './premodifiers.js';
import { gapBetween, type Token } from './tokens.js';
import { readRole } from './read-role.js';

/** A person's name in a sentence, as token indices, with the roles found for it alone. */
export interface NamedSpan {
  first: number;
  last: number;
  roles: string[];
}

const QUANTIFIERS = new Set(['two', 'three', 'four', 'both', 'all']);
const COMPLEMENTS = new Set(['of', 'at', 'for', 'with', 'in', 'from']);
const GLUE = new Set(['of', 'the', 'and', 'at', 'for', 'with', 'in', 'from', 'a', 'an']);
const MAX_COMPLEMENT_WORDS = 8;

/**
 * A plural title shared by coordinated names gives each of them the title in the singular:
 * "Claremont and Walsh representatives Stephen Walsh and John Cirigliano", "Alfred and David
 * Smith, two of the firm's controlling shareholders," and "A and B, both former officers of X,".
 * Only names of two words or more take it: a lone "Alfred" may be anybody's first name.
 */
export function shareCoordinatedRoles(sentence: string, tokens: readonly Token[], names: readonly NamedSpan[]): void {
  const groups = coordinatedGroups(sentence, tokens, names);
  // "Alfred and David Smith": a first name alone shares the full name that follows it.
  for (const name of names) {
    const and = tokens[name.first - 1];
    const given = tokens[name.first - 2];
    if (and?.lower !== 'and' || !given?.capitalised || !isKnownFirstName(given.lower)) continue;
    if (!groups.some((group) => group.includes(name))) groups.push([name]);
  }
  for (const group of groups) {
    const role = pluralTitleBefore(sentence, tokens, group[0]!.first) ?? pluralAppositiveAfter(sentence, tokens, group);
    if (!role) continue;
    for (const name of group) {
      // "Irish billionaires Mr X and Mr Y": a courtesy title makes a lone word a surname.
      const surname = HONORIFICS.has(tokens[name.first - 1]?.lower ?? '');
      if ((name.last === name.first && !surname) || name.roles.includes(role)) continue;
      // "Original band members X, Y and Z": the last name's own reading of the plural gives way.
      const plural = name.roles.findIndex(
        (own) => own.length > role.length && own.startsWith(role.replace(/an?$/, '')),
      );
      if (plural >= 0) name.roles.splice(plural, 1, role);
      else name.roles.push(role);
    }
  }
}

/** Runs of names joined by "and" or by commas ending in "and": "A and B", "A, B and C". */
function coordinatedGroups(sentence: string, tokens: readonly Token[], names: readonly NamedSpan[]): NamedSpan[][] {
  const ordered = [...names].sort((left, right) => left.first - right.first);
  const groups: NamedSpan[][] = [];
  let run: NamedSpan[] = [];
  let closed = false;
  for (const name of ordered) {
    const previous = run[run.length - 1];
    const joiner = previous ? joinerBetween(sentence, tokens, previous.last, name.first) : null;
    if (previous && joiner && !closed) {
      run.push(name);
      closed = joiner === 'and';
      continue;
    }
    if (run.length > 1 && closed) groups.push(run);
    run = [name];
    closed = false;
  }
  if (run.length > 1 && closed) groups.push(run);
  return groups;
}

function joinerBetween(sentence: string, tokens: readonly Token[], last: number, named: number): 'and' | ',' | null {
  // "Mr X and Mr Y": the courtesy title opens the next name.
  const first = HONORIFICS.has(tokens[named - 1]?.lower ?? '') ? named - 1 : named;
  if (first === last + 1 && gapBetween(sentence, tokens[last]!, tokens[first]!) === ',') return ',';
  if (first !== last + 2 || tokens[last + 1]!.lower !== 'and') return null;
  const before = gapBetween(sentence, tokens[last]!, tokens[last + 1]!);
  return before === '' || before === ',' ? 'and' : null;
}

/** "Claremont and Walsh representatives Stephen Walsh and ...": the title ends right before the first name. */
export function pluralTitleBefore(sentence: string, tokens: readonly Token[], first: number): string | null {
  // "artists Sir Peter Blake, Tracey Emin and Jack Vettriano": an honorific opens the first name.
  const at = HONORIFICS.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  const head = tokens[at];
  if (!head || !isPluralPersonNoun(head.lower) || gapBetween(sentence, head, tokens[at + 1]!) !== '') return null;
  const start = extendTitleLeft(sentence, tokens, at);
  return singularTitle(sentence, tokens, start, at, at);
}

/**
 * "photographers", "artists": the plural of a role noun, of the open class as of the listed heads.
 * Not "colleagues X and Y" nor "friends": who they are to someone else, no post of theirs.
 */
function isPluralPersonNoun(lower: string): boolean {
  if (isPluralRole(lower)) return true;
  const singular = lower.slice(0, -1);
  return lower.length > 4 && /[^s]s$/.test(lower) && !FELLOW_NOUNS.has(singular) && isRoleNoun(singular);
}

const FELLOW_NOUNS = new Set(['colleague', 'team-mate', 'teammate', 'friend', 'classmate', 'partner', 'rival']);

/** "..., two of the firm's controlling shareholders,": a plural role set off by commas after the last name. */
function pluralAppositiveAfter(sentence: string, tokens: readonly Token[], group: readonly NamedSpan[]): string | null {
  const last = group[group.length - 1]!.last;
  let index = last + 1;
  if (!tokens[index] || gapBetween(sentence, tokens[last]!, tokens[index]!) !== ',') return null;
  // "A and B, who work for Ardenco Asset Management Inc,": the body both work for.
  if (/^who\s+(?:both\s+)?(?:work|worked)\s/u.test(sentence.slice(tokens[index]!.start))) {
    const employer = readRole(sentence, tokens as Token[], tokens[index]!.start, last, true);
    return employer ? sentence.slice(employer.start, employer.end) : null;
  }
  if (QUANTIFIERS.has(tokens[index]!.lower)) index++;
  if (tokens[index]?.lower === 'of') index++;
  if (tokens[index]?.lower === 'the') index++;
  const start = index;
  while (tokens[index] && index - start < 5 && !isPluralRole(tokens[index]!.lower)) {
    const token = tokens[index]!;
    const modifier = token.capitalised || token.possessive || token.allCaps || ROLE_MODIFIERS.has(token.lower);
    // "A and B, remain defendants": a verb in the plural after the names is theirs, no modifier.
    if (index === start && !modifier && isVerbLikeModifier(token.lower)) return null;
    // "controlling shareholders", "retired officers": a participle qualifies the head too.
    if (!modifier && !isRoleModifierWord(token.lower) && !/(?:ing|ed)$/.test(token.lower)) return null;
    if (index > start && gapBetween(sentence, tokens[index - 1]!, token) !== '') return null;
    index++;
  }
  const head = tokens[index];
  if (!head || !isPluralRole(head.lower) || index === last + 1) return null;
  let end = index;
  if (COMPLEMENTS.has(tokens[end + 1]?.lower ?? '') && gapBetween(sentence, head, tokens[end + 1]!) === '') {
    let next = end + 1;
    while (tokens[next + 1] && next - index < MAX_COMPLEMENT_WORDS) {
      const token = tokens[next + 1]!;
      if (gapBetween(sentence, tokens[next]!, token).replace(/[<>]/g, '') !== '') break;
      if (!(token.capitalised || token.allCaps || token.possessive || GLUE.has(token.lower))) break;
      next++;
    }
    while (next > index && GLUE.has(tokens[next]!.lower)) next--;
    // "officers in Texas": a place is where they work, not whose officers they are.
    const complement = tokens.slice(index + 2, next + 1).map((token) => token.lower);
    if (next > index + 1 && !(complement.length === 1 && isCountryOrCity(complement[0]!))) end = next;
  }
  return singularTitle(sentence, tokens, start, index, end);
}

function singularTitle(sentence: string, tokens: readonly Token[], start: number, head: number, end: number): string {
  const headToken = tokens[head]!;
  const singular = headToken.lower.endsWith('men')
    ? headToken.text.replace(/men$/, 'man')
    : headToken.text.replace(/s$/, '');
  const before = sentence.slice(tokens[start]!.start, headToken.start);
  const after = end > head ? sentence.slice(headToken.end, tokens[end]!.end).replace(/[<>]/g, '') : '';
  return `${before}${singular}${after}`;
}
