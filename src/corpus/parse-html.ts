import { parse, type HTMLElement } from 'node-html-parser';
import { parseDateField } from './publication-date.js';
import type { ParsedArticle } from './parsed-article.js';
import { isChromeLine, isPhotoCredit } from './web-chrome.js';

const DROPPED = 'script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, figure figcaption + *';

/** An HTML page: metadata from its meta tags, body from the article's paragraphs. */
export function parseHtml(html: string): ParsedArticle {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
  const meta = (selector: string): string | null => root.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const credits = root.querySelectorAll('figcaption .credit, .photo-credit, .credit').map((node) => clean(node.text));
  for (const node of root.querySelectorAll(DROPPED)) node.remove();

  const container = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const paragraphs = collectParagraphs(container).filter((text) => {
    if (isPhotoCredit(text)) {
      if (!credits.includes(text)) credits.push(text);
      return false;
    }
    return !isChromeLine(text);
  });
  const title =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    clean(root.querySelector('h1')?.text ?? '') ??
    clean(root.querySelector('title')?.text ?? '');
  const published = parseDateField(
    meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="pubdate"]') ??
      meta('meta[itemprop="datePublished"]') ??
      root.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const source = meta('meta[property="og:site_name"]') ?? meta('meta[name="author"]') ?? null;
  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
  return {
    title: title || clean(root.querySelector('title')?.text ?? ''),
    published,
    source,
    url: url && /^https?:\/\//i.test(url) ? url : null,
    paragraphs,
    credits,
    extra: {},
  };
}

function collectParagraphs(container: HTMLElement): string[] {
  const blocks = container.querySelectorAll('p, h2, h3, blockquote, li');
  const texts = (blocks.length > 0 ? blocks : [container])
    .filter((node) => !(node.tagName === 'P' && node.closest('blockquote') && node.closest('blockquote') !== node))
    .map((node) => clean(node.text));
  return texts.filter((text) => text.length > 0);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
