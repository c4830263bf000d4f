import { ROLE_HEADS, ROLE_MODIFIERS, SENTENCE_WORDS } from '../../extract/people/lexicon.js';
import { isRoleNoun } from '../../extract/people/role-nouns.js';
import { holdsRankNotAsked, isCountryWord, roleWords } from '../../extract/people/role-words.js';
import type { WhoTables } from './person-tables.js';
import { intersect } from './intersect.js';
import { foldPartyWord, isPartyWord, partiesIn } from '../../vocabulary/parties.js';
import {
  countryOnlyInBody,
  initialsNameAnother,
  initialsOf,
  namesAskedInitials,
  namesBody,
  spelledOutIn,
} from './role-bodies.js';

/** A person a role question names, with how well the evidence fits. */
export interface RoleMatch {
  slot: number;
  /** 1 to 2: every word in one stated role scores most, words found only around it less. */
  score: number;
  /** How many statements of the asked role the person has. */
  support: number;
}

/** Where the article around a role statement can be read: its headline and opening paragraph. */
export type ArticleLead = (articleId: string) => string;

interface RoleQuestion {
  countries: string[];
  /** Role nouns and their title words: these must be in the stated role. */
  inRole: string[];
  /** Other words (a firm, a body: "Easyjet", "K Mart"): in the role, or in its sentence or article. */
  around: string[];
  /** The words of each name of several capitalised words ("British Council"), title words left out. */
  bodies: string[][];
  /** Every word asked, the question words left out. */
  words: string[];
}

const QUESTION_WORDS = new Set(['who', 'is', 'was', 'whos', 'the', 'a', 'an', 'what', 'tell', 'me', 'about']);
const CACHE_LIMIT = 20_000;

const LEGAL_ENDINGS = new Set(['co', 'cos', 'inc', 'corp', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'spa']);

