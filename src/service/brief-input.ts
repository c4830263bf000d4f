import { emptyBrief } from '../brief/build-brief.js';
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
  const today = new Date().toISOString().slice(0, 10);
  return emptyBrief(request.subject, request.since ?? null, request.until ?? null, today);
}
