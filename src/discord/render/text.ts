import { escapeLinkText, escapeMarkdownText } from './escape-markdown.js';

const ellipsis = '…';

/** Cuts text to at most `max` characters, at a word boundary when one is near, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const hard = text.slice(0, max - 1);
  const lastSpace = hard.search(/\s\S*$/);
  const cut = lastSpace > max * 0.8 ? hard.slice(0, lastSpace) : hard;
  return `${cut.trimEnd()}${ellipsis}`;
}

/**
 * Text from a user or the corpus without the characters that change how the bot's own words
 * around it display: direction overrides and isolates (U+202A-202E, U+2066-2069) would flip
 * the rest of the line, and control characters show as boxes or vanish. Newlines and tabs stay.
 */
export function plainText(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]|[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Escapes text from the corpus or a user so Discord shows it literally: markdown, and
 * mass-mention look-alikes (replies never ping anyway, this keeps them from looking like pings).
 */
export function escapeText(text: string): string {
  return defuseMentions(escapeMarkdownText(plainText(text)));
}

/** As escapeText, for a masked link's label: no markup at all, urls included (links do not nest). */
function escapeLabel(text: string): string {
  return defuseMentions(escapeLinkText(plainText(text)));
}

function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

/** Escapes, then trims to `max` characters without leaving half an escape sequence. */
export function escapeAndTruncate(text: string, max: number, escape: (text: string) => string = escapeText): string {
  let budget = max;
  for (;;) {
    const escaped = escape(truncate(text, budget));
    if (escaped.length <= max || budget <= 1) return escaped.slice(0, max);
    budget -= Math.max(1, escaped.length - max);
  }
}

/** The corpus's urls are data: only http(s) links become links. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A masked link `[label](url)`, or the escaped label alone when the url is unusable. */
export function markdownLink(label: string, url: string | null | undefined, maxLabel = 200): string {
  const text = escapeAndTruncate(label, maxLabel, escapeLabel);
  const href = safeUrl(url);
  if (!href) return text;
  return `[${text}](${href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Joins lines until the next would pass `max`; says how many were left out. */
export function joinLinesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const remaining = lines.length - index - 1;
    const note = remaining > 0 ? `\n… and ${remaining} more` : '';
    const addition = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + addition + note.length > max) {
      const left = lines.length - index;
      const summary = `… and ${left} more`;
      return kept.length > 0 ? `${kept.join('\n')}\n${summary}` : truncate(line, max);
    }
    kept.push(line);
    length += addition;
  }
  return kept.join('\n');
}
