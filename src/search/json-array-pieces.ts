const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const decoder = new TextDecoder();

// Where two entries of flexsearch's term map meet (`...]]],["term"`): a term's lists hold
// numbers alone, so this marks an entry's end unless a term holds it, which its parse tells.
const ENTRY_SEAM = Buffer.from('],["');

/**
 * The entries of a JSON array held as UTF-8 bytes, parsed a piece of about `pieceBytes` at a
 * time: each piece is an array of whole entries, in order, so the pieces concatenated are the
 * array. One JSON.parse of flexsearch's largest export piece (14 MB over Reuters) held the
 * event loop for about 100 ms; pieces of a megabyte take a few each. A piece ends where
 * flexsearch's map entries meet (found natively) when the piece then parses: a cut inside a
 * string or a nested array never does, as its quotes or brackets are left open. Otherwise the
 * entries are followed through the JSON's own structure (strings and their escapes included;
 * UTF-8 never puts an ASCII byte inside a longer character), which is slower but takes any
 * array. Bytes that are no JSON array throw as JSON.parse would.
 */
export function* jsonArrayPieces(bytes: Uint8Array, pieceBytes: number): Generator<unknown[]> {
  let start = bytes.indexOf(OPEN_BRACKET);
  if (start < 0 || decoder.decode(bytes.subarray(0, start)).trim() !== '') throw new SyntaxError('not a JSON array');
  start++;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let afterCut = false;
  for (;;) {
    const seam = buffer.indexOf(ENTRY_SEAM, start + pieceBytes);
    if (seam < 0) break;
    const piece = tryParsePiece(bytes, start, seam + 1);
    if (!piece) break;
    yield piece;
    start = seam + 2;
    afterCut = true;
  }
  yield* followEntries(bytes, start, afterCut, pieceBytes);
}

/** From `start`, just after the opening bracket or (`afterCut`) a comma between entries at its level. */
function* followEntries(bytes: Uint8Array, start: number, afterCut: boolean, pieceBytes: number): Generator<unknown[]> {
  let depth = 1;
  let inString = false;
  let escaped = false;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) depth++;
    else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      if (--depth === 0) {
        if (decoder.decode(bytes.subarray(at + 1)).trim() !== '') throw new SyntaxError('bytes after the JSON array');
        // Nothing after a comma where a piece was cut: a trailing comma, which JSON refuses.
        if (afterCut && decoder.decode(bytes.subarray(start, at)).trim() === '')
          throw new SyntaxError('a comma before the end of the JSON array');
        yield parsePiece(bytes, start, at);
        return;
      }
    } else if (byte === COMMA && depth === 1 && at - start >= pieceBytes) {
      yield parsePiece(bytes, start, at);
      start = at + 1;
      afterCut = true;
    }
  }
  throw new SyntaxError('the JSON array is cut short');
}

function tryParsePiece(bytes: Uint8Array, start: number, end: number): unknown[] | null {
  try {
    return parsePiece(bytes, start, end);
  } catch {
    return null;
  }
}

function parsePiece(bytes: Uint8Array, start: number, end: number): unknown[] {
  return JSON.parse(`[${decoder.decode(bytes.subarray(start, end))}]`) as unknown[];
}
