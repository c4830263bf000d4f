// Soft hyphens, zero-width spaces, word joiners and byte-order marks: hints to a renderer that
// show nothing, and that split a word for everything reading the text ("Vladi\u00admir Putin").
// Zero-width joiners stay: some scripts and emoji need them.
const INVISIBLE_MARK = /[\u00AD\u200B\u2060\uFEFF]/;
const INVISIBLE_MARKS = new RegExp(INVISIBLE_MARK.source, 'g');

/** The text without marks that show nothing. */
export function removeInvisibleMarks(text: string): string {
  return INVISIBLE_MARK.test(text) ? text.replace(INVISIBLE_MARKS, '') : text;
}
