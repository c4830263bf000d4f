import {
  emptyLine,
  hasOmissions,
  headline,
  isEmptyDigest,
  omittedLine,
  plural,
  sourceWords,
  truncate,
} from './digest-wording.js';
import type { Digest } from './types.js';

/** The digest as plain text for the terminal. */
export function renderDigestText(digest: Digest): string {
  if (isEmptyDigest(digest)) return emptyLine(digest);
  const lines: string[] = [headline(digest), '', 'Stories, newest first'];
  for (const entry of digest.entries) {
    lines.push(`- ${entry.published ?? 'undated'}  ${truncate(entry.title, 200)} (${sourceWords(entry)})`);
    if (entry.url) lines.push(`    ${entry.url}`);
  }
  if (hasOmissions(digest)) lines.push(`  ${omittedLine(digest)}`);
  if (digest.people.length > 0) {
    lines.push('', 'People most mentioned');
    for (const person of digest.people) {
      const role = person.role ? `, ${truncate(person.role, 80)}` : '';
      lines.push(`- ${person.name}${role}: ${plural(person.stories, 'story', 'stories')}`);
    }
  }
  if (digest.quotations.length > 0) {
    lines.push('', 'Key quotations');
    for (const quotation of digest.quotations) {
      lines.push(`- "${truncate(quotation.quote, 300)}": ${quotation.speaker} (${truncate(quotation.title, 80)})`);
    }
  }
  if (digest.events.length > 0) {
    lines.push('', 'Dated events');
    for (const event of digest.events) lines.push(`- ${event.date}: ${truncate(event.event, 300)}`);
  }
  return lines.join('\n');
}
