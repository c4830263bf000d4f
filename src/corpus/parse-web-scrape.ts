import { findPublicationDate } from './publication-date.js';
import type { ParsedArticle } from './parsed-article.js';
import { isChromeLine, isPhotoCredit, isSectionEnd } from './web-chrome.js';

/**
 * A plain-text web scrape: title somewhere in the first lines (often repeated, sometimes behind
 * breadcrumbs), a date line, a dateline with the agency, body lines, then widgets.
 */
export function parseWebScrape(text: string): ParsedArticle {
  const credits: string[] = [];
  const lines: string[] = [];
  let seenParagraph = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    seenParagraph ||= isParagraphLike(line);
    if (!line) {
      lines.push('');
    } else if (seenParagraph && isSectionEnd(line)) {
      lines.push(SECTION_END);
    } else if (isPhotoCredit(line)) {
      credits.push(line);
    } else if (!isChromeLine(line)) {
      lines.push(line);
    }
  }
  const content = lines.filter((line) => line.length > 0 && line !== SECTION_END);
  const bodyStart = content.findIndex(isParagraphLike);
  const header = bodyStart < 0 ? content : content.slice(0, bodyStart);
  const title = chooseTitle(header) ?? firstWords(content[0] ?? '');
  const titleKey = normalizeLine(title);

  const candidates: string[] = [];
  let published: string | null = null;
  let source: string | null = null;
  for (const line of lines) {
    if (line.length === 0) continue;
    if (line === SECTION_END) {
      candidates.push(line);
      continue;
    }
    const metadata = readMetadataLine(line);
    if (metadata) {
      published ??= metadata.published;
      source ??= metadata.source;
      continue;
    }
    const key = normalizeLine(line);
    if (key === titleKey || (titleKey && key.endsWith(titleKey) && key.length < titleKey.length * 2)) continue;
    if (!isParagraphLike(line) && wordCount(line) <= 3) continue; // captions, section names, site names
    candidates.push(line);
  }
  const paragraphs = selectBody(candidates);
  const lead = paragraphs[0] ?? '';
  published ??= findPublicationDate(header.join('\n')) ?? findPublicationDate(lead.slice(0, 200));
  source ??= findDatelineSource(lead);
  return { title, published, source, url: null, paragraphs, credits, extra: {} };
}

// Non-paragraph lines in a row that end the story's stretch of text (menus, link lists, forms).
const MAX_GAP = 8;
// Stands in the lines for a heading of comments or teasers, which ends a stretch whatever follows.
const SECTION_END = '\u0000section-end';

/**
 * The story's stretch of lines: paragraphs with at most a few short lines between them
 * (sub-headings, captions, a quoted line); of several such stretches (the story, comments,
 * a block of teasers), the one with the most paragraph text. Short lines outside it are the
 * page's menus and lists, whatever words they use.
 */
function selectBody(lines: string[]): string[] {
  let best: { from: number; to: number; words: number } | null = null;
  let from = -1;
  let last = -1;
  let words = 0;
  const close = (): void => {
    if (from >= 0 && (!best || words > best.words)) best = { from, to: last, words };
  };
  let broken = false;
  lines.forEach((line, index) => {
    if (line === SECTION_END) broken = true;
    if (!isParagraphLike(line)) return;
    if (from < 0 || broken || index - last - 1 > MAX_GAP) {
      close();
      from = index;
      words = 0;
    }
    broken = false;
    last = index;
    words += wordCount(line);
  });
  close();
  const body = best ? lines.slice((best as { from: number }).from, (best as { to: number }).to + 1) : lines;
  return body.filter((line) => line !== SECTION_END);
}

function isParagraphLike(line: string): boolean {
  const words = wordCount(line);
  // Headlines and breadcrumbs carry no closing punctuation; paragraphs do, or run long.
  return words >= 30 || (words >= 6 && /[.!?"”’)。！？」』）]$/.test(line));
}

// Every test of a line's word count is against 30 words or fewer: counting stops past that, so
// a 10 MB line is not split into an array of two million words, several times over.
const ENOUGH_WORDS = 31;
const WORD_RUN = /\S+/g;

/** Words, counting Chinese and Japanese (written without spaces) as one word for two characters. */
function wordCount(line: string): number {
  WORD_RUN.lastIndex = 0;
  let spaced = 0;
  while (spaced < ENOUGH_WORDS && WORD_RUN.exec(line)) spaced++;
  if (spaced >= ENOUGH_WORDS) return spaced;
  const ideographs = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return ideographs > 0 ? Math.max(spaced, Math.round(ideographs / 2)) : spaced;
}

function normalizeLine(line: string): string {
  return line.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The headline: a header line that the page repeats (scrapes print it twice), else the last one before the story. */
function chooseTitle(header: string[]): string | null {
  const candidates = header.filter((line) => !readMetadataLine(line) && wordCount(line) >= 2);
  const keys = candidates.map(normalizeLine);
  for (let i = 0; i < candidates.length; i++) {
    const key = keys[i]!;
    if (wordCount(key) < 4) continue;
    const repeated = keys.some((other, j) => j !== i && (other === key || other.endsWith(` ${key}`)));
    if (repeated) return candidates[i]!;
  }
  // Else the headline line nearest the story: a whole page saved as text opens with menus and
  // site slogans; a byline is no headline.
  const headlines = candidates.filter((line) => wordCount(line) >= 4 && !/^by\s/i.test(line));
  return headlines.at(-1) ?? candidates[0] ?? null;
}

function firstWords(line: string): string {
  const words = line.split(/\s+/);
  return words.length <= 14 ? line : `${words.slice(0, 14).join(' ')}…`;
}

interface MetadataLine {
  published: string | null;
  source: string | null;
}

/** "Date: 07:35, 14-12-2017.", "2020-11-26 00:00:00 - Source: Iraq News", "Source: Al-Ahed News". */
function readMetadataLine(line: string): MetadataLine | null {
  if (wordCount(line) > 12) return null;
  const sourceMatch = /(?:^|\s[-–—|]\s*)source\s*:\s*(.+?)\.?$/i.exec(line);
  const dateLabel = /^(date|published|posted|updated)\s*:/i.test(line);
  const published = findPublicationDate(line);
  const mostlyDate = published !== null && line.replace(/[\d\s:.,/-]+/g, '').length <= 3;
  if (!sourceMatch && !dateLabel && !mostlyDate && !(published && /^\d/.test(line) && sourceMatch)) return null;
  return { published, source: sourceMatch ? sourceMatch[1]!.trim() : null };
}

const DATELINE_SOURCES: RegExp[] = [
  // "Almaty. December 14. Silkroadnews - ..."
  /^[\p{Lu}][\p{L} .'-]{1,40}?\.\s+\p{L}+\.? \d{1,2}\.\s+([\p{L}][\p{L}\p{N}.&' -]{1,40}?)\s+[-–—]\s/u,
  // "TEHRAN (Tasnim) – ...", "LONDON (Reuters) - ..."
  /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,40}\(([^)]{2,40})\)\s*[-–—:]\s/u,
  // "SHAFAQNA – ..." (an agency name in capitals)
  /^(\p{Lu}{3,}(?: \p{Lu}{2,})?)\s+[-–—]\s/u,
];

function findDatelineSource(lead: string): string | null {
  for (const pattern of DATELINE_SOURCES) {
    const match = pattern.exec(lead);
    if (match) return match[1]!.trim();
  }
  return null;
}
