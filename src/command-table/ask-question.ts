import type { AnswerSet, CommandName } from '../answer/types.js';
import type { BriefingService, Suggestion } from '../service/briefing-service.js';

/** A broader question to ask when the first finds nothing, and what to tell the asker then. */
export interface QuestionFallback {
  query: string;
  note: string;
}

/** A question as both adapters answer it: the answers, a note, or names to try instead. */
export interface QuestionOutcome {
  set: AnswerSet;
  /** Said above the answers when they answer the fallback question. */
  note?: string;
  /** When nothing was found: known names nearest the one asked (people for /who, speakers for /quote). */
  nearest: Suggestion[];
}

export const topicFallbackNote = 'None of these quotations mentions that topic; here is everything found.';

/** Nearest names for a question with no answer; typos included ("Shamkani" finds Ali Shamkhani). */
export async function nearestNames(service: BriefingService, set: AnswerSet, limit = 5): Promise<Suggestion[]> {
  if (set.command !== 'who' && set.command !== 'quote') return [];
  const kind = set.command === 'who' ? 'person' : 'speaker';
  // The whole query first, then each word, longest first: "Tom Smith" still finds "Tom Reyes".
  const words = set.query
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .sort((left, right) => right.length - left.length);
  const found = new Map<string, Suggestion>();
  for (const text of [set.query, ...words]) {
    for (const suggestion of await service.suggest(kind, text, limit)) {
      if (!found.has(suggestion.value)) found.set(suggestion.value, suggestion);
    }
    if (found.size >= limit) break;
  }
  return [...found.values()].slice(0, limit);
}

/** Asks the core, falls back to the broader question when the first finds nothing. */
export async function askQuestion(
  service: BriefingService,
  command: CommandName,
  query: string,
  fallback?: QuestionFallback,
): Promise<QuestionOutcome> {
  let set = await service.ask(command, query);
  let note: string | undefined;
  if (set.answers.length === 0 && !set.error && fallback) {
    const broader = await service.ask(command, fallback.query);
    if (broader.answers.length > 0) {
      set = broader;
      note = fallback.note;
    }
  }
  return { set, note, nearest: set.answers.length === 0 && !set.error ? await nearestNames(service, set) : [] };
}

/** /quote with a speaker and a topic: that speaker on that topic, else everything by the speaker. */
export function quoteQuestion(
  speaker: string,
  topic: string | undefined,
): { query: string; fallback?: QuestionFallback } {
  const about = topic?.trim();
  return about
    ? // Asked as a user would type it, so the core reads which part is the speaker.
      { query: `what did ${speaker} say about ${about}`, fallback: { query: speaker, note: topicFallbackNote } }
    : { query: speaker };
}

/**
 * /quote typed as one line ("Rouhani about the nuclear deal"): the longest leading words that
 * name a known speaker are the speaker, the rest the topic. Null when no leading words do.
 */
export async function splitSpeakerAndTopic(
  service: BriefingService,
  text: string,
): Promise<{ speaker: string; topic: string } | null> {
  const words = text.trim().split(/\s+/);
  for (let count = words.length - 1; count >= 1; count--) {
    const speaker = words.slice(0, count).join(' ');
    if ((await service.suggest('speaker', speaker, 1)).length > 0)
      return { speaker, topic: words.slice(count).join(' ') };
  }
  return null;
}
