/**
 * Fingerprints of article text for finding syndicated copies: word shingles and their MinHash
 * signature. Pure functions over strings; 32-bit integer hashing so it stays fast on a whole
 * corpus (tens of thousands of articles) without dependencies.
 */

const shingleWidth = 4;
export const signatureLength = 64;

/** Lower-cased words with punctuation dropped, so layout and quote styles do not matter. */
export function normalizeWords(text: string): string[] {
  // NFKC only when needed: it is the slowest step and ASCII text is already normal.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase();
  return lower.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

export function hashString(text: string): number {
  // FNV-1a: cheap and well spread for short strings.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number): number {
  // murmur3 finaliser: turns a seeded xor into an independent-looking permutation.
  let mixed = value;
  mixed ^= mixed >>> 16;
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  mixed ^= mixed >>> 16;
  return mixed >>> 0;
}

/** Hashes of overlapping word windows; a text shorter than a window is one shingle. */
export function shingleHashes(words: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  const wordHashes = words.map(hashString);
  const width = Math.min(shingleWidth, wordHashes.length);
  // Combine word hashes instead of joining strings: same shingles, far fewer allocations.
  for (let start = 0; start + width <= wordHashes.length; start += 1) {
    let combined = width;
    for (let offset = 0; offset < width; offset += 1) {
      combined = mix(Math.imul(combined, 0x01000193) ^ (wordHashes[start + offset] ?? 0));
    }
    hashes.add(combined);
  }
  return hashes;
}

const seeds = Uint32Array.from({ length: signatureLength }, (_, index) => mix(index * 0x9e3779b9 + 1));
const multipliers = Uint32Array.from({ length: signatureLength }, (_, index) => mix(index + 0x51ed27) | 1);

export function minHashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  for (const shingle of shingles) {
    // Shingles are already well-mixed hashes: an xor-multiply per slot is a cheap, adequate permutation.
    for (let index = 0; index < signatureLength; index += 1) {
      let value = Math.imul(shingle ^ (seeds[index] ?? 0), multipliers[index] ?? 1);
      value = (value ^ (value >>> 15)) >>> 0;
      if (value < (signature[index] ?? 0)) signature[index] = value;
    }
  }
  return signature;
}

export function jaccard(left: ReadonlySet<number>, right: ReadonlySet<number>): number {
  if (left.size === 0 && right.size === 0) return 1;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * A passage's letters and digits, lower-cased: two passages with the same key say the same
 * words, whatever their quote marks, punctuation and spacing. Cheap enough to take for every
 * answer of every question.
 */
export function textKey(text: string): string {
  const lower = text.toLowerCase();
  // The Unicode classes only when needed: they cost several times the ASCII ones.
  return /[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, '') : lower.replace(/[^a-z0-9]+/g, '');
}

/**
 * The same words, or nearly: one key holds the other whole and is at most a fifth longer (a
 * syndicated copy's passage with a dateline or a credit added).
 */
export function isNearlySameKey(left: string, right: string, ratio = 0.8): boolean {
  if (left === right) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return short.length > 0 && short.length >= long.length * ratio && long.includes(short);
}
