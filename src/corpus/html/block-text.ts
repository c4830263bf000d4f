import { isElement, squeeze, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start a new line of text: everything that is not inline. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Never text a reader sees. */
const INVISIBLE = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'OPTION',
  'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'INPUT',
]); // prettier-ignore

/** Around the story on most sites, for the reading without Readability. */
export const PAGE_CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

export interface BlockTextOptions {
  /** Elements whose whole content is left out (beside the invisible ones). */
  skip?: ReadonlySet<string>;
}

/**
 * The text of an element as a reader sees it, one string a block (paragraph, heading, list
 * item, cell, line after a <br>), whitespace squeezed. A loop over the nodes rather than a
 * recursion, so a page nested 100,000 deep reads like any other.
 */
export function readBlockTexts(root: DomElement, options: BlockTextOptions = {}): string[] {
  const blocks: string[] = [];
  let parts: string[] = [];
  const flush = (): void => {
    if (parts.length === 0) return;
    const text = squeeze(parts.join(''));
    parts = [];
    if (text) blocks.push(text);
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
    } else if (isElement(node) && !isHidden(node, options.skip)) {
      if (BLOCKS.has(node.nodeName)) flush();
      enter = node.firstChild !== null;
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Up until a next sibling, closing the blocks passed on the way.
    while (node && node !== root) {
      if (isElement(node) && BLOCKS.has(node.nodeName)) flush();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  flush();
  return blocks;
}

function isHidden(element: DomElement, skip: ReadonlySet<string> | undefined): boolean {
  if (INVISIBLE.has(element.nodeName) || skip?.has(element.nodeName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
