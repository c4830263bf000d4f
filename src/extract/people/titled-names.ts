/** A person known by one word and a title is named with the title, as the article writes it. */
import type { RoleMention } from '../types.js';
import { PEERAGES } from './non-person-names.js';

const ROYAL_TITLES = new Set([
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
