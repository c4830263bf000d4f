import type { Article } from './article.js';

/** What a format parser finds in one record, before the loader adds id, path and hash. */
export type ParsedArticle = Omit<Article, 'id' | 'path' | 'contentHash'>;

/** Splits a body into paragraphs: blank-line separated, or one a line when there are no blank lines. */
export function splitParagraphs(body: string): string[] {
  const normalized = body.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter((block) => block.length > 0);
}
