import type { DomElement } from './dom.js';

export interface DocumentShape {
  elements: number;
  depth: number;
}

/**
 * Counts the elements and the deepest nesting, without recursion (a page of 100,000 nested
 * elements would overflow the stack) and stopping early past the limits given.
 */
export function measureShape(root: DomElement, limits: DocumentShape): DocumentShape {
  let elements = 0;
  let depth = 0;
  const stack: Array<[DomElement, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    if (elements > limits.elements || depth > limits.depth) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { elements, depth };
}
