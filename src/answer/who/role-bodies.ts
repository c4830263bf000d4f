/**
 * The body a role question asks about, as a role may give it: by name, by initials the question
 * spells ("UKA" for "UK Athletics"), or by an acronym its article defines.
 */
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../extract/people/lexicon.js';
import { isRoleNoun } from '../../extract/people/role-nouns.js';
import { isCountryWord, roleWords } from '../../extract/people/role-words.js';
import { findAcronyms, runInitials, spellsInitials } from '../../text/acronyms.js';
import { isPartyWord } from '../../vocabulary/parties.js';

/**
 * Whether a role names a body of its own: a capitalised word that is no title word, country or
 * party ("Aggregate chief executive", "president of Ardenco Inc", not "Chief Executive", "Iraqi
 * President", "Republican senator") nor the initials of a name the question gives ("UKA").
 */
export function namesBody(role: string, acronyms: ReadonlySet<string>): boolean {
  return (role.match(/\b\p{Lu}[\p{L}&'\u2019-]*/gu) ?? []).some(
    (raw) =>
      !isQuestionAcronym(raw.replace(/['\u2019]s$/, ''), acronyms) &&
      roleWords(raw).some(
        (word) =>
          !ROLE_HEADS.has(word) &&
          !ROLE_MODIFIERS.has(word) &&
          !isRoleNoun(word) &&
          !isCountryWord(word) &&
          !isPartyWord(word),
      ),
  );
}

/**
 * "INL chairman" for "the chairman of Independent Newspapers": the article's opening defines an
 * acronym of the role ("<Independent Newspapers Ltd> (INL)") as a name that holds the asked words.
 */
export function spelledOutIn(lead: string, role: string, missing: readonly string[]): boolean {
  if (!lead.includes('(')) return false;
  for (const [acronym, name] of findAcronyms(lead)) {
    if (!new RegExp(`\\b${acronym}\\b`).test(role)) continue;
    const words = new Set(roleWords(name));
    if (missing.every((word) => words.has(word))) return true;
  }
  return false;
}

/** "UKA" for "the UK Athletics chief executive": the initials of each run of capitalised words. */
function isQuestionAcronym(word: string, acronyms: ReadonlySet<string>): boolean {
  for (const initials of acronyms) if (spellsInitials(word, initials)) return true;
  return false;
}

// Three letters or more: two are too often another body's.
const MIN_INITIALS = 3;

/** "technical director for the KBU" for "the Kelford Broadcast Union": the body by the initials asked. */
export function namesAskedInitials(role: string, acronyms: ReadonlySet<string>): boolean {
  return (role.match(/\b\p{Lu}{3,}\b/gu) ?? []).some((word) =>
    [...acronyms].some((initials) => initials.length >= MIN_INITIALS && spellsInitials(word, initials)),
  );
}

export function initialsOf(text: string): Set<string> {
  return new Set((text.match(/\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)+/gu) ?? []).map(runInitials));
}

/**
 * "KBU director" for "the Kelwise Broadcast Union": the initials stand for another body when
 * the role's article spells them out ("The Kelford Broadcast Union (KBU)") or another role
 * of the same person names that body in full, without the words the question asks.
 */
export function initialsNameAnother(
  role: string,
  lead: string,
  otherRoles: readonly string[],
  asked: readonly string[],
): boolean {
  const spelled = new Map(findAcronyms(lead));
  for (const other of otherRoles) {
    for (const run of other.match(/\p{Lu}[\p{L}]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}]*)+/gu) ?? []) {
      const initials = runInitials(run);
      if (!spelled.has(initials)) spelled.set(initials, run);
    }
  }
  return (role.match(/\b\p{Lu}{3,}\b/gu) ?? []).some((word) => {
    const name = spelled.get(word);
    if (!name) return false;
    const words = new Set(roleWords(name));
    return !asked.every((value) => words.has(value));
  });
}

// Words a state's own name holds ("the French Republic", "the Russian Federation"): no other body.
const STATE_NAME_WORDS = new Set(
  'republic kingdom federation government state states nation union commonwealth people peoples democratic socialist islamic arab of the and'.split(
    ' ',
  ),
);

/**
 * "President of the Peruvian Federation of Kelford Traders" for "the Peruvian president": the role's
 * country stands only in the name of the body it heads, so it is that body's post, not the country's.
 */
export function countryOnlyInBody(role: string): boolean {
  const body =
    /\b(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(
      role,
    );
  if (!body) return false;
  const inBody = roleWords(body[1]!);
  const before = roleWords(role.slice(0, body.index));
  if (!inBody.some(isCountryWord) || before.some(isCountryWord)) return false;
  return inBody.some((word) => !isCountryWord(word) && !STATE_NAME_WORDS.has(word));
}
