import { isCountryWord, roleHead, roleWords } from './role-words.js';

/**
 * What comparing two roles needs of each one. Linking compares every role of a surname with
 * every role of each candidate person; a famous surname has hundreds of them, so each distinct
 * role string is folded into words once per linking run, not once per comparison.
 */
export interface RoleProfile {
  head: string | null;
  words: ReadonlySet<string>;
  countries: readonly string[];
}

/** Profiles by role string, shared over one linking run. */
export type RoleProfiles = Map<string, RoleProfile>;

export function profileOf(profiles: RoleProfiles, role: string): RoleProfile {
  let profile = profiles.get(role);
  if (!profile) {
    const words = roleWords(role);
    profile = { head: roleHead(role), words: new Set(words), countries: words.filter(isCountryWord) };
    profiles.set(role, profile);
  }
  return profile;
}

/**
 * The words two roles share when their heads agree: `roleAgreement`'s count without its checks
 * of rank, party and kind of post, which a description needs and a surname's linking does not.
 */
export function profileAgreement(left: RoleProfile, right: RoleProfile): number {
  if (left.head && right.head && left.head !== right.head) return 0;
  let shared = 0;
  for (const word of left.words) if (right.words.has(word)) shared++;
  return shared;
}

/** The same answer as `rolesConflictOnCountry` of the two role strings. */
export function profilesConflictOnCountry(left: RoleProfile, right: RoleProfile): boolean {
  if (left.countries.length === 0 || right.countries.length === 0) return false;
  return !left.countries.some((country) => right.countries.includes(country));
}
