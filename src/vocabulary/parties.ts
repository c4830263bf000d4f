/**
 * Names of political parties that news uses interchangeably, folded to one word: a "Tory leader"
 * is a "Conservative leader", a "Lib Dem spokesman" a "Liberal Democrat spokesman".
 */
const SAME_PARTY = new Map<string, string>([
  ['tory', 'conservative'],
  ['tories', 'conservative'],
  ['conservatives', 'conservative'],
  ['lib', 'liberal'],
  ['dem', 'democrat'],
  ['dems', 'democrat'],
  ['democrats', 'democrat'],
  ['gop', 'republican'],
  ['republicans', 'republican'],
  ['labor', 'labour'],
]);

/** The party word a lower-case word stands for, or the word itself. */
export function foldPartyWord(word: string): string {
  return SAME_PARTY.get(word) ?? word;
}

// Party words whose mismatch with a person's stated party is a contradiction, not missing detail.
const PARTY_WORDS: ReadonlySet<string> = new Set([
  'labour',
  'conservative',
  'liberal',
  'democrat',
  'republican',
  'socialist',
  'communist',
  'green',
  'nationalist',
  'unionist',
]);

/** Whether a lower-case word names a political party (after folding "Tory" to "conservative"). */
export function isPartyWord(word: string): boolean {
  return PARTY_WORDS.has(foldPartyWord(word));
}

/** The parties a list of lower-case words names, each by its folded word ("tories" -> "conservative"). */
export function partiesIn(words: readonly string[]): string[] {
  return words.filter(isPartyWord).map(foldPartyWord);
}
