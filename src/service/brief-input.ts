import type { Brief, BriefInput, BriefRequest } from '../brief/types.js';
import type { Engine } from './engine.js';

/** What a brief reads from a build: its knowledge, the /who name tables and the passage index. */
export function briefInput(engine: Pick<Engine, 'knowledge' | 'passages' | 'answerers'>, now = new Date()): BriefInput {
  return {
    knowledge: engine.knowledge,
    findPersons: (name) => engine.answerers.who.findPersonsByName(name),
    searchPassages: (query, limit) => engine.passages.search(query, limit),
    today: now.toISOString().slice(0, 10),
  };
}

/** An empty brief, for a failure to report in the brief's own shape. */
export function failedBrief(request: BriefRequest): Brief {
  return {
    subject: request.subject,
    kind: 'topic',
    title: request.subject,
    since: request.since ?? null,
    until: request.until ?? null,
    today: new Date().toISOString().slice(0, 10),
    articleCount: 0,
    analysedCount: 0,
    people: [],
    timeline: [],
    undated: [],
    quotations: [],
    sources: [],
  };
}
