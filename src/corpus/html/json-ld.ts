import type { DomDocument } from './dom.js';

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|WebPage|ItemPage|MediaObject|VideoObject)$/;
const PERSON = /^Person$/;
// Walking a hostile script's nesting stops here; real JSON-LD is a few levels deep.
const MAX_NODES = 2000;

/**
 * Every object of the page's JSON-LD scripts, `@graph` arrays and nested lists flattened; a
 * script that is not valid JSON is passed over (sites ship broken ones).
 */
export function readJsonLd(document: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      // CDATA wrappers and HTML comments around the JSON are common.
      value = JSON.parse(
        (script.textContent ?? '')
          .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
          .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, ''),
      );
    } catch {
      continue;
    }
    const queue: unknown[] = [value];
    const enqueue = (items: readonly unknown[]): void => {
      for (const item of items.slice(0, MAX_NODES - queue.length)) queue.push(item);
    };
    for (let next = 0; next < queue.length && nodes.length < MAX_NODES; next++) {
      const item = queue[next];
      if (Array.isArray(item)) enqueue(item);
      else if (item && typeof item === 'object') {
        const node = item as JsonLdNode;
        nodes.push(node);
        if (Array.isArray(node['@graph'])) enqueue(node['@graph'] as unknown[]);
        if (node.mainEntity && typeof node.mainEntity === 'object') enqueue([node.mainEntity]);
      }
    }
  }
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((name): name is string => typeof name === 'string');
}

/** The article the page is about: the first node of an article type, news types first. */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  const rank = (node: JsonLdNode): number => {
    const types = typesOf(node);
    if (types.some((type) => /Article|Posting|Report/.test(type))) return 0;
    return types.includes('WebPage') ? 2 : 1;
  };
  return articles.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** A name from a string, an object with `name`, or the first of a list of either. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0]) : null;
  if (value && typeof value === 'object') return nameOf((value as JsonLdNode).name);
  return null;
}

/** An organisation's name, never a person's: a publisher typed Person is no source. */
export function organisationName(value: unknown, nodes: readonly JsonLdNode[]): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return typeof first === 'string' ? first.trim() || null : null;
  let node = first as JsonLdNode;
  // {"@id": "#org"} points at a node elsewhere in the graph.
  if (typeof node['@id'] === 'string' && !node.name) node = nodes.find((other) => other['@id'] === node['@id']) ?? node;
  if (typesOf(node).some((type) => PERSON.test(type))) return null;
  return nameOf(node.name);
}

export function stringField(node: JsonLdNode | null, name: string): string | null {
  const value = node?.[name];
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0].trim() || null;
  return null;
}
