import { squeeze, type DomDocument } from './dom.js';
import { findArticleNode, nameOf, organisationName, readJsonLd, stringField, type JsonLdNode } from './json-ld.js';
import { firstTag, readMetaTags } from './meta-tags.js';
import { findPageDate } from './page-date.js';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** The story's text as the page's JSON-LD gives it (articleBody), for a page that fills it in by script. */
  articleBody: string | null;
}

/**
 * What the page says about itself: Open Graph and Twitter tags, JSON-LD (with @graph), microdata,
 * <time> elements and date lines. `pageUrl` is where the page was fetched from, when known: it
 * resolves a relative canonical link and stands in when the page names none.
 */
export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const tags = readMetaTags(document);
  const nodes = readJsonLd(document);
  const article = findArticleNode(nodes);
  const url =
    absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(firstTag(tags, ['og:url', 'twitter:url']), pageUrl) ??
    absoluteUrl(stringField(article, 'url'), pageUrl) ??
    absoluteUrl(pageUrl, null);
  const title =
    firstTag(tags, ['og:title', 'twitter:title']) ??
    stringField(article, 'headline') ??
    text(document.querySelector('[itemprop~="headline"]')?.textContent) ??
    text(document.querySelector('h1')?.textContent) ??
    text(document.querySelector('title')?.textContent);
  const cleanTitle = title ? squeeze(title) : null;
  return {
    title: cleanTitle,
    published: findPageDate(document, tags, article, url, cleanTitle),
    source: findSource(tags, article, nodes, url),
    url,
    author: findAuthor(tags, article, document),
    articleBody: stringField(article, 'articleBody'),
  };
}

/** The publication, never a person: og:site_name, the JSON-LD publisher, else the site's host name. */
function findSource(
  tags: ReadonlyMap<string, string>,
  article: JsonLdNode | null,
  nodes: readonly JsonLdNode[],
  url: string | null,
): string | null {
  const named =
    firstTag(tags, ['og:site_name', 'application-name']) ??
    organisationName(article?.publisher, nodes) ??
    organisationName(
      nodes.find((node) => node['@type'] === 'NewsMediaOrganization' || node['@type'] === 'Organization'),
      nodes,
    ) ??
    nameOf(nodes.find((node) => node['@type'] === 'WebSite'));
  if (named) return squeeze(named);
  if (!url) return null;
  return new URL(url).hostname.replace(/^www\./, '') || null;
}

function findAuthor(tags: ReadonlyMap<string, string>, article: JsonLdNode | null, document: DomDocument): string | null {
  const fromTags = firstTag(tags, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);
  const candidates = [
    fromTags,
    nameOf(article?.author),
    text(document.querySelector('[itemprop~="author"] [itemprop~="name"]')?.textContent),
    text(document.querySelector('[rel~="author"]')?.textContent),
  ];
  // article:author is often a profile url, which names nobody.
  const found = candidates.find((candidate) => candidate && !/^https?:\/\//i.test(candidate) && candidate.length <= 100);
  return found ? squeeze(found) : null;
}

function text(value: string | null | undefined): string | null {
  const squeezed = squeeze(value ?? '');
  return squeezed || null;
}

/** An http(s) url, resolved against the page's own; anything else (javascript:, data:) is none. */
export function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
