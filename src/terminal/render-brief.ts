import { renderBriefMarkdown } from '../presentation/brief-markdown.js';
import { timelineEvents, type TimelineOrder } from '../brief/timeline.js';
import type { Brief, BriefEvent } from '../brief/types.js';
import { balanceQuoteMarks } from '../presentation/quote-marks.js';
import { terminalText } from './terminal-text.js';

/** A brief at the prompt: the Markdown document itself, ready to copy. */
export function renderBriefText(brief: Brief): string {
  if (brief.error) return terminalText(brief.error);
  return terminalText(renderBriefMarkdown(brief).trimEnd());
}

/** /timeline at the prompt: one event a line, then where it is from. */
export function renderTimelineText(brief: Brief, order: TimelineOrder): string {
  if (brief.error) return terminalText(brief.error);
  const events = timelineEvents(brief, order);
  const heading = `Timeline: ${brief.title} (${order} first, ${brief.timeline.length} dated, ${brief.undated.length} undated)`;
  if (events.length === 0) return terminalText(`${heading}\nNothing dated or said about it in the corpus.`);
  return terminalText([heading, ...events.map(eventLines)].join('\n'));
}

function eventLines(event: BriefEvent, index: number): string {
  const when = event.date ? `${event.date}${event.dateText ? ` ("${event.dateText}")` : ''}` : 'undated';
  const sources = event.citations.map(
    (citation) =>
      `   — ${citation.title} (${[citation.source, citation.published ?? 'undated'].filter(Boolean).join(', ')}) [${citation.article}]${citation.url ? ` ${citation.url}` : ''}`,
  );
  return [`${index + 1}. ${when}: ${balanceQuoteMarks(event.event)}`, ...sources].join('\n');
}
