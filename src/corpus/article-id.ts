import { createHash } from 'node:crypto';

/**
 * Article ids as every adapter can pass them around: Discord's autocomplete values hold at most
 * 100 characters, and /article trims what it receives and refuses control characters,
 * backslashes and path tricks. The loader makes every id pass that check, so an id the
 * corpus offers is always one /article accepts.
 */
export const MAX_ARTICLE_ID_LENGTH = 100;

// Room for "~" and eight hex digits of the full id's hash at the end of a shortened id.
const HASH_SUFFIX_LENGTH = 9;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** An id from a path under the corpus folder (without its extension), or such a path and a record key. */
export function toArticleId(raw: string): string {
  const cleaned = raw
    .split('/')
    .map((part) => {
      const safe = part
        .replace(/\\/g, '-')
        .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), ' ')
        .trim();
      // "." and ".." would read as a step out of the corpus; an empty part as an absolute path.
      return safe === '' ? '-' : /^\.+$/.test(safe) ? safe.replace(/\./g, '-') : safe;
    })
    .join('/');
  if (cleaned.length <= MAX_ARTICLE_ID_LENGTH) return cleaned;
  let cut = MAX_ARTICLE_ID_LENGTH - HASH_SUFFIX_LENGTH;
  // Never half of a surrogate pair.
  if (/[\ud800-\udbff]/.test(cleaned[cut - 1]!)) cut -= 1;
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, HASH_SUFFIX_LENGTH - 1);
  return `${cleaned.slice(0, cut)}~${hash}`;
}

/**
 * Whether an id can name an article at all: not empty, within the length, no control
 * characters or backslashes, not absolute, no "." or ".." part. What /article checks before
 * asking the core (which never reads the disk for an id anyway).
 */
export function isPlausibleArticleId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_ARTICLE_ID_LENGTH) return false;
  if (/\\/.test(id) || CONTROL_CHARACTERS.test(id) || id.startsWith('/') || /^[a-z]:/i.test(id)) return false;
  return id.split('/').every((part) => part !== '..' && part !== '.' && part !== '' && part === part.trim());
}

/** Whether a file or folder name holds control characters (tabs, newlines, terminal escapes). */
export function hasControlCharacters(name: string): boolean {
  return CONTROL_CHARACTERS.test(name);
}

/** A name with its control characters written as escapes, safe to show in a log, terminal or reply. */
export function visibleName(name: string): string {
  return name.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), (character) => {
    if (character === '\t') return '\\t';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
