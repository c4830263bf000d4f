/**
 * The acronyms an article defines, with the names they stand for: "the Kelford Development Bank
 * (KDB)" lets a later "the KDB was set up in 1966" answer a question that spells the name out.
 */
// Newswire marks a company's name with angle brackets: "<Independent Newspapers Ltd> (INL)".
const DEFINITION =
  /((?:<?\p{Lu}[\p{L}&.'-]*>?\s+(?:(?:of|and|for|the|de|du|des)\s+)*){1,8})\(\s*(\p{Lu}[\p{Lu}&.]{1,9})\s*\)/gu;
const JOINING_WORDS = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des']);

const byArticle = new WeakMap<object, ReadonlyMap<string, string>>();
const NONE_DEFINED: ReadonlyMap<string, string> = new Map();

/**
 * The acronyms an article's title and paragraphs define, read once an article: the /when and
 * /quote tables both expand them.
 */
export function articleAcronyms(article: {
  title: string;
  paragraphs: readonly string[];
}): ReadonlyMap<string, string> {
  let found = byArticle.get(article);
  if (!found) {
    const defined = findAcronyms(`${article.title}\n${article.paragraphs.join('\n')}`);
    // Most articles define none: they share one empty map, not one each.
    found = defined.size > 0 ? defined : NONE_DEFINED;
    byArticle.set(article, found);
  }
  return found;
}

export function findAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('(')) return found;
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[2]!.replace(/[.]/g, '');
    const expansion = expansionFor(match[1]!.replace(/[<>]/g, '').trim().split(/\s+/), acronym);
    if (expansion && !found.has(acronym)) found.set(acronym, expansion);
  }
  return found;
}

/** The shortest run of words before the brackets whose initials spell the acronym. */
function expansionFor(words: readonly string[], acronym: string): string | null {
  const letters = acronym.replace(/&/g, '').toUpperCase();
  for (let start = words.length - 1; start >= 0; start--) {
    const run = words.slice(start);
    if (JOINING_WORDS.has(run[0]!.toLowerCase())) continue;
    const initials = run
      .filter((word) => !JOINING_WORDS.has(word.toLowerCase()))
      .map((word) => word[0]!.toUpperCase())
      .join('');
    if (initials === letters) return run.join(' ');
    if (initials.length > letters.length) return null;
    // Only the whole capitalised run may leave a last letter unspelled ("Group" dropped).
    const whole = start === 0 || JOINING_WORDS.has(words[start - 1]!.toLowerCase());
    if (whole && spellsInitials(letters, initials)) return run.join(' ');
  }
  return null;
}

// Below this many initials one more letter is too easily a different body's.
const MIN_INITIALS_FOR_EXTRA_LETTER = 3;

/**
 * Whether an acronym stands for a name with these initials: the same letters, or one more at
 * the end for a word the name leaves out ("Sumitomo Mitsui Financial (SMFG)", its Group).
 */
export function spellsInitials(acronym: string, initials: string): boolean {
  if (acronym === initials) return true;
  return (
    initials.length >= MIN_INITIALS_FOR_EXTRA_LETTER &&
    acronym.length === initials.length + 1 &&
    acronym.startsWith(initials) &&
    /^\p{Lu}+$/u.test(acronym)
  );
}

/** The names behind the acronyms a sentence uses, one a line; empty when it uses none. */
export function expandAcronyms(sentence: string, acronyms: ReadonlyMap<string, string>): string {
  if (acronyms.size === 0) return '';
  const names: string[] = [];
  for (const [acronym, name] of acronyms) {
    if (new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u').test(sentence) && !sentence.includes(name))
      names.push(name);
  }
  return names.join('\n');
}

/** The initials a run of capitalised words spells: "Kelford Broadcast Union" KBU; an all-capitals word whole. */
export function runInitials(run: string): string {
  return run
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => (/^\p{Lu}+$/u.test(word) ? word : word[0]!))
    .join('');
}
