import { escapePattern } from '../../text/escape-pattern.js';

/**
 * "Chelsea have decided", "Oasis were": British English gives a team, a band or a firm a plural
 * verb, and no one person takes one. A lone word that does anywhere in the article names a group,
 * however often it is also a given name. Not after "and", where two subjects share the verb, nor
 * as the end of a longer name ("John Reid and Labour peer Lord Haskins are").
 */
export function takesPluralVerb(word: string, paragraphs: readonly string[]): boolean {
  const pattern = new RegExp(
    `(?<!\\b(?:and|&|nor|or)\\s+)(?<!\\p{Lu}[\\p{L}.'\\u2019-]*\\s+)(?<![\\p{L}'\\u2019-])${escapePattern(word)}\\s+(?:have|are|were)\\b(?!\\s+(?:you|they|we)\\b)`,
    'u',
  );
  return paragraphs.some((paragraph) => paragraph.includes(word) && pattern.test(paragraph));
}
