import type { AddResult } from '../corpus/add/add-article.js';

/** `cli add`: what was understood, or why nothing was added, in plain lines. */
export function renderAddResult(result: AddResult): string {
  if (result.kind === 'refused') return `not added: ${result.reason}`;
  const { article } = result;
  if (result.kind === 'duplicate') {
    const how = result.by === 'link' ? 'that link' : 'the same text';
    return `already in the corpus (${how}): ${article.title} [${article.id}]; nothing added`;
  }
  const lines = [
    `added: ${article.title}`,
    `  id:         ${article.id}`,
    `  source:     ${article.source ?? 'unknown'}`,
    `  published:  ${article.published ?? 'not stated'}`,
    `  paragraphs: ${article.paragraphs.length}`,
    `  people:     ${result.people.length > 0 ? result.people.join(', ') : 'none found'}`,
  ];
  if (article.url) lines.push(`  link:       ${article.url}`);
  if (result.articles > 1) lines.push(`  the file holds ${result.articles} articles`);
  return lines.join('\n');
}
