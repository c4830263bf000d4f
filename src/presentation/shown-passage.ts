import type { Answer, Citation, CommandName } from '../answer/types.js';
import { isNearlySameKey, textKey } from '../text/fingerprint.js';
import { foldText } from '../text/normalize.js';
import { escapePattern } from '../text/escape-pattern.js';

/** The passage a reply shows beside an answer, and whether to say which article it is from. */
export interface ShownPassage {
  citation: Citation;
  /** Set when the answer cites several articles: the source (or title) the passage is from. */
  from: string | null;
}

/** The words of a name a passage may use for the person: the full name and the surname. */
function namesOf(person: string): string[] {
  const words = person.split(/\s+/).filter(Boolean);
  const surname = words.at(-1);
  return [person, ...(surname && surname.length >= 3 ? [surname] : [])].map((name) => foldText(name));
}

/** Whether the passage names the person, by full name or surname, as whole words. */
export function namesPerson(passage: string, person: string): boolean {
  const folded = foldText(passage);
  return namesOf(person).some((name) => {
    const escaped = escapePattern(name);
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(folded);
  });
}

/**
 * True when two texts say the same words (case, quote marks, punctuation and spacing aside),
 * or nearly: a syndicated copy's passage with a dateline added.
 */
export function isSameText(left: string, right: string): boolean {
  return isNearlySameKey(textKey(left), textKey(right));
}

/**
 * Which passage to show beside an answer, or null when showing it would only repeat the
 * answer. /who shows a sentence that names the person (the first citation's may speak of
 * "the secretary" only); /when leaves the passage out when it is the event sentence itself;
 * /search answers are passages already.
 */
export function choosePassage(command: CommandName, answer: Answer): ShownPassage | null {
  const first = answer.citations[0];
  if (!first || command === 'search') return null;
  let citation = first;
  if (command === 'who' && 'person' in answer) {
    const person = answer.person;
    citation = answer.citations.find((candidate) => namesPerson(candidate.passage, person)) ?? first;
  }
  if (command === 'when' && 'event' in answer && isSameText(answer.event, citation.passage)) return null;
  const articles = new Set(answer.citations.map((cited) => cited.article));
  return { citation, from: articles.size > 1 ? citation.source || citation.title || citation.article : null };
}
