import { findPublicationDate, formatIsoDate, parseDateField } from '../publication-date.js';
import { PAGE_CHROME, readBlockTexts } from './block-text.js';
import { squeeze, type DomDocument } from './dom.js';
import { stringField, type JsonLdNode } from './json-ld.js';
import { firstTag, type MetaTags } from './meta-tags.js';

/** Meta tags that carry the publication time, most specific first. */
const DATE_TAGS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'originalpublicationdate',
  'displaydate',
  'date',
  'cxenseparse:recs:publishtime',
  'article:modified_time',
] as const;

// Elements whose class or id says they hold the date line (a dateline, a byline with its date).
const DATE_LINE = /(^|[\s_-])(date|dateline|time|timestamp|published|posted|pubdate|byline|meta|article-info|entry-date)/i;

/**
 * The publication date, from the most to the least reliable statement: meta tags, JSON-LD, the
 * page's microdata and <time> elements, a date line near the top, the url's /2015/07/24/.
 * Read before anything is removed from the page (header and footer hold many of them).
 */
export function findPageDate(
  document: DomDocument,
  tags: MetaTags,
  article: JsonLdNode | null,
  url: string | null,
  title: string | null,
): string | null {
  const fromTags = parseMetaDate(firstTag(tags, DATE_TAGS.slice(0, -2)));
  if (fromTags) return fromTags;
  const fromJsonLd = parseMetaDate(stringField(article, 'datePublished') ?? stringField(article, 'dateCreated'));
  if (fromJsonLd) return fromJsonLd;
  for (const element of Array.from(document.querySelectorAll('[itemprop~="datePublished"], [itemprop~="dateCreated"]'))) {
    const found = parseDateField(
      element.getAttribute('content') ?? element.getAttribute('datetime') ?? squeeze(element.textContent ?? ''),
    );
    if (found) return found;
  }
  const parselyPage = tags.get('parsely-page');
  if (parselyPage) {
    try {
      const found = parseDateField((JSON.parse(parselyPage) as { pub_date?: unknown }).pub_date);
      if (found) return found;
    } catch {
      // not JSON: passed over
    }
  }
  const times = Array.from(document.querySelectorAll('time[datetime], time[pubdate]'));
  const published = times.find((time) => time.hasAttribute('pubdate') || /publish|posted/i.test(classAndId(time)));
  for (const time of published ? [published, ...times] : times) {
    const found = parseDateField(time.getAttribute('datetime') ?? squeeze(time.textContent ?? ''));
    if (found) return found;
  }
  const fromLine = findDateLine(document) ?? findDatelineNearTitle(document, title);
  if (fromLine) return fromLine;
  const fromUrl = url ? dateInUrl(url) : null;
  if (fromUrl) return fromUrl;
  // Last: a dated title ("Weekly Edition for March 26, 2015"), or a tag that may name the
  // modification rather than the publication.
  const pageTitle = document.querySelector('title')?.textContent ?? '';
  return findPublicationDate(`${title ?? ''}\n${pageTitle}`) ?? parseMetaDate(firstTag(tags, DATE_TAGS.slice(-2)));
}

/** A metadata value; "05/08/2014" is month first there (American sites), unless that is no date. */
export function parseMetaDate(value: string | null): string | null {
  const american = value ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value) : null;
  const monthFirst = american ? formatIsoDate(+american[3]!, +american[1]!, +american[2]!) : null;
  return monthFirst ?? parseDateField(value);
}

function classAndId(element: { getAttribute(name: string): string | null }): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** A short element whose class or id says date, byline or the like, holding a full date. */
function findDateLine(document: DomDocument): string | null {
  const candidates = Array.from(document.querySelectorAll('[class], [id]'));
  for (const element of candidates.slice(0, 5000)) {
    if (!DATE_LINE.test(classAndId(element))) continue;
    const text = squeeze(element.textContent ?? '');
    if (text.length === 0 || text.length > 200) continue;
    const found = findPublicationDate(text) ?? shortAmericanDate(text);
    if (found) return found;
  }
  return null;
}

/** "3/09/15 8:00am" in an element marked as the date: month, day, two-digit year. */
function shortAmericanDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2})\b/.exec(text);
  return match ? formatIsoDate(2000 + +match[3]!, +match[1]!, +match[2]!) : null;
}

const NEAR_TITLE_BEFORE = 5;
const NEAR_TITLE_AFTER = 15;

/**
 * A visible date line by the headline: "Posted on Tuesday 15 October 2019", "Monday, February 29,
 * 2016 @ 11:10 PM UTC", or a lead opening "Feb. 23, 2015 -- ". Short lines only, or a date at
 * the very start of a line: a date inside a paragraph is an event, not the publication.
 */
function findDatelineNearTitle(document: DomDocument, title: string | null): string | null {
  if (!document.body) return null;
  const blocks = readBlockTexts(document.body, { skip: PAGE_CHROME });
  // The headline as the page prints it: the <h1>, or the title from the metadata.
  const keys = [document.querySelector('h1')?.textContent, title]
    .map((text) => squeeze(text ?? '').toLowerCase())
    .filter((text) => text.length >= 8);
  const titleAt = blocks.findIndex((block) => keys.includes(block.toLowerCase()));
  const from = titleAt < 0 ? 0 : Math.max(0, titleAt - NEAR_TITLE_BEFORE);
  const to = titleAt < 0 ? NEAR_TITLE_AFTER * 2 : titleAt + NEAR_TITLE_AFTER;
  for (const block of blocks.slice(from, to)) {
    const short = block.split(' ').length <= 16;
    const found = short ? findPublicationDate(block) : findPublicationDate(leadingDate(block));
    if (found) return found;
  }
  return null;
}

function leadingDate(block: string): string {
  const match = /^(.{6,30}?)\s+(--|—|–)\s/.exec(block);
  return match ? match[1]! : '';
}

/** The date a lead paragraph opens with, as a dateline: "Feb. 23, 2015 -- Life-threatening ...". */
export function findLeadDate(paragraph: string | undefined): string | null {
  return paragraph ? findPublicationDate(leadingDate(paragraph)) : null;
}

/** /2015/07/24/ or /20150724/ in a news url. */
export function dateInUrl(url: string): string | null {
  const match = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/.exec(url);
  return match ? formatIsoDate(+match[1]!, +match[2]!, +match[3]!) : null;
}
