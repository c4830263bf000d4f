import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../extract/people/lexicon.js';
import { NAME_SUFFIXES } from '../../extract/people/word-lists.js';
import { ROYAL_TITLES } from '../../extract/people/titled-names.js';
import { isCountryWord, nameWords } from '../../extract/people/role-words.js';
import { readAffiliatedName, statesAffiliation } from '../question/affiliated-name.js';
import { parseWhoQuestion } from '../question/parse-who-question.js';
import { matchRole, readRoleQuestion, type ArticleLead } from './match-role.js';
import type { WhoTables } from './person-tables.js';
import { intersect } from './intersect.js';

/** A person matched by a question, with how well. */
export interface PersonMatch {
  slot: number;
  /** 3: the exact name; 2: the surname or a tail of the name; 1: a role. */
  score: number;
  /** The role words asked for, to cite the sentence that states that role. */
  roleQuery: string[] | null;
  /** How many statements of the asked role the person has: the Tory leader is the one most called so. */
  support: number;
}

const QUESTION_WORDS = new Set(['who', 'is', 'was', 'whos', 'the', 'a', 'an', 'what', 'tell', 'me', 'about']);

/** What role matching reads beyond the tables: articles' openings, and a cache of folded words. */
export interface RoleContext {
  lead?: ArticleLead;
  cache: Map<string, Set<string>>;
}

/**
 * Matches a name: the exact full name or variant, or words that include the surname
 * ("Shamkhani", "Rahmani Fazli"). A first name alone ("Ali") matches nobody.
 */
function matchName(tables: WhoTables, words: string[]): PersonMatch[] {
  if (words.length === 0) return [];
  const exact = tables.byFullName.get(words.join(' ')) ?? [];
  const matches: PersonMatch[] = [];
  for (const slot of intersect(words.map((word) => tables.byNameWord.get(word)))) {
    const forms = tables.nameForms[slot]!;
    const isExact = exact.includes(slot);
    const hasSurname = forms.some((form) => {
      const surname = surnameOf(form);
      return surname !== undefined && words.includes(surname) && words.every((word) => form.includes(word));
    });
    if (isExact && forms[0]!.length > words.length && words.length === 1 && !hasSurname) continue;
    // "Prince Khalid", "Emir Omar": a royal title and the given name after it in the name.
    const titledGiven =
      words.length === 2 &&
      ROYAL_TITLES.has(words[0]!) &&
      forms.some((form) => form[0] === words[0] && form[1] === words[1]);
    if (isExact || hasSurname || titledGiven)
      matches.push({ slot, score: isExact ? 3 : 2, roleQuery: null, support: 0 });
  }
  return matches;
}

/** A name form's surname: its last word, before a suffix ("Charles Siess Jr" is a Siess). */
function surnameOf(form: readonly string[]): string | undefined {
  let last = form.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(form[last]!)) last--;
  return form[last];
}

/**
 * Finds the persons a /who question is about, best first; equal matches in directory order,
 * so the answers are those of a fresh build whatever slots the persons sit in.
 */
export function findPersons(tables: WhoTables, query: string, context: RoleContext): PersonMatch[] {
  const subject = parseWhoQuestion(query);
  // "Joe Pasquale's manager": someone else than the one the possessive names, found by the role alone.
  if (POSSESSED_ROLE.test(subject) && readRoleQuestion(subject))
    return sortMatches(tables, findByRole(tables, subject, context));
  const affiliated = readAffiliatedName(subject);
  if (affiliated) {
    const found = matchName(
      tables,
      nameWords(affiliated.name).filter((word) => !HONORIFICS.has(word)),
    );
    if (found.length > 0) {
      const stating = found.filter((match) =>
        tables.records[match.slot]!.roles.some((role) =>
          statesAffiliation(`${role.role} ${role.sentence}`, affiliated),
        ),
      );
      // "Walt Berry of Larkspur", whose sentence says "former drummer" in a story the band's name heads:
      // the title and lead of an article about the person state the body for it.
      const { lead } = context;
      const led =
        stating.length > 0 || !lead
          ? stating
          : found.filter((match) =>
              tables.records[match.slot]!.articleIds.some((articleId) =>
                statesAffiliation(lead(articleId), affiliated),
              ),
            );
      return sortMatches(tables, led);
    }
  }
  const names = nameWords(subject).filter((word) => !QUESTION_WORDS.has(word) && !HONORIFICS.has(word));
  let matches = matchName(tables, names);
  if (matches.length > 0) return sortMatches(tables, matches);
  // "President Reagan": the name words without the title words; first the persons of that name
  // who hold the title, before any role ("President Reagan's national security adviser" is
  // someone else).
  const titleLess = names.filter((word) => !ROLE_HEADS.has(word) && !ROLE_MODIFIERS.has(word) && !isCountryWord(word));
  const titled = titleLess.length > 0 && titleLess.length < names.length ? matchName(tables, titleLess) : [];
  const titles = names.filter((word) => ROLE_HEADS.has(word));
  const holders = titled.filter((match) =>
    tables.roleForms[match.slot]!.some((form) => titles.every((word) => form.includes(word))),
  );
  if (titles.length > 0 && holders.length > 0) return sortMatches(tables, holders);
  matches = findByRole(tables, subject, context);
  // "John Bond", where "bond" is also a title's word ("bond trader"): with no title left out,
  // the name's other words alone ("John") are not the person asked.
  return sortMatches(tables, matches.length > 0 ? matches : titles.length > 0 ? titled : []);
}

const POSSESSED_ROLE = /^\p{Lu}[^']*\p{L}['\u2019]s?\s+\p{Ll}/u;

function sortMatches(tables: WhoTables, matches: PersonMatch[]): PersonMatch[] {
  return matches.sort(
    (left, right) =>
      right.score - left.score ||
      right.support - left.support ||
      tables.records[right.slot]!.mentionCount - tables.records[left.slot]!.mentionCount ||
      tables.positions[left.slot]! - tables.positions[right.slot]!,
  );
}

/** Role matches as person matches, below any name match (a role scores at most 1). */
function findByRole(tables: WhoTables, subject: string, context: RoleContext): PersonMatch[] {
  const roleQuery = roleQueryWords(subject);
  return matchRole(tables, subject, context.lead, context.cache).map((match) => ({
    slot: match.slot,
    score: match.score / 2,
    roleQuery,
    support: match.support,
  }));
}

function roleQueryWords(subject: string): string[] {
  return nameWords(subject).filter((word) => !QUESTION_WORDS.has(word));
}

/**
 * The persons a description names best, for a question that names a speaker by role: the best
 * role match (a better match, or stated more often), or every one that fits alike, so the caller
 * decides whether the question tells them apart.
 */
export function findPersonByRole(tables: WhoTables, phrase: string, context: RoleContext): number[] {
  const ranked = findByRole(tables, parseWhoQuestion(phrase), context).sort(
    (left, right) => right.score - left.score || right.support - left.support,
  );
  const best = ranked[0];
  if (!best) return [];
  return ranked
    .filter((match) => match.score === best.score && match.support === best.support)
    .map((match) => match.slot);
}
