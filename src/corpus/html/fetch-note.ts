/**
 * Where a page added from a link came from, kept in the saved file itself as its first line, an
 * HTML comment, so the citation links to it and the page's own markup stays as fetched:
 *
 *   <!-- briefbot fetched-url="https://example.com/story" fetched-at="2024-05-01T09:30:00.000Z" -->
 */
export interface FetchNote {
  url: string;
  at: string | null;
}

const NOTE = /^\uFEFF?<!--\s*briefbot\s+fetched-url="([^"]+)"(?:\s+fetched-at="([^"]+)")?\s*-->/;

export function readFetchNote(html: string): FetchNote | null {
  const match = NOTE.exec(html.slice(0, 4096));
  if (!match) return null;
  const url = decodeAttribute(match[1]!);
  return /^https?:\/\//i.test(url) ? { url, at: match[2] ? decodeAttribute(match[2]) : null } : null;
}

export function writeFetchNote(note: FetchNote): string {
  const at = note.at ? ` fetched-at="${encodeAttribute(note.at)}"` : '';
  return `<!-- briefbot fetched-url="${encodeAttribute(note.url)}"${at} -->\n`;
}

// Quotes and the comment's end would break the note; a url never needs them raw.
function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/>/g, '&gt;').replace(/</g, '&lt;');
}

function decodeAttribute(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
