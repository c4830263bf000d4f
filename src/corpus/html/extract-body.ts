import { Readability } from '@mozilla/readability';
import { PAGE_CHROME, readBlockTexts } from './block-text.js';
import type { DomDocument, DomElement } from './dom.js';
import { measureShape } from './document-shape.js';

/**
 * Past these, Readability is not asked: its scoring walks ancestors and re-runs on failure, and
 * measured 98 s then a stack overflow on 100,000 nested elements, 6 s on 80,000 sibling ones.
 * Real news pages stay far below (the Readability test pages: at most 9,888 elements, 38 deep).
 */
export const READABILITY_LIMITS = { elements: 30_000, depth: 200 };

export interface BodyText {
  /** One string a block, in page order. */
  blocks: string[];
  /** Which reading gave them: Readability's, or every visible line (to be judged like a text scrape). */
  method: 'readability' | 'visible-text';
  byline: string | null;
}

/**
 * The article's text: Readability.js's choice of the story's container (scored by paragraphs,
 * commas and link density, with the comments, teasers and menus around it dropped), or, for a
 * page it cannot read or that is too large for it, the page's visible lines outside navigation,
 * header, footer and asides. Changes the document: read metadata first.
 */
export function extractBody(document: DomDocument): BodyText {
  const root = document.documentElement;
  if (!root) return { blocks: [], method: 'visible-text', byline: null };
  const shape = measureShape(root, READABILITY_LIMITS);
  if (shape.elements <= READABILITY_LIMITS.elements && shape.depth <= READABILITY_LIMITS.depth) {
    const reader = new Readability<DomElement>(document as never, { serializer: (node) => node as unknown as DomElement });
    const article = reader.parse();
    const blocks = article?.content ? readBlockTexts(article.content) : [];
    if (blocks.length > 0) return { blocks, method: 'readability', byline: article?.byline?.trim() || null };
  }
  const body = document.body ?? root;
  return { blocks: readBlockTexts(body, { skip: PAGE_CHROME }), method: 'visible-text', byline: null };
}
