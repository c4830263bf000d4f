import type { Position, QuoteContext, Speaker } from './quote-context.js';

// The unnamed voices of a body: "a Benetton spokeswoman said ...", then "the spokeswoman said".
const VOICE_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source', 'representative']);
const BARE = /^[Tt]he\s+(\p{Ll}+)$/u;
const NAME = "\\p{Lu}[\\p{L}\\d&.'\\u2019-]*";
const PARAGRAPHS_BACK = 6;
// The body's name ends the phrase: "a source at the Cap Town church radio said" is cut short at
// "Town", so a phrase running on in lower case is not taken.
const BODY_ENDS = '(?=\\s*[,.;:)]|\\s+(?:said|says|told|added|\\p{Ll}+ed)\\b)';

/**
 * "the spokeswoman" after "a Benetton spokeswoman here said": the body's voice introduced before,
 * as the article words it, so the quotation keeps whose voice it is. Two bodies' voices of that
 * kind in the paragraphs before leave the words as they are.
 */
export function findEarlierVoice(context: QuoteContext, description: string, position: Position): Speaker | null {
  const head = BARE.exec(description.trim())?.[1];
  if (!head || !VOICE_HEADS.has(head)) return null;
  const before = new RegExp(`\\b[Aa]n?\\s+(?:${NAME}\\s+){1,4}${head}\\b`, 'gu');
  const after = new RegExp(
    `\\b[Aa]n?\\s+${head}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?${NAME}(?:\\s+(?:of\\s+|for\\s+|and\\s+)?${NAME}){0,5}${BODY_ENDS}`,
    'gu',
  );
  const found: string[] = [];
  for (
    let paragraph = position.paragraph;
    paragraph >= Math.max(0, position.paragraph - PARAGRAPHS_BACK);
    paragraph--
  ) {
    const text = context.paragraphs[paragraph]!;
    const limit = paragraph === position.paragraph ? position.offset : text.length;
    const matches = [...text.slice(0, limit).matchAll(before), ...text.slice(0, limit).matchAll(after)]
      .filter((match) => !context.isQuoted(paragraph, match.index))
      .sort((left, right) => right.index - left.index);
    for (const match of matches) found.push(match[0].replace(/^A/, 'a'));
    if (found.length > 0) break;
  }
  const distinct = new Set(found.map((phrase) => phrase.toLowerCase()));
  return distinct.size === 1 ? { name: found[0]!, kind: 'unknown' } : null;
}

/** An "a spokesman" or "a Yard spokesman" with that head, outside quotes, in this paragraph or the one before. */
export function introducedUnnamed(context: QuoteContext, head: string, position: Position): boolean {
  if (!VOICE_NOUNS.has(head)) return false;
  // "One Reagan administration official said", "But the administration official said": an unnamed
  // voice brought in, or already speaking, in words of its own.
  const indefinite = new RegExp(
    `\\b(?:(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}'-]+\\s+){0,3}?${head}\\b|[Tt]he\\s+(?:[\\p{L}'-]+\\s+){1,3}?${head}\\s+(?:said|says|told|added)\\b)`,
    'gu',
  );
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - 1); paragraph--) {
    const text = context.paragraphs[paragraph]!;
    const limit = paragraph === position.paragraph ? position.offset : text.length;
    for (const match of text.slice(0, limit).matchAll(indefinite)) {
      if (!context.isQuoted(paragraph, match.index)) return true;
    }
  }
  return false;
}

const VOICE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source']);
