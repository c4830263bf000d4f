import {
  DEFINITE_DETERMINERS,
  DESCRIPTION_STOPWORDS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  ORGANIZATION_NOUNS,
  PERSON_PRONOUNS,
  THING_PRONOUNS,
} from './lexicon.js';
import { isObjectOfPreposition, tokenizeWords, wordsAgree } from './person-locator.js';
import { findRecentSubject, type Position, type QuoteContext, type Speaker } from './quote-context.js';

/** The words that name who speaks, as a slice of a paragraph. */
export interface SpeakerPhrase {
  paragraph: number;
  start: number;
  end: number;
}

const LEADING_FILLER = /^(?:(?:and|but|so|yet|then|also|later|earlier|meanwhile|however|instead|separately|in addition|for (?:his|her) part)\b[\s,]*)+/i;
const CAPITALISED_FILLER = new Set([
  'The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'As', 'Asked', 'However', 'Earlier', 'Later', 'Meanwhile',
  'Speaking', 'After', 'Before', 'When', 'While', 'During', 'Also', 'For', 'From', 'To', 'With', 'Yet', 'So',
  'Then', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'According', 'Referring', 'Commenting',
  'Separately', 'Instead', 'Last', 'Next', 'Both', 'Under', 'Despite', 'Since', 'Although', 'Though', 'If',
]);

const isPerson = (speaker: Speaker): boolean => speaker.kind === 'person';
const isThing = (speaker: Speaker): boolean => speaker.kind === 'organization' || speaker.kind === 'document';

/** Resolves the words naming a speaker to a person of the article, a report or agency, or a description. */
export function resolveSpeakerPhrase(context: QuoteContext, phrase: SpeakerPhrase): Speaker | null {
  const paragraphText = context.paragraphs[phrase.paragraph]!;
  const raw = paragraphText.slice(phrase.start, phrase.end);
  const text = raw.replace(LEADING_FILLER, '').replace(/[\s,;:\u2014\u2013-]+$/, '').trim();
  if (text.length === 0) return null;
  const position: Position = { paragraph: phrase.paragraph, offset: phrase.start };
  const firstWord = (text.split(/\s+/)[0] ?? '').toLowerCase();

  if (PERSON_PRONOUNS.has(firstWord)) return findRecentSubject(context, position, isPerson);
  if (THING_PRONOUNS.has(firstWord)) return findRecentSubject(context, position, isThing);

  const named = findNamedPerson(context, phrase, paragraphText);
  if (named) return named;

  const chunks = text.split(',').map((chunk) => chunk.trim()).filter(Boolean);
  const lastChunk = chunks[chunks.length - 1] ?? text;
  const lastWord = (lastChunk.split(/\s+/)[0] ?? '').toLowerCase();
  if (PERSON_PRONOUNS.has(lastWord) && lastChunk.split(/\s+/).length === 1) {
    return findRecentSubject(context, position, isPerson);
  }

  const bySurname = findPersonBySurname(context, text);
  if (bySurname) return bySurname;

  for (const chunk of chunks.length > 0 ? chunks : [text]) {
    const institution = readInstitution(chunk);
    if (institution) return institution;
  }
  // A lower-case head ("the Iranian official") is a description even with a capitalised adjective.
  if (/^\p{Ll}/u.test(headWord(lastChunk))) return resolveDescription(context, lastChunk, position);
  return readCapitalisedName(text) ?? resolveDescription(context, lastChunk, position);
}

function findNamedPerson(context: QuoteContext, phrase: SpeakerPhrase, paragraphText: string): Speaker | null {
  const inside = context.occurrences.filter(
    (occurrence) =>
      occurrence.paragraph === phrase.paragraph && occurrence.start >= phrase.start && occurrence.end <= phrase.end,
  );
  const chosen = inside.find((occurrence) => !isObjectOfPreposition(paragraphText, occurrence.start)) ?? null;
  if (!chosen) return null;
  const person = context.people[chosen.person]!;
  return { name: person.name, kind: 'person', person: chosen.person };
}

