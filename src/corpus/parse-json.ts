import { parseDateField } from './publication-date.js';
import { splitParagraphs, type ParsedArticle } from './parsed-article.js';

export interface JsonRecord {
  /** A stable key within the file: the record's own id, else its position. */
  key: string;
  article: ParsedArticle;
}

const BODY_FIELDS = ['body', 'text', 'content', 'article', 'description'] as const;

/**
 * Records one file may hold. Each is an article with its extraction and index entries: a
 * million tiny records in a 10 MB file took a minute and gigabytes. A real feed file under the
 * size limit holds a few thousand articles at most.
 */
export const DEFAULT_MAX_RECORDS = 10_000;

export class TooManyRecordsError extends Error {
  constructor(readonly maxRecords: number) {
    super(`more than ${maxRecords} records`);
  }
}

/** One record an article: a JSON array, an object with `articles`, a single object, or JSON Lines. */
export function parseJsonRecords(text: string, lines: boolean, maxRecords = DEFAULT_MAX_RECORDS): JsonRecord[] {
  // Lines are counted before any is parsed, so a flood is refused at the cost of one scan.
  if (lines && countLines(text) > maxRecords && countNonBlankLines(text) > maxRecords)
    throw new TooManyRecordsError(maxRecords);
  const values: unknown[] = lines
    ? text
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .map((line, index) => parseLine(line, index))
    : toList(JSON.parse(text));
  if (values.length > maxRecords) throw new TooManyRecordsError(maxRecords);
  return values.map((value, index) => toRecord(value, index));
}

function countLines(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function countNonBlankLines(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim()) count++;
  return count;
}

function parseLine(line: string, index: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`line ${index + 1}: ${(error as Error).message}`);
  }
}

function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)) {
    return (value as { articles: unknown[] }).articles;
  }
  return [value];
}

function toRecord(value: unknown, index: number): JsonRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`record ${index + 1} is not an object`);
  const record = value as Record<string, unknown>;
  const text = (name: string): string | null => {
    const field = record[name];
    return typeof field === 'string' && field.trim() ? field.trim() : null;
  };
  const bodyField = BODY_FIELDS.find((name) => text(name));
  if (!bodyField) throw new Error(`record ${index + 1} has no body, text or content`);
  const paragraphs = splitParagraphs(text(bodyField)!);
  const extra: Record<string, string> = {};
  for (const [name, field] of Object.entries(record)) {
    if (['id', 'title', 'date', 'published', 'source', 'url', bodyField].includes(name)) continue;
    if (typeof field === 'string' || typeof field === 'number') extra[name] = String(field);
    else if (Array.isArray(field)) extra[name] = field.map(String).join(', ');
  }
  const key = text('id') ?? (typeof record.id === 'number' ? String(record.id) : String(index + 1));
  return {
    key: key.replace(/[^\w.-]+/g, '-'),
    article: {
      title: text('title') ?? text('headline') ?? paragraphs[0]!.slice(0, 100),
      published: parseDateField(record.date ?? record.published ?? record.published_at ?? record.datetime),
      source: text('source') ?? text('publisher'),
      url: text('url') ?? text('link'),
      paragraphs,
      credits: [],
      extra,
    },
  };
}
