import type { Citation } from '../answer/types.js';
import { balanceQuoteMarks } from './quote-marks.js';
import type { Brief, BriefEvent, BriefSource } from '../brief/types.js';

/**
 * A brief as a Markdown document to paste into a report: every line ends with footnotes citing
 * the passage it rests on (title linked, source, date, article id). Corpus text is escaped so
 * it cannot turn into markup, links or html; `unescapeBriefText` gives it back.
 */
export function renderBriefMarkdown(brief: Brief): string {
  const notes = createFootnotes();
  const lines = [`# Brief: ${escapeText(brief.title)}`, '', `_${describeBrief(brief)}_`, ''];
  if (brief.error) return [...lines, escapeText(brief.error), ''].join('\n');
  lines.push("## Who's who", '');
  if (brief.people.length === 0) lines.push('_No person is named in these articles._');
  for (const person of brief.people) {
    const roles = person.roles.length > 0 ? `: ${person.roles.map(escapeText).join('; ')}` : '';
    const count = `${person.articles} article${person.articles === 1 ? '' : 's'} in the corpus`;
    lines.push(
      `- **${escapeText(person.name)}**${roles} (${count})${person.citation ? notes.cite([person.citation]) : ''}`,
    );
  }
  lines.push('', '## Timeline', '');
  if (brief.timeline.length === 0) lines.push('_Nothing dated in these articles._');
  for (const event of brief.timeline) lines.push(`- ${eventLine(event)}${notes.cite(event.citations)}`);
  if (brief.undated.length > 0) {
    lines.push('', '### Undated', '');
    for (const event of brief.undated)
      lines.push(`- ${escapeText(balanceQuoteMarks(event.event))}${notes.cite(event.citations)}`);
  }
  lines.push('', '## What was said', '');
  if (brief.quotations.length === 0) lines.push('_No quotation in these articles._');
  for (const quotation of brief.quotations) {
    lines.push(
      `- ${escapeText(quotation.speaker)}: “${escapeText(quotation.quote)}”${notes.cite(quotation.citations)}`,
    );
  }
  lines.push('', '## Sources', '');
  brief.sources.forEach((source, index) => lines.push(`${index + 1}. ${sourceLine(source)}`));
  lines.push('', ...notes.lines(), '');
  return lines.join('\n');
}

/** "Person brief · 12 articles (10 stories) · published 1987-02-26 to 1987-10-19 · made 2026-12-03". */
export function describeBrief(brief: Brief): string {
  const parts = [brief.kind === 'person' ? 'Person brief' : 'Topic brief'];
  if (brief.subject !== brief.title) parts[0] += ` (asked: ${escapeText(brief.subject)})`;
  const stories = brief.sources.length;
  parts.push(
    `${brief.articleCount} article${brief.articleCount === 1 ? '' : 's'} (${stories} stor${stories === 1 ? 'y' : 'ies'}, copies folded)`,
  );
  if (brief.analysedCount < brief.articleCount) parts.push(`the ${brief.analysedCount} newest analysed`);
  const dates = brief.sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  if (dates.length > 0)
    parts.push(dates[0] === dates.at(-1) ? `published ${dates[0]}` : `published ${dates[0]} to ${dates.at(-1)}`);
  if (brief.since || brief.until) parts.push(`asked for ${brief.since ?? 'the start'} to ${brief.until ?? 'now'}`);
  parts.push(`made ${brief.today} from the corpus; every line is quoted from the article cited`);
  return parts.join(' · ');
}

export function eventLine(event: BriefEvent): string {
  const date = event.date ?? 'undated';
  const said = event.dateText ? ` (“${escapeText(event.dateText)}”)` : '';
  return `**${date}**${said}: ${escapeText(balanceQuoteMarks(event.event))}`;
}

function sourceLine(source: BriefSource): string {
  const parts = [link(source.title, source.url)];
  if (source.sources.length > 0) parts.push(source.sources.map(escapeText).join(', '));
  parts.push(source.published ?? 'undated');
  const copies = source.copies.length > 1 ? ` (${source.copies.length} copies)` : '';
  return `${parts.join(' · ')}${copies} \`${source.articleId.replace(/`/g, "'")}\``;
}

interface Footnotes {
  /** Footnote marks for these citations, one a cited passage, reusing a number for a passage cited before. */
  cite(citations: readonly Citation[]): string;
  lines(): string[];
}

function createFootnotes(): Footnotes {
  const numbers = new Map<string, number>();
  const lines: string[] = [];
  return {
    cite(citations) {
      const marks: number[] = [];
      for (const citation of citations) {
        const key = `${citation.article}\u0000${citation.passage}`;
        let number = numbers.get(key);
        if (number === undefined) {
          number = numbers.size + 1;
          numbers.set(key, number);
          lines.push(`[^${number}]: ${citationLine(citation)}`);
        }
        if (!marks.includes(number)) marks.push(number);
      }
      return marks.map((number) => `[^${number}]`).join('');
    },
    lines: () => lines,
  };
}

/** `[Title](url), Source, 1987-03-05, \`reuters/123\`: > "the passage"` on one line. */
function citationLine(citation: Citation): string {
  const where = [link(citation.title || citation.article, citation.url)];
  if (citation.source) where.push(escapeText(citation.source));
  where.push(citation.published ?? 'undated');
  const passage = escapeText(citation.passage.replace(/\s+/g, ' ').trim());
  return `${where.join(', ')}, \`${citation.article.replace(/`/g, "'")}\`: “${passage}”`;
}

function link(label: string, url: string | null): string {
  const text = escapeText(label.replace(/\s+/g, ' ').trim());
  const href = url && /^https?:\/\//i.test(url) ? url.replace(/[()\s<>]/g, encodeURIComponent) : null;
  return href ? `[${text}](${href})` : text;
}

const markup = /[\\`*_[\]<>#|~]/g;

/** Corpus text as literal Markdown: every character that could start markup escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(markup, '\\$&');
}

/** The corpus text back from `escapeText`. */
export function unescapeBriefText(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|~])/g, '$1');
}

/** The attachment's name: `brief-<topic>-<date>.md`, the topic in lower-case letters, digits and dashes. */
export function briefFileName(brief: Pick<Brief, 'title' | 'today'>): string {
  const slug =
    brief.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'subject';
  return `brief-${slug}-${brief.today}.md`;
}
