/**
 * The one way text becomes search terms, shared by the index and every answerer so that
 * case, accents, curly apostrophes and plurals never decide whether a query matches.
 */

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

/** "Iran's" -> "iran", "ministers" -> "minister", "policies" -> "policy". */
export function stemTerm(term: string): string {
  let word = term.replace(/'s?$/, '');
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  return word;
}

// Initials written with stops ("U.S.", "U.K", "J.R.") are one word, as "US" and "UK" are: a
// question typed without the stops must meet newswire copy written with them.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])/gu;

/** Search terms of a text: folded, split on anything that is not a letter or digit, stemmed. */
export function toTerms(text: string): string[] {
  const terms: string[] = [];
  let folded = foldText(text);
  if (folded.includes('.')) folded = folded.replace(DOTTED_INITIALS, (initials) => initials.replaceAll('.', ''));
  for (const raw of folded.split(/[^\p{L}\p{N}']+/u)) {
    const trimmed = raw.replace(/^'+|'+$/g, '');
    if (trimmed) terms.push(stemTerm(trimmed));
  }
  return terms;
}

// Function words that carry no topic; kept short so names like "Who" or "US" survive in context.
export const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'but',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'them',
  'his',
  'her',
  'their',
  'we',
  'our',
  'you',
  'your',
  'i',
  'me',
  'my',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'not',
  'no',
  'so',
  'if',
  'than',
  'then',
  'there',
  'here',
  'what',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'how',
  'about',
  'into',
  'over',
  'after',
  'before',
  'said',
  'say',
  'says',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'also',
  'all',
  'any',
  'some',
  'such',
  'out',
  'up',
  'down',
  'did',
  'one',
  // "does" once stemmed
  'doe',
]);

/** Terms that say what a text is about: stems without function words. */
export function toContentTerms(text: string): string[] {
  return toTerms(text).filter((term) => !STOP_WORDS.has(term));
}