/** The parts of a role question, or null when it names no role ("Angela Merkel", "the merger"). */
export function readRoleQuestion(text: string): RoleQuestion | null {
  const words = roleWords(text).filter((word) => !QUESTION_WORDS.has(word));
  const countries = words.filter(isCountryWord);
  const rest = words.filter((word) => !isCountryWord(word));
  // A capitalised word of the question is part of a name ("Skyline Air", "Labour"), which may stand
  // around the role; a lower-case title word ("finance", "deputy") must be in the role.
  const named = new Set(roleWords(text.replace(/^\S+/, '').replace(/\b\p{Ll}[\p{L}'\u2019-]*/gu, ' ')));
  // "the Liberal Democrats' spokesman": a party's member ("Democrat") is no title the role must hold.
  const isHeadWord = (word: string): boolean => !isPartyWord(word) && (ROLE_HEADS.has(word) || isRoleNoun(word));
  const isTitleWord = (word: string): boolean => isHeadWord(word) || (ROLE_MODIFIERS.has(word) && !named.has(word));
  const inRole = rest.filter(isTitleWord);
  if (!inRole.some(isHeadWord)) return null;
  const bodies = (text.replace(/^\S+/, '').match(/\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*)+/gu) ?? [])
    // "All Blacks": a function word capitalised in a name may be cut from a stated role; it tells nothing.
    .map((run) =>
      roleWords(run).filter((word) => !isHeadWord(word) && !SENTENCE_WORDS.has(word) && !LEGAL_ENDINGS.has(word)),
    )
    .filter((run) => run.length >= 2);
  // "of Pesch and Co" where the role says "of Pesch": a firm's legal ending tells only that it is one.
  const around = rest.filter((word) => !isTitleWord(word) && !LEGAL_ENDINGS.has(word));
  return { countries, inRole, around, bodies, words };
}

/**
 * "chair of the CBI's SME Council" for "the chairman of the British Council": a role that holds
 * some words of the asked body's name but not all names another body.
 */
function namesOtherBody(question: RoleQuestion, form: readonly string[]): boolean {
  return question.bodies.some((body) => {
    const found = body.filter((word) => holdsWord(form, word)).length;
    return found > 0 && found < body.length;
  });
}

/**
 * The people whose stated roles answer a role question. A role that names another country
 * ("Iranian President" for "the Iraqi president") never answers; a role that names none needs
 * the asked country in its own sentence, or (when that sentence names no country) in its
 * article's headline or opening: without evidence of the country there is no answer.
 */
export function matchRole(
  tables: WhoTables,
  text: string,
  lead: ArticleLead | undefined,
  cache: Map<string, Set<string>>,
): RoleMatch[] {
  const question = readRoleQuestion(text);
  if (!question) return [];
  const acronyms = initialsOf(text);
  const wordsOf = (source: string): Set<string> => {
    let words = cache.get(source);
    if (!words) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      // "the Liberal Democrats' spokesman" where the sentence says "Liberal Democrat": a party by any of its names.
      cache.set(source, (words = new Set(roleWords(source).flatMap((word) => [word, foldPartyWord(word)]))));
    }
    return words;
  };
  const matches: RoleMatch[] = [];
  for (const slot of intersect(question.inRole.map((word) => tables.byRoleWord.get(word)))) {
    const record = tables.records[slot]!;
    const forms = tables.roleForms[slot]!;
    let best = 0;
    let support = 0;
    // "Yahoo's chief executive" elsewhere: a bare "chief executive" whose article is about
    // Verizon does not make that person Verizon's, when their own words name another body.
    let otherBody = false;
    let inRoleBody = false;
    record.roles.forEach((role, index) => {
      const formIndex = tables.roleFormOf[slot]![index]!;
      const form = formIndex >= 0 ? forms[formIndex]! : null;
      if (!form || !question.inRole.every((word) => holdsWord(form, word))) return;
      if (holdsRankNotAsked(question.words, form, question.inRole.length) || namesOtherParty(question.words, form))
        return;
      if (namesOtherBody(question, form)) return;
      const around = () => {
        const sentence = wordsOf(role.sentence);
        const article = lead ? wordsOf(lead(role.articleId)) : new Set<string>();
        return { sentence, article };
      };
      let score = 1;
      const missing = question.around.filter((word) => !holdsWord(form, word));
      if (missing.length === 0) {
        score += 0.5;
        inRoleBody ||= question.around.length > 0;
      }
      // "Aggregate chief executive" does not answer "the chief executive of Holcim", whatever its sentence says.
      else if (
        missing.length === question.around.length &&
        namesBody(role.role, acronyms) &&
        !spelledOutIn(lead?.(role.articleId) ?? '', role.role, missing)
      ) {
        otherBody = true;
        return;
      } else if (
        !namesAskedInitials(role.role, acronyms) ||
        initialsNameAnother(
          role.role,
          lead?.(role.articleId) ?? '',
          record.roles.map((other) => other.role),
          missing,
        )
      ) {
        const { sentence, article } = around();
        const stated = (word: string): boolean => holdsWord(sentence, word) || holdsWord(article, word);
        if (!missing.every((word) => stated(word) || stated(foldPartyWord(word)))) return;
      }
      if (question.countries.length > 0) {
        if (question.around.length === 0 && countryOnlyInBody(role.role)) return;
        const evidence = countryEvidence(question.countries, form, around);
        if (evidence === 0) return;
        score += evidence;
      }
      best = Math.max(best, score);
      support += 1;
    });
    // Only a body asked for is contradicted: "Judge Letitia Clark" asks by her own name.
    const asksBody = question.around.some((word) => !tables.nameForms[slot]!.some((form) => form.includes(word)));
    if (best > 0 && !(otherBody && !inRoleBody && asksBody)) matches.push({ slot, score: best, support });
  }
  return matches;
}

/** A word of the question in a role's words, singular or plural ("Kelford Worker Fund", "Kelford Workers Fund"). */
function holdsWord(words: readonly string[] | ReadonlySet<string>, word: string): boolean {
  const has = (candidate: string): boolean =>
    Array.isArray(words) ? words.includes(candidate) : (words as ReadonlySet<string>).has(candidate);
  if (has(word)) return true;
  if (word.length < 4) return false;
  return word.endsWith('s') ? has(word.slice(0, -1)) : has(`${word}s`);
}

/** "Tory shadow local government secretary" for the Liberal Democrats' one: the role states another party. */
function namesOtherParty(asked: readonly string[], form: readonly string[]): boolean {
  const wanted = partiesIn(asked);
  const stated = partiesIn(form);
  return wanted.length > 0 && stated.length > 0 && !stated.some((party) => wanted.includes(party));
}

/**
 * How the statement shows the asked country: 0.5 in the role itself, 0.25 in its sentence,
 * 0.1 in its article; 0 when the role or its sentence names another, or nothing names it.
 */
function countryEvidence(
  asked: readonly string[],
  form: readonly string[],
  around: () => { sentence: Set<string>; article: Set<string> },
): number {
  const named = form.filter(isCountryWord);
  if (named.length > 0) return named.some((country) => asked.includes(country)) ? 0.5 : 0;
  const { sentence, article } = around();
  if (asked.some((country) => sentence.has(country))) return 0.25;
  if ([...sentence].some(isCountryWord)) return 0;
  return asked.some((country) => article.has(country)) ? 0.1 : 0;
}
