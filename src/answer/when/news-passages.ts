import type { Article } from '../../corpus/article.js';
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
