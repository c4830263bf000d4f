import type { ArticleExtraction, PersonMention } from '../types.js';
import {
  profileAgreement,
  profileOf,
  profilesConflictOnCountry,
  type RoleProfile,
  type RoleProfiles,
} from './role-comparison.js';
import { nameWords } from './role-words.js';

/** One person as one article names them. */
export interface LocalPerson {
  articleId: string;
  /** The person's place in the article's people. */
  position: number;
  person: PersonMention;
  words: string[];
}

/** The article-local persons that the evidence says are one person across the corpus. */
export interface PersonGroup {
  words: string[];
  members: LocalPerson[];
  /** Each distinct role string of the members once, folded for comparison. */
  roleTexts: Set<string>;
  roleProfiles: RoleProfile[];
  mentions: number;
}

/** The article's persons that have a name at all, in the article's order. */
export function localsOf(extraction: ArticleExtraction): LocalPerson[] {
  const locals: LocalPerson[] = [];
  extraction.people.forEach((person, position) => {
    const words = nameWords(person.name);
    if (words.length > 0) locals.push({ articleId: extraction.articleId, position, person, words });
  });
  return locals;
}

/** A name is linked by its last word: only names sharing it can ever be one person. */
export function surnameOf(local: LocalPerson): string {
  return local.words[local.words.length - 1]!;
}

/**
 * The order linking reads names in: fuller names first, then by article id and place in the
 * article. Ids, not the order articles were loaded in, so that a directory updated after a
 * change is the one a full link gives, whatever order the corpus comes in.
 */
export function compareLocals(left: LocalPerson, right: LocalPerson): number {
  return compareFounders(
    left.words.length,
    left.articleId,
    left.position,
    right.words.length,
    right.articleId,
    right.position,
  );
}

export function compareFounders(
  leftWords: number,
  leftArticle: string,
  leftPosition: number,
  rightWords: number,
  rightArticle: string,
  rightPosition: number,
): number {
  if (leftWords !== rightWords) return rightWords - leftWords;
  if (leftArticle !== rightArticle) return leftArticle < rightArticle ? -1 : 1;
  return leftPosition - rightPosition;
}

function endsWith(words: string[], suffix: string[]): boolean {
  if (suffix.length >= words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((word, index) => words[offset + index] === word);
}

/** Best agreement between any role of a short-named person and any role of a group; -1 on a clash. */
function groupAgreement(local: LocalPerson, group: PersonGroup, profiles: RoleProfiles): number {
  const roles = local.person.roles;
  if (roles.length === 0 || group.roleProfiles.length === 0) return 0;
  let best = -1;
  for (const role of roles) {
    const profile = profileOf(profiles, role.role);
    for (const other of group.roleProfiles) {
      if (profilesConflictOnCountry(profile, other)) continue;
      best = Math.max(best, profileAgreement(profile, other));
    }
  }
  return best <= 0 ? -1 : best;
}

/**
 * Picks the full-name group a shorter name ("Hussein") belongs to: the one whose roles agree
 * (the foreign minister, not the king), or the only group ending with that name when the short
 * form states no clashing role. Returns null when the evidence does not single one out.
 */
function chooseGroup(local: LocalPerson, candidates: PersonGroup[], profiles: RoleProfiles): PersonGroup | null {
  if (candidates.length === 0) return null;
  const scored = candidates.map((group) => ({ group, agreement: groupAgreement(local, group, profiles) }));
  const agreeing = scored
    .filter((entry) => entry.agreement > 0)
    .sort((left, right) => right.agreement - left.agreement || right.group.mentions - left.group.mentions);
  if (agreeing.length === 1 || (agreeing.length > 1 && agreeing[0]!.agreement > agreeing[1]!.agreement))
    return agreeing[0]!.group;
  if (agreeing.length > 1) return null;
  if (candidates.length === 1 && scored[0]!.agreement === 0) return candidates[0]!;
  return null;
}

function addMember(group: PersonGroup, local: LocalPerson, profiles: RoleProfiles): void {
  group.members.push(local);
  group.mentions += local.person.mentions.length;
  for (const { role } of local.person.roles) {
    if (group.roleTexts.has(role)) continue;
    group.roleTexts.add(role);
    group.roleProfiles.push(profileOf(profiles, role));
  }
}

/**
 * Links the persons of one surname, given in `compareLocals` order, into groups (in the order
 * they were founded). The same full name is one person; a shorter form joins the full name that
 * ends with it when the roles agree or it is the only candidate; namesakes whose roles disagree
 * stay apart. Names of different surnames never meet, so each surname is linked on its own.
 */
export function linkSurname(locals: readonly LocalPerson[], profiles: RoleProfiles): PersonGroup[] {
  const groups: PersonGroup[] = [];
  const byName = new Map<string, PersonGroup[]>();
  for (const local of locals) {
    const key = local.words.join(' ');
    const sameName = byName.get(key) ?? [];
    const longer = groups.filter((other) => endsWith(other.words, local.words));
    // A full name is one person wherever it appears; a lone surname must earn its link.
    let group = local.words.length > 1 ? sameName[0] : undefined;
    group ??=
      chooseGroup(local, longer, profiles) ?? sameName.find((other) => groupAgreement(local, other, profiles) >= 0);
    if (!group) {
      group = { words: local.words, members: [], roleTexts: new Set(), roleProfiles: [], mentions: 0 };
      byName.set(key, [...sameName, group]);
      groups.push(group);
    }
    addMember(group, local, profiles);
  }
  return groups;
}
