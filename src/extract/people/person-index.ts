import type { PeopleDirectory, PersonRecord } from '../types.js';
import { DEMONYM_TO_COUNTRY, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { nameWords, roleWords } from './role-words.js';

/** A person matched by a question, with how well. */
export interface PersonMatch {
  index: number;
  /** 3: the exact name; 2: the surname or a tail of the name; 1: a role. */
  score: number;
  /** The role words asked for, to cite the sentence that states that role. */
  roleQuery: string[] | null;
  /** How many statements of the asked role the person has: the Tory leader is the one most called so. */
  support: number;
}

/** Lookup tables over the people directory, built once so each question costs a few set lookups. */
export interface PersonIndex {
  persons: PersonRecord[];
  byNameWord: Map<string, number[]>;
  byFullName: Map<string, number[]>;
  byRoleWord: Map<string, number[]>;
  /** Each person's name forms as word lists. */
  nameForms: string[][][];
  /** Each person's roles as word lists. */
  roleForms: string[][][];
  /** How often each of those roles is stated, in the same order. */
  roleCounts: number[][];
}

const COUNTRIES = new Set(DEMONYM_TO_COUNTRY.values());
const QUESTION_WORDS = new Set(['who', 'is', 'was', 'whos', 'the', 'a', 'an', 'what', 'tell', 'me', 'about']);

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function buildPersonIndex(directory: PeopleDirectory): PersonIndex {
  const index: PersonIndex = { persons: directory.persons, byNameWord: new Map(), byFullName: new Map(), byRoleWord: new Map(), nameForms: [], roleForms: [], roleCounts: [] };
  directory.persons.forEach((person, position) => {
    const forms = uniqueForms([person.name, ...person.variants].map(nameWords));
    index.nameForms.push(forms);
    for (const form of forms) {
      push(index.byFullName, form.join(' '), position);
      for (const word of form) push(index.byNameWord, word, position);
    }
    const counts = new Map<string, { form: string[]; count: number }>();
    for (const role of person.roles) {
      const form = roleWords(role.role);
      const key = form.join(' ');
      if (!key) continue;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { form, count: 1 });
    }
    const roles = [...counts.values()].map((entry) => entry.form);
    index.roleForms.push(roles);
    index.roleCounts.push([...counts.values()].map((entry) => entry.count));
    for (const role of roles) for (const word of new Set(role)) push(index.byRoleWord, word, position);
  });
  return index;
}

export function uniqueForms(forms: string[][]): string[][] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = form.join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function intersect(lists: Array<number[] | undefined>): number[] {
  if (lists.length === 0 || lists.some((list) => !list)) return [];
  const sorted = (lists as number[][]).slice().sort((left, right) => left.length - right.length);
  let result = new Set(sorted[0]);
  for (const list of sorted.slice(1)) {
    const next = new Set(list);
    result = new Set([...result].filter((value) => next.has(value)));
  }
  return [...result];
}

/**
 * Matches a name: the exact full name or variant, or words that include the surname
 * ("Shamkhani", "Rahmani Fazli"). A first name alone ("Ali") matches nobody.
 */
function matchName(index: PersonIndex, words: string[]): PersonMatch[] {
  if (words.length === 0) return [];
  const exact = index.byFullName.get(words.join(' ')) ?? [];
  const matches = new Map<number, PersonMatch>();
  for (const position of intersect(words.map((word) => index.byNameWord.get(word)))) {
    const forms = index.nameForms[position]!;
    const isExact = exact.includes(position);
    const hasSurname = forms.some((form) => form.length > 0 && words.includes(form[form.length - 1]!) && words.every((word) => form.includes(word)));
    if (isExact && forms[0]!.length > words.length && words.length === 1 && !hasSurname) continue;
    if (isExact || hasSurname) matches.set(position, { index: position, score: isExact ? 3 : 2, roleQuery: null, support: 0 });
  }
  return [...matches.values()];
}

/**
 * Matches a role: every word of the question except its country must be in one stated role of
 * the person; a stated country must not clash ("Iraqi foreign minister" is not Iran's).
 */
function matchRole(index: PersonIndex, words: string[]): PersonMatch[] {
  const countries = words.filter((word) => COUNTRIES.has(word));
  const required = words.filter((word) => !COUNTRIES.has(word));
  if (!required.some((word) => ROLE_HEADS.has(word) || ['chief', 'executive', 'prime'].includes(word))) return [];
  const matches: PersonMatch[] = [];
  for (const position of intersect(required.map((word) => index.byRoleWord.get(word)))) {
    let best = 0;
    let support = 0;
    index.roleForms[position]!.forEach((role, roleIndex) => {
      if (!required.every((word) => role.includes(word))) return;
      const roleCountries = role.filter((word) => COUNTRIES.has(word));
      if (countries.length > 0 && roleCountries.length > 0 && !countries.some((country) => roleCountries.includes(country))) return;
      const countryBonus = countries.length > 0 && countries.every((country) => roleCountries.includes(country)) ? 0.5 : 0;
      best = Math.max(best, 1 + countryBonus);
      support += index.roleCounts[position]![roleIndex]!;
    });
    if (best > 0) matches.push({ index: position, score: best / 2, roleQuery: words, support });
  }
  return matches;
}

/** Finds the persons a /who question is about, best first. */
export function findPersons(index: PersonIndex, query: string): PersonMatch[] {
  const raw = query.replace(/[?!.]+$/, '').trim();
  const names = nameWords(raw).filter((word) => !QUESTION_WORDS.has(word) && !HONORIFICS.has(word));
  let matches = matchName(index, names);
  if (matches.length === 0) {
    const roles = roleWords(raw).filter((word) => !QUESTION_WORDS.has(word));
    matches = matchRole(index, roles);
    if (matches.length === 0) {
      // "President Reagan": the name words without the title words.
      const titleLess = names.filter((word) => !ROLE_HEADS.has(word) && !ROLE_MODIFIERS.has(word) && !COUNTRIES.has(word) && !DEMONYM_TO_COUNTRY.has(word));
      if (titleLess.length > 0 && titleLess.length < names.length) matches = matchName(index, titleLess);
    }
  }
  return matches.sort((left, right) => right.score - left.score || right.support - left.support
    || index.persons[right.index]!.mentionCount - index.persons[left.index]!.mentionCount);
}
