import type { RoleMention } from '../types.js';

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
 * Fenner and Smith" takes the rest of the firm's name; "director of the Exchange's" (before ",
 * CME's, executive committee"), "host of BBC" (before "6 Music's chart show") and a relative
 * clause with a subject of its own ("the player he beat") say something else, so go.
 */
function completeRole(mention: RoleMention): RoleMention | null {
  const { role, sentence } = mention;
  if (/\b(?:he|she|they|we|I)\b/.test(role)) return null;
  const at = sentence.indexOf(role);
  const after = at < 0 ? '' : sentence.slice(at + role.length);
  if (/['\u2019]s?$/.test(role)) return /^(?:\s+[\p{Ll}\d]|,\s*\S+['\u2019]s,)/u.test(after) ? null : mention;
  if (!/\p{Lu}[\p{L}.&-]*$/u.test(role)) return mention;
  if (/^\s+\d+\s+\p{Lu}/u.test(after)) return null;
  const list = /^(?:,\s*\p{Lu}[\p{L}-]*)+,?\s+and\s+\p{Lu}[\p{L}-]*/u.exec(after);
  return list ? { ...mention, role: role + list[0] } : mention;
}
