import { isKnownFirstName, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { isRoleNoun } from './role-nouns.js';
import type { NameCandidate } from './name-candidates.js';

// "Scott Cunningham" alone on a line: a given name, perhaps an initial, and one or two more words.
const NAME_LINE = /^(\p{Lu}[\p{Ll}'\u2019-]+)(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}$/u;
// The post runs to the end of its first clause: "Senior Vice President of Technology at IAB".
const ROLE_CLAUSE = /^[^,.;:()]{3,120}/;

/**
 * A web page's byline or speaker box puts a name on a line of its own and the post on the next:
 * "Scott Cunningham" / "Senior Vice President of Technology and Ad Operations at IAB, and ...".
 * The candidate for such a name, with that post, when the name opens with a known given name and
 * the next line opens with a title; else null.
 */
export function readNameLine(line: string, next: string | undefined): NameCandidate | null {
  const name = NAME_LINE.exec(line.trim());
  if (!name || !next || !isKnownFirstName(name[1]!.toLowerCase())) return null;
  const clause = ROLE_CLAUSE.exec(next.trim())?.[0].trim();
  if (!clause) return null;
  const words = clause.split(/\s+/);
  // The post opens the line, capitalised as a title is: only title words before its head.
  const head = words.findIndex((word) => isTitleHead(word.toLowerCase()));
  if (head < 0 || head > 3) return null;
  if (!words.slice(0, head + 1).every((word) => /^\p{Lu}/u.test(word) && isTitleWord(word.toLowerCase()))) return null;
  return { name: name[0], words: name[0].split(/\s+/).length, roles: [clause], strong: true, pending: false };
}

const isTitleHead = (word: string): boolean => ROLE_HEADS.has(word) || isRoleNoun(word);
const isTitleWord = (word: string): boolean => isTitleHead(word) || ROLE_MODIFIERS.has(word);
