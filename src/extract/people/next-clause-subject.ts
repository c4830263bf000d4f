import { isFiniteVerb } from './role-nouns.js';
import type { RoleSpan } from './read-role.js';
import type { Token } from './tokens.js';

/** Where a name stands: its first token, that of the title before it, where the words after its comma start. */
export interface NameStart {
  nameStart: number;
  titleStart: number;
  afterComma: number;
}

export const RELATING_WORDS = new Set(['of', 'for', 'at', 'to', 'with', 'in', 'from', 'on', 'by']);

/**
 * Whether a role set off by a comma after a name is the subject of the clause that follows,
 * someone else, rather than the name's appositive.
 * - "a takeover of regional carrier Ardenco Air, a Kelford spokeswoman said": after a name that
 *   a preposition takes, an indefinite role run straight into a speech verb.
 * - "the same notice went to Karim Nasser, the family's lawyer says", "having brushed past Karim
 *   Nasser, the Kelford midfielder fired over the bar": after a name inside its clause, a
 *   definite role run straight into a speech verb, or into any past tense after the object of a
 *   "having ..." clause. ("when he passed to X, the flanker scored" is X himself; a name opening
 *   its clause keeps its appositive.)
 */
export function isNextClauseSubject(sentence: string, tokens: Token[], at: NameStart, role: RoleSpan): boolean {
  const { nameStart, titleStart, afterComma } = at;
  const objectOfPreposition = afterPreposition(tokens, nameStart) || afterPreposition(tokens, titleStart);
  if (objectOfPreposition && speaksAsSubject(sentence, afterComma, role.end)) return true;
  if (opensClause(sentence, tokens, titleStart)) return false;
  const afterHaving = HAVING_CLAUSE.test(sentence.slice(0, tokens[titleStart]!.start));
  return definiteSubject(sentence, afterComma, role.end, afterHaving);
}

/**
 * "... awarded the contract to Archer Daniels Midland, a committee spokesman told Reuters": after
 * a name that is the object of a preposition, an indefinite role run straight into a speech verb
 * is that verb's subject, someone else. After a name that opens its clause it is the name's own
 * appositive with its closing comma left out ("Marc Ostwald, a strategist at X told Reuters").
 */
function afterPreposition(tokens: Token[], nameStart: number): boolean {
  // "of U.S. Soybeans": a place's initials before the name are part of what the preposition takes.
  const before = tokens[nameStart - 1]?.allCaps && tokens[nameStart - 1]!.text.includes('.') ? 2 : 1;
  return RELATING_WORDS.has(tokens[nameStart - before]?.lower ?? '');
}

function opensClause(sentence: string, tokens: Token[], nameStart: number): boolean {
  const before = tokens[nameStart - 1];
  return !before || /[,;:(\u201c"]|\s[-\u2013\u2014]\s/u.test(sentence.slice(before.end, tokens[nameStart]!.start));
}

function definiteSubject(sentence: string, start: number, end: number, afterHaving: boolean): boolean {
  if (!/^the\s/i.test(sentence.slice(start, end))) return false;
  const verb = /^\s+(\p{Ll}+)\b(?!\s+by\b)/u.exec(sentence.slice(end))?.[1];
  return verb !== undefined && (SPEECH_VERB_NEXT.test(` ${verb}`) || (afterHaving && isFiniteVerb(verb)));
}

// "..., having brushed past X": a perfect participle's clause, whose object the main clause's subject is not.
const HAVING_CLAUSE = /(?:^|,\s*)(?:but\s+|and\s+)?having\s+[^,;]{1,60}$/i;

function speaksAsSubject(sentence: string, start: number, end: number): boolean {
  return INDEFINITE_OPENING.test(sentence.slice(start, end)) && SPEECH_VERB_NEXT.test(sentence.slice(end));
}

const INDEFINITE_OPENING = /^(?:a|an|one|another)\s/i;
const SPEECH_VERB_NEXT =
  /^\s+(?:said|says|told|tells|added|adds|stated|explained|noted|announced|confirmed|reported)\b/;
