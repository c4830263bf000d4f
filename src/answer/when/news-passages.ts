import type { Article } from '../../corpus/article.js';
import { isVerbLikeModifier } from '../../extract/people/role-nouns.js';
import { splitSentences } from '../../text/sentences.js';

/**
 * The passages that tell an article's news itself: its headline and its lead sentence. They
 * are matched separately, so a lead that also holds a dated event ties with that event
 * instead of outscoring it.
 */
export function newsPassages(article: Article): string[] {
  const passages = article.title.trim() ? [article.title.trim()] : [];
  const lead = splitSentences(article.paragraphs[0] ?? '')[0]?.text;
  if (lead && lead !== passages[0]) passages.push(lead);
  return passages;
}

// "ARDENCO, KELFORD SET TO BEGIN TALKS", "CARTEL WILL MEET": news still to come, in a headline's
// words ("X to cut rates") as in a sentence's.
const AHEAD = /\b(?:will|set\s+to|due\s+to|expected\s+to|plans?\s+to|to)\s+(\p{L}+)/giu;

/**
 * Whether a news passage tells of what is still to come: its article's publication date is then
 * not when it happens, so the passage ranks as news with no date.
 */
export function looksAhead(passage: string): boolean {
  for (const match of passage.matchAll(AHEAD)) if (isVerbLikeModifier(match[1]!.toLowerCase())) return true;
  return false;
}
