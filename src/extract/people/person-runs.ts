import type { PersonRecord } from '../types.js';
import { compareLocals, type LocalPerson, type PersonGroup } from './link-surname.js';

/** A person linked afresh, with what placing it in the directory needs. */
export interface LinkedPerson {
  record: PersonRecord;
  /** Its `byArticleName` keys: each member's article with each form that article uses. */
  claims: string[];
  surname: string;
  /** The mention that founded it: the first that linking read. */
  founder: LocalPerson;
}

/**
 * The persons that share one full name (namesakes kept apart by their roles), in the order they
 * were founded. The directory lists whole runs, ordered by the mention that founded the first.
 */
export interface PersonRun {
  founder: LocalPerson;
  persons: LinkedPerson[];
}

export function compareRuns(left: PersonRun, right: PersonRun): number {
  return compareLocals(left.founder, right.founder);
}

export function articleNameKey(articleId: string, name: string): string {
  return `${articleId}\u0000${name}`;
}

/** The runs of one surname's groups (given in founding order), with their records. */
export function runsOf(groups: readonly PersonGroup[], surname: string): PersonRun[] {
  const byName = new Map<string, PersonRun>();
  for (const group of groups) {
    const key = group.words.join(' ');
    let run = byName.get(key);
    if (!run) byName.set(key, (run = { founder: group.members[0]!, persons: [] }));
    run.persons.push({ record: toRecord(group), claims: claimsOf(group), surname, founder: group.members[0]! });
  }
  return [...byName.values()];
}

function claimsOf(group: PersonGroup): string[] {
  const claims: string[] = [];
  for (const { articleId, person } of group.members) {
    claims.push(articleNameKey(articleId, person.name));
    for (const variant of person.variants) claims.push(articleNameKey(articleId, variant));
  }
  return claims;
}

function toRecord(group: PersonGroup): PersonRecord {
  const variants = new Set<string>();
  const articleIds = new Set<string>();
  const roles: PersonRecord['roles'] = [];
  let mentionCount = 0;
  for (const { articleId, person } of group.members) {
    variants.add(person.name);
    for (const variant of person.variants) variants.add(variant);
    articleIds.add(articleId);
    for (const role of person.roles) roles.push({ ...role, articleId });
    mentionCount += person.mentions.length;
  }
  return {
    name: canonicalName(group),
    variants: [...variants].sort(),
    roles,
    articleIds: [...articleIds],
    mentionCount,
  };
}

/** The fullest form of the name; among equally full forms, the one most articles use. */
function canonicalName(group: PersonGroup): string {
  const counts = new Map<string, { count: number; length: number }>();
  for (const { person, words } of group.members) {
    const entry = counts.get(person.name);
    if (entry) entry.count++;
    else counts.set(person.name, { count: 1, length: words.length });
  }
  let best = group.members[0]!.person.name;
  let bestEntry = counts.get(best)!;
  for (const [name, entry] of counts) {
    const fuller = entry.length - bestEntry.length;
    if (fuller > 0 || (fuller === 0 && entry.count > bestEntry.count)) {
      best = name;
      bestEntry = entry;
    }
  }
  return best;
}
