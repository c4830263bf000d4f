/** A person known by one word and a title is named with the title, as the article writes it. */
import type { RoleMention } from '../types.js';
import { PEERAGES } from './non-person-names.js';

export const ROYAL_TITLES: ReadonlySet<string> = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sheikh',
  'sultan',
  'pope',
  'emperor',
  'empress',
  'shah',
  'tsar',
  'crown prince',
]);

const TERRITORIAL_DESIGNATION = /^ of \p{Lu}\p{Ll}+(?![\p{L}'\u2019-])(?!\s+[\p{Lu}\d])/u;
const TITLE_BEFORE = /\b(\p{Lu}\p{Ll}+)$/u;

/**
 * "King Fahd", "Emir Hamad": a monarch known by one name is known by it with the title, only as
 * the article writes it ("Queen, Muse and Blur" gives no "Queen Muse"). "Baroness Scotland",
 * "Lord Falconer": so is a peer, whose one word alone may read as a country.
 */
export function titledName(
  name: string,
  roles: readonly RoleMention[],
  mentions: readonly { sentence: string }[],
): string | null {
  // "Foreign Minister Prince Khalid Al-Nasser", "Sheikh Karim al-Haddad": a full name keeps a royal
  // title written right before it, as people write it.
  if (name.includes(' ')) return royalTitleBefore(name, mentions);
  const royal = roles.find((role) => ROYAL_TITLES.has(role.role.toLowerCase()));
  const titled = royal && `${royal.role[0]!.toUpperCase()}${royal.role.slice(1).toLowerCase()} ${name}`;
  if (titled && mentions.some((mention) => mention.sentence.includes(titled))) return titled;
  for (const mention of mentions) {
    for (let at = mention.sentence.indexOf(name); at > 0; at = mention.sentence.indexOf(name, at + 1)) {
      const before = mention.sentence.slice(0, at);
      const title = /\s$/.test(before) ? TITLE_BEFORE.exec(before.trimEnd())?.[1] : undefined;
      if (title && PEERAGES.has(title.toLowerCase())) {
        // "Lord Nicholls of Birkenhead": a peer's title takes in its place.
        const seat = TERRITORIAL_DESIGNATION.exec(mention.sentence.slice(at + name.length))?.[0] ?? '';
        return `${title} ${name}${seat}`;
      }
    }
  }
  return null;
}

function royalTitleBefore(name: string, mentions: readonly { sentence: string }[]): string | null {
  for (const mention of mentions) {
    for (let at = mention.sentence.indexOf(name); at > 0; at = mention.sentence.indexOf(name, at + 1)) {
      const before = mention.sentence.slice(0, at - 1);
      const title = TITLE_BEFORE.exec(before)?.[1];
      // "Crown Prince Omar": a title of two words is a post; the name stays as it is.
      if (/\bCrown\s+\p{L}+$/u.test(before)) continue;
      if (mention.sentence[at - 1] === ' ' && title && ROYAL_TITLES.has(title.toLowerCase())) return `${title} ${name}`;
    }
  }
  return null;
}

/**
 * "Foreign Minister Prince" -> "Foreign Minister", for a name written "Prince X Y": the title taken
 * into the name is no part of the post before it ("Saudi Arabian prince" stays).
 */
export function withoutRoyalTitle(role: string, titledName: string): string {
  const title = titledName.split(' ')[0]!;
  if (!ROYAL_TITLES.has(title.toLowerCase()) || !role.endsWith(` ${title}`) || role.endsWith(`Crown ${title}`))
    return role;
  return role.slice(0, -title.length - 1);
}

/** "Prince Khalid Al-Nasser" -> ["Khalid", "Al-Nasser"]: a name's words after any royal title. */
export function wordsAfterRoyalTitle(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && ROYAL_TITLES.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
}

/** "Sheikh" beside "Sheikh Karim al-Haddad": an honorific the name carries, no post (a king's title is his office). */
export function isHonorificOfName(role: string, name: string): boolean {
  return /^sheikha?$/i.test(role) && name.startsWith(`${role} `);
}
