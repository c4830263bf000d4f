import type { RoleMention } from '../types.js';
import nlp from 'compromise';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';

/** A person's roles, each completed or dropped (see completeRole), each once a sentence. */
export function uniqueRoles(roles: RoleMention[]): RoleMention[] {
  const seen = new Set<string>();
  return roles.flatMap((found) => {
    const role = completeRole(found);
    if (!role) return [];
    const key = `${role.role.toLowerCase()}\u0000${role.paragraph}\u0000${role.sentence}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [role];
  });
}

/**
 * A role read only in part is completed or dropped: "analyst with Merrill Lynch" before ", Pierce,
 * Fenner and Smith" and "the board for margarine" before ", fats and oils" take the rest of the
 * list; "director of the Exchange's" (before ", CME's, executive committee"), "host of BBC"
 * (before "6 Music's chart show"), "director of Jardine Fleming" (before "(Securities) Ltd's Tokyo
 * branch"), a relative clause with a subject of its own ("the player he beat") and a role shared
 * out over a list ("advisers of the Senate and House committees respectively", "the King of
 * Belgium as well as the foreign ministry") say something else, so go.
 */
function completeRole(found: RoleMention): RoleMention | null {
  // "Shortly afterwards model X": adverbs opening a sentence qualify the clause, not the post.
  const adverbs = /^(?:\p{L}+(?:ly|wards)\s+)+/u.exec(found.role)?.[0] ?? '';
  const opening = adverbs.split(/\s+/).filter(Boolean);
  const mention =
    opening.some((word) => /^\p{Ll}/u.test(word)) && opening.every((word) => isAdverb(word.toLowerCase()))
      ? { ...found, role: found.role.slice(adverbs.length) }
      : found;
  const { role, sentence } = mention;
  if (!role) return null;
  if (/\b(?:he|she|they|we|I|respectively)\b|\bas well as\b/.test(role)) return null;
  // "a 7-5 6-3 victor over X": a score says how a match went, not what post someone holds.
  if (/(?:^|\s)\d{1,2}-\d{1,2}(?=\s|$)/.test(role)) return null;
  const at = sentence.indexOf(role);
  const after = at < 0 ? '' : sentence.slice(at + role.length);
  if (/['\u2019]s?$/.test(role)) return /^(?:\s+[\p{Ll}\d]|,\s*\S+['\u2019]s,)/u.test(after) ? null : mention;
  if (/^\s*\([^()]*\)\s+\p{Lu}/u.test(after)) return null;
  const capitalised = /\p{Lu}[\p{L}.&-]*$/u.test(role);
  if (capitalised && /^\s+\d+\s+\p{Lu}/u.test(after)) return null;
  const list = capitalised
    ? /^(?:,\s*\p{Lu}[\p{L}-]*)+,?\s+and\s+\p{Lu}[\p{L}-]*/u.exec(after)
    : /\s(?:of|for)\s/.test(role)
      ? /^(?:,\s*\p{Ll}[\p{L}-]*)+,?\s+and\s+\p{Ll}[\p{L}-]*(?=[\s,.;:)]|$)/u.exec(after)
      : null;
  return list ? { ...mention, role: role + list[0] } : mention;
}

function isAdverb(word: string): boolean {
  return !ROLE_MODIFIERS.has(word) && !ROLE_HEADS.has(word) && nlp(word).has('#Adverb');
}
