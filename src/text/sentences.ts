/** A sentence as an exact slice of its paragraph. */
export interface Sentence {
  text: string;
  /** Offset of `text` in the paragraph. */
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'bros',
  'dept',
  'govt',
  'assn',
  'no',
  'nos',
  'vol',
  'pp',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'fig',
  'ca',
  'al',
  'cf',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'ft',
  'ave',
  'blvd',
  'rd',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

/**
 * Longest sentence handed to the extractors. Edited news copy stays far below it (the longest
 * of Reuters-21578's 130,000 sentences is 655 characters, of the BBC set's 42,000 is 1,860,
 * 2 over 1,000); a page flattened into one line without full stops does not, and every
 * extractor's work grows with the sentence it reads. Longer runs are cut at a clause break
 * or a space.
 */
export const MAX_SENTENCE_LENGTH = 1000;

/**
 * Splits a paragraph into sentences. Rule-based rather than model-based because news copy is
 * regular and the splitter runs over millions of words at index time.
 */
export function splitSentences(paragraph: string): readonly Sentence[] {
  // The extractors (people, dates, quotes) each walk the same article's paragraphs in turn:
  // remembering the last few hundred splits makes the second and third pass free.
  const cached = recentSplits.get(paragraph);
  if (cached) return cached;
  const sentences = split(paragraph);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value!);
  recentSplits.set(paragraph, sentences);
  return sentences;
}

const RECENT_SPLITS = 512;
const recentSplits = new Map<string, readonly Sentence[]>();

function split(paragraph: string): readonly Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(paragraph, 0);
  for (let i = start; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = i + 1;
    while (end < paragraph.length && (paragraph[end] === '.' || paragraph[end] === '!' || paragraph[end] === '?'))
      end++;
    while (end < paragraph.length && CLOSERS.has(paragraph[end]!)) end++;
    if (end < paragraph.length && !/\s/.test(paragraph[end]!)) continue;
    const next = skipSpace(paragraph, end);
    if (next >= paragraph.length) break;
    if (char === '.' && !isSentenceEnd(paragraph, i, next)) continue;
    pushSentence(sentences, paragraph, start, end);
    start = next;
    i = next - 1;
  }
  if (start < paragraph.length) pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function isSentenceEnd(paragraph: string, dot: number, next: number): boolean {
  // Only the word before the dot matters; looking back a bounded window keeps long paragraphs linear.
  const windowStart = Math.max(0, dot - 40);
  const word = paragraph.slice(windowStart + paragraph.slice(windowStart, dot).search(/[^\s("'\u201c\u2018]*$/), dot);
  const following = paragraph[next]!;
  // A lower-case or digit continuation almost never starts a new sentence in edited copy; a number
  // that opens a name after a plain word does ("... programme. 40 Kelford announced").
  const namedNumber = /^\d+ \p{Lu}\p{Ll}/u.test(paragraph.slice(next, next + 40)) && /^\p{Ll}{4,}$/u.test(word);
  if (/[a-z0-9,;:]/.test(following) && !namedNumber) return false;
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial: "George W. Bush"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "U.S." ends a sentence only when a clear sentence opener follows; keep it joined otherwise.
    // "when he visits the U.S. On April 19.": a few words to the next stop are no sentence of their own.
    const rest = paragraph.slice(next, next + 80);
    const fragment = /^[^.!?]*[.!?]/.exec(rest)?.[0];
    if (fragment !== undefined && fragment.split(/\s+/).length < 4) return false;
    return /^(The|He|She|It|They|We|I|But|In|On|A|An|This|That|Its|His|Her)\b/.test(rest);
  }
  // "... for Kelford Holdings Ltd. Ardenco's shares rose": a firm's suffix and its full stop end
  // the sentence before a capital, unless another suffix of the name follows ("Corp. Ltd").
  if (FIRM_SUFFIXES.has(word.toLowerCase())) return !/^(?:Ltd|Inc|Corp|Plc|PLC|LLC|Co)\b/.test(paragraph.slice(next));
  return !ABBREVIATIONS.has(word.toLowerCase());
}

const FIRM_SUFFIXES = new Set(['inc', 'ltd', 'corp', 'plc']);

function skipSpace(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index]!)) index++;
  return index;
}

function pushSentence(sentences: Sentence[], paragraph: string, start: number, end: number): void {
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(paragraph[trimmedEnd - 1]!)) trimmedEnd--;
  while (trimmedEnd - start > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(paragraph, start, start + MAX_SENTENCE_LENGTH);
    let pieceEnd = cut;
    while (pieceEnd > start && /\s/.test(paragraph[pieceEnd - 1]!)) pieceEnd--;
    if (pieceEnd > start) sentences.push({ text: paragraph.slice(start, pieceEnd), start, end: pieceEnd });
    start = skipSpace(paragraph, cut);
  }
  if (trimmedEnd > start) sentences.push({ text: paragraph.slice(start, trimmedEnd), start, end: trimmedEnd });
}

/**
 * Where to end a piece of an over-long sentence at or before `limit`: after the last clause
 * mark followed by a space in the second half of the piece, else at its last space, else at
 * the limit itself (never inside a surrogate pair). Looks at one piece only: linear overall.
 */
function cutPoint(paragraph: string, start: number, limit: number): number {
  const floor = start + (limit - start) / 2;
  for (let index = limit; index > floor; index--) {
    if (/[;:,]/.test(paragraph[index - 1]!) && /\s/.test(paragraph[index]!)) return index;
  }
  for (let index = limit; index > floor; index--) if (/\s/.test(paragraph[index]!)) return index;
  return /[\ud800-\udbff]/.test(paragraph[limit - 1]!) ? limit - 1 : limit;
}
