import type { Brief, BriefEvent, BriefRequest } from './types.js';

export type TimelineOrder = 'oldest' | 'newest';

/** What /timeline asks of a brief: the timeline section, longer than a brief's. */
export function timelineRequest(subject: string, limits = { events: 100, undated: 20 }): BriefRequest {
  return { subject, limits: { ...limits, people: 0, quotations: 0 } };
}

/** The timeline alone: dated events in the order asked, the undated statements after them. */
export function timelineEvents(brief: Brief, order: TimelineOrder = 'oldest'): BriefEvent[] {
  const dated = order === 'newest' ? [...brief.timeline].reverse() : brief.timeline;
  const undated = order === 'newest' ? [...brief.undated].reverse() : brief.undated;
  return [...dated, ...undated];
}

/** "oldest" or "newest" from what was typed; oldest when it says neither. */
export function readTimelineOrder(text: string | null | undefined): TimelineOrder {
  return /^\s*(?:newest|latest|recent|desc)/i.test(text ?? '') ? 'newest' : 'oldest';
}
