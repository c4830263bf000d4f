import { escapePattern } from '../../text/escape-pattern.js';
import type { PersonMention } from '../types.js';

const KNIGHTLY = /\b(?:Sir|Dame) \p{Lu}/u;

/**
 * "Sir Nicholas" for Nicholas Scott, "Dame Kelly" for Kelly Holmes: a knight or dame is named by
 * title and given name, so the article's "Sir Nicholas said" is theirs, when no one else of the
 * article has that given name.
 */
export function addKnightlyVariants(people: PersonMention[], paragraphs: readonly string[]): PersonMention[] {
  if (!paragraphs.some((paragraph) => KNIGHTLY.test(paragraph))) return people;
  const text = paragraphs.join('\n');
  const givenCounts = new Map<string, number>();
  for (const person of people) {
    const given = person.name.split(/\s+/)[0]!;
    if (person.name.includes(' ')) givenCounts.set(given, (givenCounts.get(given) ?? 0) + 1);
  }
  return people.map((person) => {
    const words = person.name.split(/\s+/);
    if (words.length < 2 || givenCounts.get(words[0]!) !== 1) return person;
    const found = ['Sir', 'Dame']
      .map((title) => `${title} ${words[0]}`)
      .find((variant) => new RegExp(`\\b${escapePattern(variant)}\\b(?!\\s+\\p{Lu})`, 'u').test(text));
    if (!found || person.variants.includes(found)) return person;
    return { ...person, variants: [...person.variants, found].sort() };
  });
}
