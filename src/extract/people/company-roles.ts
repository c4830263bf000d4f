import { isPluralRole } from './role-nouns.js';

// Titles a company holds as often as a person.
const COMPANY_ROLE =
  /\b(?:rival|leader|shareholder|investor|owner|partner|members?|winner|champion|runner-up|finalist|producer|heir|successor|predecessor|opponent|challenger|incumbent|nominee|candidate|founder)s?\b/i;

/** "rival Google", "Google, a rival, ...": roles a company can hold as well, and no other: no evidence of a person. */
export function holdsCompanyRolesOnly(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.every((role) => COMPANY_ROLE.test(role));
}

/** "between Presley, members of his band and Mr Nogar": a plural opens a list, no appositive. */
export function opensWithPlural(role: string): boolean {
  return isPluralRole(role.toLowerCase().split(/\s+/)[0]!);
}
