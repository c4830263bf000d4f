/** A word of a sentence with its exact position, so roles and names can be cut from the text verbatim. */
export interface Token {
  /** The word without a possessive "'s" or a sentence-final period. */
  text: string;
  lower: string;
  start: number;
  /** End offset in the sentence, including a possessive "'s". */
  end: number;
  /** Starts with a capital followed by a lower-case letter ("Shamkhani", "McDonald", "Al-Bukamal"). */
  capitalised: boolean;
  /** Two or more letters, all capitals ("IS", "OPEC", "U.S."). */
  allCaps: boolean;
  /** A single capital with a period: a middle initial. */
  initial: boolean;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const KEEP_PERIOD = /^(?:\p{Lu}\.)+$|^(?:\p{L}\.){2,}$|^(?:corp|inc|co|ltd|jr|sr|mr|mrs|ms|dr|st|messrs|bros|cos)\.$/iu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    let end = start + raw.length;
    if (raw.endsWith('.') && !KEEP_PERIOD.test(raw)) {
      raw = raw.replace(/\.+$/, '');
      end = start + raw.length;
    }
    raw = raw.replace(/[-'’]+$/, '');
    let text = raw;
    let possessive = false;
    if (/['’]s$/i.test(raw) && raw.length > 2) {
      text = raw.slice(0, -2);
      possessive = true;
    }
    if (!text) continue;
    end = start + raw.length;
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start,
      end,
      capitalised: /^\p{Lu}[\p{Ll}'’]/u.test(text) || /^(?:Mc|Mac|O['’]|D['’])\p{Lu}/u.test(text),
      allCaps: /^[\p{Lu}.&-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text),
      initial: /^\p{Lu}\.$/u.test(text),
      possessive,
    });
  }
  return tokens;
}

/** True when only spaces separate two neighbouring tokens, i.e. they can belong to one name or title. */
export function joinedBySpace(sentence: string, left: Token, right: Token): boolean {
  if (left.possessive && right.start === left.end) return false;
  return /^ +$/.test(sentence.slice(left.end, right.start));
}

/** The text between two tokens, trimmed, e.g. "," or "—". */
export function gapBetween(sentence: string, left: Token, right: Token): string {
  return sentence.slice(left.end, right.start).trim();
}
