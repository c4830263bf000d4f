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
