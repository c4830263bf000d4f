import { findPublicationDate } from './publication-date.js';
import type { ParsedArticle } from './parsed-article.js';
import { isChromeLine, isPhotoCredit } from './web-chrome.js';

/**
 * A plain-text web scrape: title somewhere in the first lines (often repeated, sometimes behind
 * breadcrumbs), a date line, a dateline with the agency, body lines, then widgets.
 */
export function parseWebScrape(text: string): ParsedArticle {
  const credits: string[] = [];
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) {
      lines.push('');
    } else if (isPhotoCredit(line)) {
      credits.push(line);
    } else if (!isChromeLine(line)) {
      lines.push(line);
    }
  }
  const content = lines.filter((line) => line.length > 0);
  const bodyStart = content.findIndex(isParagraphLike);
  const header = bodyStart < 0 ? content : content.slice(0, bodyStart);
  const title = chooseTitle(header) ?? firstWords(content[0] ?? '');
  const titleKey = normalizeLine(title);

  const paragraphs: string[] = [];
  let published: string | null = null;
  let source: string | null = null;
  for (const line of content) {
    const metadata = readMetadataLine(line);
    if (metadata) {
      published ??= metadata.published;
      source ??= metadata.source;
      continue;
    }
    const key = normalizeLine(line);
    if (key === titleKey || (titleKey && key.endsWith(titleKey) && key.length < titleKey.length * 2)) continue;
    if (!isParagraphLike(line) && wordCount(line) <= 3) continue; // captions, section names, site names
    paragraphs.push(line);
  }
  const lead = paragraphs[0] ?? '';
  published ??= findPublicationDate(header.join('\n')) ?? findPublicationDate(lead.slice(0, 200));
  source ??= findDatelineSource(lead);
  return { title, published, source, url: null, paragraphs, credits, extra: {} };
}

function isParagraphLike(line: string): boolean {
  const words = wordCount(line);
  // Headlines and breadcrumbs carry no closing punctuation; paragraphs do, or run long.
  return words >= 30 || (words >= 6 && /[.!?"”’)]$/.test(line));
}

// Every test of a line's word count is against 30 words or fewer: counting stops past that, so
// a 10 MB line is not split into an array of two million words, several times over.
const ENOUGH_WORDS = 31;
const WORD_RUN = /\S+/g;

function wordCount(line: string): number {
  WORD_RUN.lastIndex = 0;
  let count = 0;
  while (count < ENOUGH_WORDS && WORD_RUN.exec(line)) count++;
  return count;
}

function normalizeLine(line: string): string {
  return line.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The headline: a header line that the page repeats (scrapes print it twice), else the first real line. */
function chooseTitle(header: string[]): string | null {
  const candidates = header.filter((line) => !readMetadataLine(line) && wordCount(line) >= 2);
  const keys = candidates.map(normalizeLine);
  for (let i = 0; i < candidates.length; i++) {
    const key = keys[i]!;
    if (wordCount(key) < 4) continue;
    const repeated = keys.some((other, j) => j !== i && (other === key || other.endsWith(` ${key}`)));
    if (repeated) return candidates[i]!;
  }
  return candidates.find((line) => wordCount(line) >= 4) ?? candidates[0] ?? null;
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
