import { splitFrontMatter } from './front-matter.js';
import { splitParagraphs, type ParsedArticle } from './parsed-article.js';
import { parseDateField } from './publication-date.js';
import { parseWebScrape } from './parse-web-scrape.js';

const KNOWN_FIELDS = new Set(['title', 'date', 'datetime', 'published', 'source', 'url', 'link']);

/** Text or Markdown: front matter for metadata when present, else a web scrape. */
export function parseTextArticle(text: string, markdown: boolean): ParsedArticle {
  const front = splitFrontMatter(text);
  if (!front) {
    return parseWebScrape(markdown ? stripMarkdown(text) : text);
  }
  const { fields } = front;
  const body = markdown ? stripMarkdown(front.body) : front.body;
  const paragraphs = splitParagraphs(body);
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (!KNOWN_FIELDS.has(name)) extra[name] = value;
  return {
    title: fields.title || paragraphs[0]?.slice(0, 100) || '',
    published: parseDateField(fields.date ?? fields.published ?? fields.datetime),
    source: fields.source || null,
    url: fields.url || fields.link || null,
    paragraphs,
    credits: [],
    extra,
  };
}

/** Markdown syntax that is not text: headings marks, emphasis, links' targets, images. */
function stripMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '');
}
