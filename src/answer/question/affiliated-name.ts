import { isKnownCommonWord } from '../../extract/people/lexicon.js';
import { isCountryWord, nameWords } from '../../extract/people/role-words.js';
import { isRoleNoun } from '../../extract/people/role-nouns.js';

// "Marc Cohen of Kidder Peabody", "Andy Williams of Bath": a name and where the person works or plays.
const AFFILIATED_NAME =
  /^(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)+)\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}.*)$/u;

export interface AffiliatedName {
  name: string;
  /** The words that must be stated with the person for the affiliation to hold. */
  affiliation: string[];
}

/** A name asked with the body or place it belongs to, as /who and /quote both read it. */
export function readAffiliatedName(phrase: string): AffiliatedName | null {
  const match = AFFILIATED_NAME.exec(phrase.trim());
  if (!match) return null;
  const written = nameWords(match[2]!);
  // "Jean-Rene Fourtou at Vivendi Universal" where the article says "Vivendi": a body's first word,
  // when it is no common word nor a country's, names it; "Bank of England" needs every word.
  const first = written[0];
  const affiliation = first && !isKnownCommonWord(first) && !isCountryWord(first) ? [first] : written;
  return { name: match[1]!, affiliation };
}

/** Whether a text (a role and its sentence, an article) states every word of the affiliation. */
export function statesAffiliation(text: string, affiliated: AffiliatedName): boolean {
  const stated = new Set(nameWords(text));
  return affiliated.affiliation.every((word) => stated.has(word));
}

// "CFTC commissioner Davis": a title of lower-case words (initials before them) and a name.
const TITLED_NAME =
  /^((?:[\p{L}.&'-]+\s+)*?(\p{Ll}[\p{L}-]*))\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?)$/u;

/** A name asked with a title before it, whose every word the person's articles must state. */
export function readTitledName(phrase: string): AffiliatedName | null {
  const match = TITLED_NAME.exec(phrase.trim());
  if (!match || !isRoleNoun(match[2]!)) return null;
  return { name: match[3]!, affiliation: nameWords(match[1]!) };
}
