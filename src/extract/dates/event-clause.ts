// Where a news sentence joins two separate statements; commas alone mostly do not.
const CLAUSE_SEPARATOR = /;\s+|\s+[-\u2014\u2013]{1,2}\s+|,\s+(?:but|while|whereas|although)\s+/g;
const MIN_CLAUSE_WORDS = 5;

/** The clause of `sentence` that holds [start, end), or the whole sentence when it is not split. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const separator of sentence.matchAll(CLAUSE_SEPARATOR)) {
    const index = separator.index!;
    if (index + separator[0].length <= start) clauseStart = index + separator[0].length;
    else if (index >= end) {
      clauseEnd = index;
      break;
    }
  }
  const clause = sentence.slice(clauseStart, clauseEnd).trim();
  const wordCount = clause.split(/\s+/).length;
  return wordCount >= MIN_CLAUSE_WORDS ? clause : sentence;
}
