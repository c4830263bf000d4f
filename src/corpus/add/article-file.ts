/** The formats an added page or file is saved in: those the corpus loader reads. */
export type AddedFormat = 'html' | 'text' | 'markdown' | 'json' | 'jsonl';

export const EXTENSIONS: Record<AddedFormat, string> = {
  html: '.html',
  text: '.txt',
  markdown: '.md',
  json: '.json',
  jsonl: '.jsonl',
};

const MEDIA_TYPES: Record<string, AddedFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
};

const FILE_EXTENSIONS: Record<string, AddedFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatOfMediaType(mediaType: string): AddedFormat | null {
  return MEDIA_TYPES[mediaType] ?? null;
}

export function formatOfFileName(name: string): AddedFormat | null {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return FILE_EXTENSIONS[extension] ?? null;
}

export const READABLE_FILE_TYPES = Object.keys(FILE_EXTENSIONS).join(', ');

/**
 * The text of a fetched body. A page may be in any charset its header or <meta> names (it is
 * saved as UTF-8, which the loader reads); text and JSON files must be UTF-8 already, as in the
 * corpus folder. Null when the bytes are no text.
 */
export function decodeBody(body: Buffer, format: AddedFormat, declaredCharset: string | null): string | null {
  if (body.length === 0 || body.subarray(0, 8192).includes(0)) return null;
  const charset = format === 'html' ? (declaredCharset ?? charsetInMeta(body)) : 'utf-8';
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // An unknown label: read as UTF-8 below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, '');
  } catch {
    return format === 'html' ? new TextDecoder('windows-1252').decode(body) : null;
  }
}

function charsetInMeta(body: Buffer): string | null {
  const head = body.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
