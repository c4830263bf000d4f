import type { Citation } from '../../answer/types.js';
import { balanceQuoteMarks } from '../../presentation/quote-marks.js';
import { escapeAndTruncate, joinLinesWithin, markdownLink } from './text.js';
import { discordLimits } from './limits.js';

/** "[Title](url) · Source · 1987-03-05" for one cited article. */
export function formatCitation(citation: Citation): string {
  const parts = [markdownLink(citation.title || citation.article, citation.url, 180)];
  if (citation.source) parts.push(escapeAndTruncate(citation.source, 60));
  parts.push(citation.published ?? 'undated');
  return parts.join(' · ');
}

/** Each cited article once, in order, within one field value. */
export function formatCitations(citations: readonly Citation[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const citation of citations) {
    if (seen.has(citation.article)) continue;
    seen.add(citation.article);
    lines.push(formatCitation(citation));
  }
  return lines.length > 0 ? joinLinesWithin(lines, discordLimits.fieldValue) : 'No citation';
}

/** The passage an answer rests on, as a block quote. */
export function formatPassage(passage: string, max: number = discordLimits.fieldValue): string {
  return `> ${escapeAndTruncate(balanceQuoteMarks(passage.replace(/\s+/g, ' ').trim()), max - 2)}`;
}
