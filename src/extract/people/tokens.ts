import { TITLE_ABBREVIATIONS } from './word-lists.js';
import { isListedGivenName } from '../../vocabulary/first-names.js';

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
  /** A single capital, with or without a period: a middle initial ("George W Bush"). */
  initial: boolean;
  possessive: boolean;
}

// A period joins letters only inside abbreviations ("U.S.", "Corp."), never a run of dots ("Securities....7.10").
// "10,000m": a thousands comma inside a figure is part of it.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’&-]|\.(?=[\p{L}\p{N}])|(?<=\d),(?=\d{3}(?!\d)))*\.?/gu;
const KEEP_PERIOD = /^(?:\p{Lu}\.)+$|^(?:\p{L}\.){2,}$|^(?:corp|inc|co|ltd|jr|sr|mr|mrs|ms|dr|st|messrs|bros|cos)\.$/iu;

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase();
}

// Per-token checks use character tests, not regular expressions: this runs over every word of the corpus.
// "al-Thani", "el-Sisi", "bin-Laden": an Arabic article joined to a capitalised name.
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ul|bin|abu|ibn)-\p{Lu}/u;

function isCapitalised(text: string): boolean {
  if (!isUpper(text[0])) return ARABIC_PARTICLE.test(text);
  if (isLower(text[1]) || text[1] === "'" || text[1] === '’') return true;
  return /^(?:Mc|Mac|O['’]|D['’])\p{Lu}/u.test(text);
}

function isAllCaps(text: string): boolean {
  if (text.length < 2 || text !== text.toUpperCase()) return false;
  let letters = 0;
  for (const char of text) if (isUpper(char)) letters++;
  return letters >= 2;
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    const periodDropped = raw.endsWith('.') && !KEEP_PERIOD.test(raw);
    if (periodDropped) raw = raw.replace(/\.+$/, '');
    const lastChar = raw[raw.length - 1];
    // "referees' chief": a plural's apostrophe makes it a possessor, as "'s" does.
    // "The Times' music critic", "Wales' team physiotherapist": so does a name's, before a lower-case word.
    // "Sky Networks' Sophie Turner Laing": so does a name's before a given name.
    const pluralPossessive =
      (lastChar === "'" || lastChar === '’') &&
      (/^\p{Ll}[\p{L}-]*s['’]$/u.test(raw) ||
        // "KBS' Laila Nasser", "KBS' chief": an acronym's, before any word.
        (/^\p{Lu}{2,}S['’]$/u.test(raw) && /^ \p{L}/u.test(sentence.slice(start + raw.length))) ||
        (/^\p{Lu}\p{Ll}[\p{L}-]*s['’]$/u.test(raw) &&
          (/^ \p{Ll}/u.test(sentence.slice(start + raw.length)) ||
            isListedGivenName(
              /^ (\p{Lu}\p{Ll}+)\b/u.exec(sentence.slice(start + raw.length))?.[1]?.toLowerCase() ?? '',
            ))));
    if (lastChar === '-' || lastChar === "'" || lastChar === '’') raw = raw.replace(/[-'’]+$/, '');
    let text = raw;
    let possessive = pluralPossessive;
    if (raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s') || raw.endsWith("'S") || raw.endsWith('’S'))) {
      text = raw.slice(0, -2);
      possessive = true;
    }
    if (!text) continue;
    const capitalised = isCapitalised(text);
    // "Sen. Bob Dole", "Lt. Col. Oliver North": an abbreviated title keeps its period, so the
    // title reads whole and the name still follows it across one space.
    const titlePeriod = periodDropped && capitalised && TITLE_ABBREVIATIONS.has(text.toLowerCase()) ? 1 : 0;
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start,
      end: start + raw.length + (pluralPossessive ? 1 : 0) + titlePeriod,
      capitalised,
      allCaps: !capitalised && isAllCaps(text),
      initial: (text.length === 2 && text[1] === '.' && isUpper(text[0])) || (text.length === 1 && isUpper(text[0])),
      possessive,
    });
  }
  markJoinedInitials(sentence, tokens);
  return tokens;
}

// Places and bodies written as initials ("U.S. President Reagan"), never a person's.
const PLACE_INITIALS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.c.', 'e.u.', 'u.s.s.r.', 'u.a.e.', 'n.y.', 'd.c.', 'l.a.']);

/** "J.P.", "R.L.": two or three initials written as one word. */
export function isJoinedInitials(word: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word);
}

/** "R.L. O'Shields", "J.C. Penney": initials run together before a capitalised word are a given name's. */
function markJoinedInitials(sentence: string, tokens: Token[]): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    if (!isJoinedInitials(token.text) || PLACE_INITIALS.has(token.lower)) continue;
    const next = tokens[index + 1]!;
    if (!next.capitalised || !/^ +$/.test(sentence.slice(token.end, next.start))) continue;
    token.initial = true;
    token.allCaps = false;
  }
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

/** Whether a quotation opened before the offset is still open there. */
export function isInsideQuotation(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const curly = (before.match(/\u201c/g)?.length ?? 0) - (before.match(/\u201d/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}
