import { escapePattern } from '../text/escape-pattern.js';

/**
 * "Sir John Bourn" where the given texts call him so: a knight's or dame's title is part of the
 * name as news writes it, though the directory keeps the bare name ("John Bourn") to link the
 * person across articles. Callers pass what both engines hold (/who its cited passages, /quote the
 * quotation's article); only a full name (two words or more) takes the title.
 */
export function withKnightlyTitle(name: string, passages: readonly string[]): string {
  if (!/\s/.test(name) || /^(?:Sir|Dame)\s/.test(name)) return name;
  const pattern = new RegExp(`\\b(Sir|Dame)\\s+${escapePattern(name)}(?![\\p{L}\\p{N}])`, 'u');
  for (const passage of passages) {
    const title = passage.includes(name) ? pattern.exec(passage)?.[1] : undefined;
    if (title) return `${title} ${name}`;
  }
  return name;
}

const titledTexts = new WeakMap<readonly string[], boolean>();

/** Whether any of the paragraphs gives anyone a knight's or dame's title; read once an article. */
export function givesKnightlyTitle(paragraphs: readonly string[]): boolean {
  let known = titledTexts.get(paragraphs);
  if (known === undefined) {
    known = paragraphs.some((paragraph) => /\b(?:Sir|Dame)\s+\p{Lu}/u.test(paragraph));
    titledTexts.set(paragraphs, known);
  }
  return known;
}
