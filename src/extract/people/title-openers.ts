import { isParticipleOpener, SPEECH_VERBS } from './lexicon.js';
import { isFiniteVerb } from './role-nouns.js';
import { isHead } from './title-parts.js';
import { gapBetween, type Token } from './tokens.js';

// Where the words before a title stop belonging to it: a participle that governs it, the
// bracketed letters of a body's name that stay in it.

/**
 * "Welcoming Soviet leader X's offer, Reagan said": the participle governs the title and name.
 * Not "Reading manager X" (a participle right before the head is the title's) nor "Fostering
 * Network executive director X criticised" (a name that is the subject of a verb: a body's name).
 */
export function opensParticipleClause(tokens: readonly Token[], nameEnd: number): boolean {
  const after = tokens[nameEnd + 1];
  const subject =
    after !== undefined &&
    !after.capitalised &&
    (SPEECH_VERBS.has(after.lower) || isFiniteVerb(after.lower) || /(?:ed|[^s]s)$/.test(after.lower));
  return isParticipleOpener(tokens[0]!.lower) && tokens[1] !== undefined && !isHead(tokens[1]) && !subject;
}

export function nameEndAfter(tokens: readonly Token[], head: number): number {
  let end = head;
  while (tokens[end + 1]?.capitalised) end++;
  return end;
}

export function isBracketedAcronym(sentence: string, tokens: readonly Token[], index: number): boolean {
  const [before, token, after] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  return (
    token.allCaps &&
    before !== undefined &&
    after !== undefined &&
    before.capitalised &&
    gapBetween(sentence, before, token) === '(' &&
    gapBetween(sentence, token, after) === ')'
  );
}
