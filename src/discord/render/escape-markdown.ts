/**
 * Discord markdown escaping in one linear pass. discord.js's escapeMarkdown uses regular
 * expressions with unbounded lookbehinds that cost quadratic time on long passages: under a
 * burst of questions they took a third of the bot's time. Same visible result: bold, italic,
 * underline, code, strikethrough and spoiler markers escaped, urls and custom emoji left whole
 * (an escape inside a url would break the link), and headings at a line start escaped too.
 *
 * Two strengths: escapeMarkdownText for the bot's answers, where urls and emoji should keep
 * working but brackets are escaped (a masked link `[label](url)` in a question, a title or a
 * passage would otherwise show as a live link to wherever its writer chose), and
 * escapeLinkText for text that must form no markup at all, such as a masked link's label or
 * corpus text in the daily digest.
 */
// A url ends before a bracket: `[label](url)` written by someone else must never become a live
// masked link, so its brackets are escaped even when they touch a url.
const literalRuns = /(https?:\/\/[^\s[\]]+|<a?:\w+:\d{17,20}>)/;
const markers = /[\\*_`[\]]|\|\||~~/g;
// Every character, not just the pairs: a lone `~` or `|` is harmless alone but could meet its
// twin across the label's edge, and brackets and angle brackets start links, mentions and emoji.
const markupCharacters = /[\\*_`~|[\]<>]/g;
const headings = /^([ \t]*)(#{1,3} |-# )/gm;

function escapeHeadings(text: string): string {
  return text.replace(headings, '$1\\$2');
}

function escapeMarkers(text: string): string {
  return escapeHeadings(
    text.replace(markers, (marker) => (marker.length === 1 ? `\\${marker}` : `\\${marker[0]}\\${marker[1]}`)),
  );
}

export function escapeMarkdownText(text: string): string {
  if (!/[\\*_`|~#[\]]/.test(text)) return text;
  return text
    .split(literalRuns)
    .map((part, index) => (index % 2 === 1 ? part : escapeMarkers(part)))
    .join('');
}

/**
 * Escapes text that sits inside `[text](url)`, or anywhere corpus text must not turn into a
 * link, mention (`<@id>`), timestamp or emoji. Urls get no exemption: links do not nest, so a
 * url inside a label is only text, and left whole its `_` and `*` could pair into emphasis.
 */
export function escapeLinkText(text: string): string {
  return escapeHeadings(text.replace(markupCharacters, '\\$&'));
}
