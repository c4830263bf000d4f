/** What a format parser finds in one record, before the loader adds id, path and hash. */
export interface ParsedArticle {
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  paragraphs: string[];
  credits: string[];
  extra: Record<string, string>;
}

/** Splits a body into paragraphs: blank-line separated, or one a line when there are no blank lines. */
export function splitParagraphs(body: string): string[] {
  const normalized = body.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter((block) => block.length > 0);
}