/** "Mr Blair" when the article lists "Tony Blair" but not the bare surname. */
function findPersonBySurname(context: QuoteContext, text: string): Speaker | null {
  const capitalised = text.split(/[^\p{L}'\u2019-]+/u).filter((word) => /^\p{Lu}/u.test(word));
  for (let index = 0; index < context.people.length; index++) {
    const person = context.people[index]!;
    const surname = person.name.split(/\s+/).pop() ?? '';
    if (surname.length > 1 && capitalised.includes(surname)) return { name: person.name, kind: 'person', person: index };
  }
  return null;
}

/** "the report", "The agency", "a Reuters report", "the Finance Ministry", "IRNA". */
function readInstitution(chunk: string): Speaker | null {
  const core = cutAtQualifier(chunk);
  const words = core.split(/\s+/).filter(Boolean);
  const head = (words[words.length - 1] ?? '').toLowerCase().replace(/['\u2019]s$/, '');
  const kind = DOCUMENT_NOUNS.has(head) ? 'document' : ORGANIZATION_NOUNS.has(head) ? 'organization' : null;
  if (!kind) return null;
  const name = core.replace(/^(The|A|An|This|Its|Their)\b/, (determiner) => determiner.toLowerCase());
  return { name, kind };
}

function headWord(chunk: string): string {
  const words = cutAtQualifier(chunk).split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

function cutAtQualifier(chunk: string): string {
  return chunk.split(/\s+(?:who|which|that|in|of|at|for|with|from|on|to|quoted|cited|said|told)\s+/i)[0]!.trim();
}

/** A name the people extractor did not list: the first capitalised run that is not an object. */
function readCapitalisedName(text: string): Speaker | null {
  const pattern = /\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const words = match[0].split(/\s+/).filter((word) => !CAPITALISED_FILLER.has(word));
    while (words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
    if (words.length === 0 || isObjectOfPreposition(text, match.index)) continue;
    const name = words.join(' ').replace(/['\u2019]s$/, '');
    if (HONORIFICS.has(name.toLowerCase())) continue;
    return { name, kind: words.length >= 2 ? 'person' : 'unknown' };
  }
  return null;
}

/**
 * "the Iranian official", "the minister", "the Chrysler executive": the person whose roles or
 * surrounding words share the description's words; an anonymous "one banker" stays as written.
 */
function resolveDescription(context: QuoteContext, chunk: string, position: Position): Speaker | null {
  const words = tokenizeWords(cutAtQualifier(chunk));
  if (words.length === 0 || words.length > 8) return null;
  const determiner = words[0]!;
  const content = tokenizeWords(chunk).filter((word) => !DESCRIPTION_STOPWORDS.has(word));
  const head = words[words.length - 1]!;
  if (content.length === 0) return null;
  let best: { index: number; score: number; last: number } | null = null;
  context.people.forEach((_, index) => {
    let score = 0;
    for (const word of content) {
      const inRoles = [...context.roleWords[index]!].some((role) => wordsAgree(role, word));
      const inContext = [...context.contextWords[index]!].some((near) => wordsAgree(near, word));
      if (inRoles) score += word === head ? 3 : 2;
      else if (inContext) score += word === head ? 2 : 1;
    }
    if (score === 0) return;
    const last = lastOccurrenceBefore(context, index, position);
    if (last < 0) return; // a description points back to someone already named
    const candidate = { index, score, last };
    if (!best || score > best.score || (score === best.score && last > best.last)) best = candidate;
  });
  const chosen = best as { index: number; score: number; last: number } | null;
  if (chosen) {
    return { name: context.people[chosen.index]!.name, kind: 'person', person: chosen.index };
  }
  if (INDEFINITE_DETERMINERS.has(determiner)) return { name: chunk.trim(), kind: 'unknown' };
  if (DEFINITE_DETERMINERS.has(determiner) || words.length <= 3) {
    return findRecentSubject(context, position, isPerson) ?? { name: chunk.trim(), kind: 'unknown' };
  }
  return null;
}

/** A sortable number for the person's last occurrence before the position, or -1. */
function lastOccurrenceBefore(context: QuoteContext, person: number, position: Position): number {
  let last = -1;
  for (const occurrence of context.occurrences) {
    if (occurrence.person !== person) continue;
    if (occurrence.paragraph > position.paragraph) break;
    if (occurrence.paragraph === position.paragraph && occurrence.start >= position.offset) break;
    last = occurrence.paragraph * 1_000_000 + occurrence.start;
  }
  return last;
}
