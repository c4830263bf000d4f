import { escapePattern } from '../../text/escape-pattern.js';
import type { PersonDraft } from './person-drafts.js';
import { nameWords } from './role-words.js';

/**
 * "Kel-D, real name Omar Haddad, said", "DJ Karim Nasser - aka Dunmore Slim - has said": two names
 * of one person. The person the article names by either is one person, named as the article
 * names them most (a surname alone counting for its full name), and found by both.
 */
export function linkAliases(persons: PersonDraft[], paragraphs: readonly string[]): PersonDraft[] {
  const text = paragraphs.join('\n');
  let linked = persons;
  for (const [firstName, secondName] of findAliasPairs(text)) {
    const first = ownerOf(linked, firstName);
    const second = ownerOf(linked, secondName);
    const owner = first?.person ?? second?.person;
    // Neither name is a person's ("the service, aka the agency"): nothing to link.
    if (!owner) continue;
    if (first && second && first.person !== second.person) {
      mergeInto(first.person, second.person);
      linked = linked.filter((person) => person !== second.person);
    }
    // "DJ Karim Nasser": the name as the person's own, without the title the owner was found past.
    const forms = [first?.form ?? firstName, second?.form ?? secondName];
    for (const form of forms) owner.variants.add(form);
    owner.alias = timesNamed(text, forms[0]!) >= timesNamed(text, forms[1]!) ? forms[0] : forms[1];
  }
  return linked;
}

// Capitalised words on one line, a stage name's number first ("40 Kelford").
const NAME = String.raw`(?:\d+ )?\p{Lu}[\p{L}'\u2019-]*(?:\.(?= ))?(?: \p{Lu}[\p{L}'\u2019-]*){0,3}`;
const ALIAS_PATTERNS = [
  // "Kel-D, real name Omar Haddad,", "The Dunmore, whose real name is Laila Nasser,", "X (real name Y)"
  new RegExp(String.raw`(${NAME})\s*[,(]\s*(?:whose\s+)?real\s+name(?:\s+is)?\s+(${NAME})`, 'gu'),
  // "Karim Nasser - aka Dunmore Slim -", "KN, also known as Karim Nasser", "X, better known as Y"
  new RegExp(
    String.raw`(${NAME})\s*(?:,|\(|\s-|\s\u2013)\s*(?:aka|a\.k\.a\.|also\s+known\s+as|better\s+known\s+as)\s+(${NAME})`,
    'gu',
  ),
];

// Most articles give no second name: one scan for the words spares the patterns' backtracking.
const ALIAS_WORDS = /\breal\s+name\b|\baka\b|\ba\.k\.a\.|\bknown\s+as\b/i;

function findAliasPairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (!ALIAS_WORDS.test(text)) return pairs;
  for (const pattern of ALIAS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const [first, second] = [match[1]!.trim(), match[2]!.trim()];
      if (withoutArticle(first) !== withoutArticle(second)) pairs.push([first, second]);
    }
  }
  return pairs;
}

/** "The Dunmore": the article before a stage name is no part of it for matching. */
function withoutArticle(name: string): string {
  return name.replace(/^The\s+/u, '').trim();
}

/**
 * The person a name is one of the forms of: a variant, or the words a full name ends with. A
 * title before the name ("DJ Karim Nasser") is left out word by word until one person matches.
 */
function ownerOf(persons: readonly PersonDraft[], name: string): { person: PersonDraft; form: string } | undefined {
  const written = name.split(' ');
  const words = nameWords(withoutArticle(name));
  for (let skip = 0; skip < words.length; skip++) {
    const tail = words.slice(skip);
    const owners = persons.filter(
      (person) =>
        person.variants.has(name) ||
        (person.words.length === tail.length && tail.every((word, index) => person.words[index] === word)),
    );
    if (owners.length > 1) return undefined;
    if (owners.length === 1) {
      const form = skip > 0 && written.length === words.length ? written.slice(skip).join(' ') : name;
      return { person: owners[0]!, form };
    }
  }
  return undefined;
}

function mergeInto(kept: PersonDraft, other: PersonDraft): void {
  for (const variant of other.variants) kept.variants.add(variant);
  kept.roles.push(...other.roles);
  kept.mentions.push(...other.mentions);
  kept.strong ||= other.strong;
  kept.pending &&= other.pending;
}

/** How often the article names someone by a name: its last word alone counts, as a surname would. */
function timesNamed(text: string, name: string): number {
  const last = name.split(/\s+/).pop()!;
  return text.match(new RegExp(String.raw`(?<![\p{L}\d])${escapePattern(last)}(?![\p{L}\d])`, 'gu'))?.length ?? 0;
}
