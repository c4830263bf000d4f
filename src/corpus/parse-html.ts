import { parseHTML } from 'linkedom';
import { capNesting } from './html/cap-nesting.js';
import type { DomDocument } from './html/dom.js';
import { extractBody, type BodyText } from './html/extract-body.js';
import { readFetchNote } from './html/fetch-note.js';
import { findLeadDate } from './html/page-date.js';
import { readPageMetadata } from './html/page-metadata.js';
import { splitParagraphs, type ParsedArticle } from './parsed-article.js';
import { parseWebScrape } from './parse-web-scrape.js';
import { isChromeLine, isPhotoCredit } from './web-chrome.js';

/**
 * An HTML page: metadata from what the page says about itself (meta tags, JSON-LD, microdata,
 * <time>, date lines), the body from Readability.js over linkedom, or for a page it cannot
 * read, the page's visible lines judged like a plain-text scrape. Synchronous and CPU-bound:
 * the loader runs it on worker threads with a time limit a page (./html/html-threads.ts).
 */
export function parseHtml(html: string): ParsedArticle {
  const note = readFetchNote(html);
  const document = parseDocument(capNesting(withoutInertMarkup(html)));
  const metadata = readPageMetadata(document, note?.url ?? null);
  const body = preferArticleBody(extractBody(document), metadata.articleBody);
  const credits: string[] = [];
  let paragraphs: string[];
  let scrapeTitle: string | null = null;
  if (body.method === 'readability') {
    paragraphs = body.blocks.filter((text) => {
      if (isPhotoCredit(text)) {
        if (!credits.includes(text)) credits.push(text);
        return false;
      }
      return !isChromeLine(text);
    });
  } else {
    const scrape = parseWebScrape(body.blocks.join('\n'));
    paragraphs = scrape.paragraphs;
    credits.push(...scrape.credits);
    scrapeTitle = scrape.title;
  }
  const title = metadata.title ?? scrapeTitle ?? paragraphs[0]?.slice(0, 100) ?? '';
  // The headline often opens the extracted text too; it is the title, not a paragraph.
  if (paragraphs.length > 1 && normalize(paragraphs[0]!) === normalize(title)) paragraphs.shift();
  const extra: Record<string, string> = {};
  const author = metadata.author ?? body.byline;
  if (author) extra.author = author;
  if (note?.url) extra.fetchedUrl = note.url;
  if (note?.at) extra.fetchedAt = note.at;
  return {
    title,
    published: metadata.published ?? findLeadDate(paragraphs[0]),
    source: metadata.source,
    url: metadata.url,
    paragraphs,
    credits,
    extra,
  };
}

function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // A fragment or an empty file has no <html> element, which linkedom's body getter needs.
  if (document.documentElement) return document;
  return (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: DomDocument })
    .document;
}

/**
 * Cut from the source before parsing, as nothing in them is read: scripts (but JSON-LD), styles,
 * SVG drawings, form controls, embedded objects, <noscript> and <template> content, comments.
 * On news pages they are a third of the elements the DOM would build, and each element costs
 * linkedom an object graph and the collector its time (measured: a fifth less CPU a page, the
 * same F1).
 */
function withoutInertMarkup(html: string): string {
  // Scripts first: a "<!--" inside one is no comment.
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|select|template|noscript|iframe|button|textarea|object|canvas)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--(?!\s*briefbot)[\s\S]*?-->/g, '')
    .replace(BLOCK_WHITESPACE, '<');
}

// Whitespace before a block's tag is no text, but linkedom makes a node of it (half of a page's
// nodes, each with its own event map): dropped, reading is some 15% faster and the text the same.
const BLOCK_WHITESPACE =
  /\s+<(?=\/?(?:html|head|body|meta|link|title|div|p|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|section|article|header|footer|nav|aside|main|h[1-6]|form|figure|figcaption|blockquote|hr|br)\b)/gi;

/**
 * A page whose story is filled in by script shows a teaser or nothing, while its JSON-LD carries
 * the whole text: when that text is more than twice as long as what the page shows, it is taken.
 */
function preferArticleBody(body: BodyText, articleBody: string | null): BodyText {
  if (!articleBody) return body;
  const words = (texts: readonly string[]): number => texts.join(' ').split(/\s+/).filter(Boolean).length;
  const paragraphs = splitParagraphs(articleBody);
  if (words(paragraphs) <= 2 * words(body.blocks)) return body;
  return { blocks: paragraphs, method: 'readability', byline: body.byline };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
