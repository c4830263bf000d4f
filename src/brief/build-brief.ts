import { cleanQuery, MAX_QUERY_LENGTH } from '../answer/question/check-question.js';
import { checkBriefDate } from './brief-dates.js';
import { collectEvents, collectQuotations } from './brief-facts.js';
import { rankPeople } from './brief-people.js';
import { findSubject, selectStories } from './select-stories.js';
import { defaultBriefLimits, type Brief, type BriefInput, type BriefRequest } from './types.js';

/** As long as a question to the other commands. */
const longestSubject = MAX_QUERY_LENGTH;

/** A brief with nothing in it yet, or nothing to say. */
export function emptyBrief(subject: string, since: string | null, until: string | null, today: string): Brief {
  return {
    subject,
    kind: 'topic',
    title: subject,
    since,
    until,
    today,
    articleCount: 0,
    analysedCount: 0,
    people: [],
    timeline: [],
    undated: [],
    quotations: [],
    sources: [],
  };
}

/**
 * A whole brief on a person or a topic, every line an extract with its citation. Pure and
 * synchronous: it reads the tables built at index time (people and roles, dated events,
 * quotations, the passage index), so it costs look-ups, not language processing.
 */
export function buildBrief(input: BriefInput, request: BriefRequest): Brief {
  const limits = { ...defaultBriefLimits, ...input.limits, ...request.limits };
  // Invisible and control characters out, as for any question: they break matching.
  const subjectText = cleanQuery(request.subject);
  const since = request.since?.trim() || null;
  const until = request.until?.trim() || null;
  const empty = emptyBrief(subjectText, since, until, input.today);
  const problem =
    (/[\p{L}\p{N}]/u.test(subjectText) ? null : 'Name a person or a topic, for example: /brief Shamkhani') ??
    (subjectText.length > longestSubject
      ? `That subject is ${subjectText.length} characters long; keep it under ${longestSubject}.`
      : null) ??
    checkBriefDate('since', since) ??
    checkBriefDate('until', until) ??
    (since && until && since > until ? `since (${since}) comes after until (${until}).` : null);
  if (problem) return { ...empty, error: problem };
  const subject = findSubject(input, subjectText);
  if (!subject) return { ...empty, error: `Nothing in the corpus names or matches "${subjectText}".` };
  const dates = { since, until };
  const { stories, articleCount, analysedCount } = selectStories(input.knowledge, subject, dates, limits.articles);
  const brief: Brief = { ...empty, kind: subject.kind, title: subject.title, articleCount, analysedCount };
  if (stories.length === 0) {
    const range = [since && `since ${since}`, until && `until ${until}`].filter(Boolean).join(' ');
    return { ...brief, error: `No article about "${subject.title}" was published ${range}.` };
  }
  const { timeline, undated } = collectEvents(stories, dates, limits);
  return {
    ...brief,
    people: rankPeople(input.knowledge, subject, stories, limits.people),
    timeline,
    undated,
    quotations: collectQuotations(input.knowledge, subject, stories, limits.quotations),
    sources: stories.map((story) => story.source),
  };
}
