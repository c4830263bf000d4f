import type { Knowledge } from '../knowledge/knowledge.js';
import { isNearlySameKey, textKey } from '../text/fingerprint.js';
import { isWithin } from './brief-dates.js';
import { citeStory } from './brief-people.js';
import { personNumber, type Story, type Subject } from './select-stories.js';
import type { BriefEvent, BriefQuotation } from './types.js';

/** An event shorter than this is a dateline or a fragment, not something that happened. */
const shortestEvent = 25;
const shortestQuote = 15;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The timeline: dated events in the paragraphs about the subject, oldest first; the same
 * sentence in two stories is one event citing both, and a sentence giving several dates is
 * shown once, at the first. Past the limit, day-precise dates and the
 * newer stories are kept. Events without a date (an undated article) go to `undated`, with, for
 * each story that gave no event, its sentence about the subject.
 */
export function collectEvents(
  stories: readonly Story[],
  dates: { since: string | null; until: string | null },
  limits: { events: number; undated: number },
): { timeline: BriefEvent[]; undated: BriefEvent[] } {
  const dated = new Map<string, BriefEvent & { order: number }>();
  const undated: Array<BriefEvent & { order: number }> = [];
  const undatedKeys = new Set<string>();
  const addUndated = (story: Story, order: number, sentence: string): void => {
    const key = textKey(sentence);
    if (!key || undatedKeys.has(key)) return;
    undatedKeys.add(key);
    undated.push({ date: null, dateText: '', event: oneLine(sentence), citations: citeStory(story, sentence), order });
  };
  stories.forEach((story, order) => {
    let gave = false;
    // A sentence with several dates ("from July 1, 1987, to June 30, 1990") is one line, at its first.
    const sentences = new Set<string>();
    for (const event of story.extraction?.events ?? []) {
      if (!story.paragraphs.has(event.paragraph) || oneLine(event.event).length < shortestEvent) continue;
      const sentence = textKey(event.event);
      if (sentences.has(sentence)) continue;
      sentences.add(sentence);
      if (event.date === null) {
        addUndated(story, order, event.event);
        gave = true;
        continue;
      }
      if (!isWithin(event.date, dates.since, dates.until)) continue;
      gave = true;
      const key = `${event.date}|${textKey(event.event)}`;
      const known = dated.get(key);
      if (known) known.citations.push(...citeStory(story, event.event));
      else
        dated.set(key, {
          date: event.date,
          dateText: event.dateText,
          event: oneLine(event.event),
          citations: citeStory(story, event.event),
          order,
        });
    }
    if (!gave) {
      const sentence = story.bestPassage ?? subjectSentence(story);
      if (sentence) addUndated(story, order, sentence);
    }
  });
  const precision = (event: BriefEvent): number => (event.date?.length === 10 ? 1 : 0);
  const timeline = [...dated.values()]
    .sort((left, right) => precision(right) - precision(left) || left.order - right.order)
    .slice(0, limits.events)
    .sort(
      (left, right) =>
        (left.date! < right.date! ? -1 : left.date! > right.date! ? 1 : 0) ||
        right.order - left.order ||
        left.event.localeCompare(right.event),
    )
    .map(({ order: _order, ...event }) => event);
  return {
    timeline,
    undated: undated
      .slice(0, limits.undated)
      .sort((left, right) => right.order - left.order)
      .map(({ order: _order, ...event }) => event),
  };
}

/** A sentence of the story about the subject: the first the extraction placed in its paragraphs. */
function subjectSentence(story: Story): string | null {
  for (const person of story.extraction?.people ?? []) {
    for (const place of [...person.roles, ...person.mentions]) {
      if (story.paragraphs.has(place.paragraph)) return place.sentence;
    }
  }
  return null;
}

/**
 * What was said: quotations in the paragraphs about the subject (for a person, also all of
 * theirs), the same words from two stories folded into one. One quotation a speaker first (the
 * person of a person brief first, then those quoted most), each their newest; then the rest,
 * newest first.
 */
export function collectQuotations(
  knowledge: Knowledge,
  subject: Subject,
  stories: readonly Story[],
  limit: number,
): BriefQuotation[] {
  const found: Array<BriefQuotation & { order: number; key: string; byPerson: boolean }> = [];
  stories.forEach((story, order) => {
    const paragraphs = story.article.paragraphs;
    for (const quotation of story.extraction?.quotations ?? []) {
      const number =
        quotation.speakerKind === 'person' ? personNumber(knowledge, story.article.id, quotation.speaker) : undefined;
      const byPerson = subject.person !== null && number === subject.person;
      if (!byPerson && !story.paragraphs.has(quotation.paragraph)) continue;
      const quote = oneLine(quotation.quote);
      if (quote.length < shortestQuote) continue;
      const speaker =
        number !== undefined ? (knowledge.people.persons[number]?.name ?? quotation.speaker) : quotation.speaker;
      const key = textKey(quote);
      const passage = (paragraphs[quotation.paragraph] ?? '').includes(quotation.passage)
        ? quotation.passage
        : quotation.sentence;
      const known = found.find((earlier) => earlier.speaker === speaker && isNearlySameKey(earlier.key, key));
      if (known) known.citations.push(...citeStory(story, passage));
      else found.push({ quote, speaker, citations: citeStory(story, passage), order, key, byPerson });
    }
  });
  const counts = new Map<string, number>();
  for (const quotation of found) counts.set(quotation.speaker, (counts.get(quotation.speaker) ?? 0) + 1);
  const speakers = [...counts.keys()].sort(
    (left, right) =>
      Number(found.some((quotation) => quotation.byPerson && quotation.speaker === right)) -
        Number(found.some((quotation) => quotation.byPerson && quotation.speaker === left)) ||
      counts.get(right)! - counts.get(left)!,
  );
  const first = speakers.map((speaker) => found.find((quotation) => quotation.speaker === speaker)!);
  const rest = found.filter((quotation) => !first.includes(quotation));
  return [...first, ...rest].slice(0, limit).map(({ quote, speaker, citations }) => ({ quote, speaker, citations }));
}
