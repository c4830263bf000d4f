import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory, PersonMention, PersonRecord } from '../types.js';
import { nameWords, roleAgreement, rolesConflictOnCountry } from './role-words.js';

interface LocalPerson {
  articleId: string;
  person: PersonMention;
  words: string[];
}

/** The article-local persons that the evidence says are one person across the corpus. */
interface PersonGroup {
  words: string[];
  members: LocalPerson[];
}

function endsWith(words: string[], suffix: string[]): boolean {
  if (suffix.length >= words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((word, index) => words[offset + index] === word);
}

/** Best agreement between any role of a short-named person and any role of a group; -1 on a clash. */
function groupAgreement(person: PersonMention, group: PersonGroup): number {
  const roles = person.roles.map((role) => role.role);
  const groupRoles = group.members.flatMap((member) => member.person.roles.map((role) => role.role));
  if (roles.length === 0 || groupRoles.length === 0) return 0;
  let best = -1;
  for (const role of roles) {
    for (const other of groupRoles) {
      if (rolesConflictOnCountry(role, other)) continue;
      best = Math.max(best, roleAgreement(role, other));
    }
  }
  return best <= 0 ? -1 : best;
}

function mentionTotal(group: PersonGroup): number {
  return group.members.reduce((sum, member) => sum + member.person.mentions.length, 0);
}

/**
 * Picks the full-name group a shorter name ("Hussein") belongs to: the one whose roles agree
 * (the foreign minister, not the king), or the only group ending with that name when the short
 * form states no clashing role. Returns null when the evidence does not single one out.
 */
function chooseGroup(local: LocalPerson, candidates: PersonGroup[]): PersonGroup | null {
  if (candidates.length === 0) return null;
  const scored = candidates.map((group) => ({ group, agreement: groupAgreement(local.person, group) }));
  const agreeing = scored.filter((entry) => entry.agreement > 0).sort((left, right) => right.agreement - left.agreement || mentionTotal(right.group) - mentionTotal(left.group));
  if (agreeing.length === 1 || (agreeing.length > 1 && agreeing[0]!.agreement > agreeing[1]!.agreement)) return agreeing[0]!.group;
  if (agreeing.length > 1) return null;
  if (candidates.length === 1 && scored[0]!.agreement === 0) return candidates[0]!;
  return null;
}

/**
 * Links the persons of every article into corpus-wide records. The same full name is one person;
 * a shorter form joins the full name that ends with it when the roles agree or it is the only
 * candidate; namesakes whose roles disagree stay apart.
 */
export function linkPeople(_articles: Article[], extractions: ArticleExtraction[]): PeopleDirectory {
  const groups = new Map<string, PersonGroup[]>();
  const locals: LocalPerson[] = [];
  for (const extraction of extractions) {
    for (const person of extraction.people) {
      const words = nameWords(person.name);
      if (words.length > 0) locals.push({ articleId: extraction.articleId, person, words });
    }
  }
  locals.sort((left, right) => right.words.length - left.words.length);
  const byLastWord = new Map<string, PersonGroup[]>();
  for (const local of locals) {
    const key = local.words.join(' ');
    const sameName = groups.get(key) ?? [];
    const longer = (byLastWord.get(local.words[local.words.length - 1]!) ?? []).filter((other) => endsWith(other.words, local.words));
    // A full name is one person wherever it appears; a lone surname must earn its link.
    let group = local.words.length > 1 ? sameName[0] : undefined;
    group ??= chooseGroup(local, longer) ?? sameName.find((other) => groupAgreement(local.person, other) >= 0);
    if (!group) {
      group = { words: local.words, members: [] };
      groups.set(key, [...sameName, group]);
      const last = local.words[local.words.length - 1]!;
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), group]);
    }
    group.members.push(local);
  }
  return toDirectory([...groups.values()].flat());
}

function toDirectory(groups: PersonGroup[]): PeopleDirectory {
  const persons: PersonRecord[] = [];
  const byArticleName: Record<string, number> = {};
  for (const group of groups) {
    const index = persons.length;
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
      for (const name of [person.name, ...person.variants]) byArticleName[`${articleId}\u0000${name}`] = index;
    }
    persons.push({ name: canonicalName(group), variants: [...variants].sort(), roles, articleIds: [...articleIds], mentionCount });
  }
  return { persons, byArticleName };
}

/** The fullest form of the name; among equally full forms, the one most articles use. */
function canonicalName(group: PersonGroup): string {
  const counts = new Map<string, number>();
  for (const { person } of group.members) counts.set(person.name, (counts.get(person.name) ?? 0) + 1);
  let best = group.members[0]!.person.name;
  for (const [name, count] of counts) {
    const fuller = nameWords(name).length - nameWords(best).length;
    if (fuller > 0 || (fuller === 0 && count > (counts.get(best) ?? 0))) best = name;
  }
  return best;
}
