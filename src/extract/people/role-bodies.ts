import { runInitials, spellsInitials } from '../../text/acronyms.js';
import { ROLE_HEADS } from './lexicon.js';
import { isCountryWord, roleWords } from './role-words.js';
import { isPartyWord } from '../../vocabulary/parties.js';

/**
 * "Kelford's chief executive" is not the "Ardenco chief executive" named later: two roles whose
 * capitalised words each name a body, and no word of one body (nor its initials) in the other,
 * are posts at different bodies. Countries and parties are left to their own checks.
 */
export function namesOtherBody(description: string, role: string): boolean {
  const left = bodyWords(description);
  const right = bodyWords(role);
  if (left.length === 0 || right.length === 0) return false;
  if (left.some((word) => right.includes(word))) return false;
  return !sharesInitials(description, role) && !sharesInitials(role, description);
}

// Words a capitalised title holds ("Chief Executive", "Deputy Prime Minister"); not "Bank" or
// "Royal", which name bodies as often ("Royal Bank of Kelwise").
const TITLE_WORDS = new Set(
  'chief executive senior deputy vice assistant general managing financial operating acting former joint shadow foreign home interior finance prime first principal permanent under junior lord sir'.split(
    ' ',
  ),
);

function bodyWords(role: string): string[] {
  const capitalised = role.match(/\p{Lu}[\p{L}&'\u2019-]*/gu) ?? [];
  return capitalised
    .flatMap((word) => roleWords(word))
    .filter((word) => !ROLE_HEADS.has(word) && !TITLE_WORDS.has(word) && !isCountryWord(word) && !isPartyWord(word));
}

/** "the BP chief executive" and "chief executive of British Petroleum": an acronym of the other's name. */
function sharesInitials(acronymSide: string, nameSide: string): boolean {
  const acronyms = acronymSide.match(/\b\p{Lu}{2,}\b/gu) ?? [];
  const runs = nameSide.match(/\p{Lu}[\p{L}]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}]*)+/gu) ?? [];
  const initials = runs.map(runInitials);
  return acronyms.some((acronym) => initials.some((letters) => spellsInitials(acronym, letters)));
}
