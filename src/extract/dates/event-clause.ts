// Where a news sentence joins two separate statements; commas alone mostly do not.
const CLAUSE_SEPARATOR = /;\s+|\s+[-\u2014\u2013]{1,2}\s+|,\s+(?:but|while|whereas|although)\s+/g;
const MIN_CLAUSE_WORDS = 5;

/** The clause of `sentence` that holds [start, end), or the whole sentence when it is not split. */
export function clauseAround(sentence: string, start: number, end: number): string {
  // The last separator ending at or before the expression, and the first one starting after it.
  const separators = separatorsOf(sentence);
  let low = 0;
  let high = separators.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (separators[middle]![1] <= start) low = middle + 1;
    else high = middle;
  }
  const clauseStart = low > 0 ? separators[low - 1]![1] : 0;
  high = separators.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (separators[middle]![0] < end) low = middle + 1;
    else high = middle;
  }
  const clauseEnd = low < separators.length ? separators[low]![0] : sentence.length;
  const clause = sentence.slice(clauseStart, clauseEnd).trim();
  const wordCount = clause.split(/\s+/).length;
  return wordCount >= MIN_CLAUSE_WORDS ? clause : sentence;
}

// The separators of the sentence last asked about: its dates are asked about one after another,
// and finding the separators again for each made a long sentence full of dates quadratic.
let lastSentence: string | null = null;
let lastSeparators: Array<[start: number, end: number]> = [];

function separatorsOf(sentence: string): ReadonlyArray<[number, number]> {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastSeparators = [...sentence.matchAll(CLAUSE_SEPARATOR)].map((match) => [
      match.index,
      match.index + match[0].length,
    ]);
  }
  return lastSeparators;
}
