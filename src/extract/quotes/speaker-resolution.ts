import {
  DEFINITE_DETERMINERS,
  DESCRIPTION_STOPWORDS,
  DOCUMENT_NOUNS,
  GENERIC_PERSON_HEADS,
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

// An unnamed "one trader" is still a person a later "he added" can point back to.
const isPerson = (speaker: Speaker): boolean => speaker.kind === 'person' || speaker.kind === 'unknown';
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
  if (firstWord === 'it') return findRecentSubject(context, position, isThing) ?? findInstitutionMention(context, position);
  if (THING_PRONOUNS.has(firstWord)) return findRecentSubject(context, position, isThing);

  const named = findNamedPerson(context, phrase, paragraphText);
  if (named) return named;

  const chunks = text.split(',').map((chunk) => chunk.trim()).filter(Boolean);
  // The subject stands next to the verb ("In 1988, the company said") unless an appositive
  // comes between ("the Kansas Republican, a likely candidate, said").
  // When the phrase ends in a comma, the appositive is closed and the subject is the first chunk.
  const closedAppositive = /,\s*$/.test(raw);
  const subject = closedAppositive
    ? chunks.find((chunk) => !ADVERBIAL_START.test(chunk)) ?? text
    : trimLeadingAdverbial(chunks[chunks.length - 1] ?? text);
  const subjectWords = subject.split(/\s+/);
  if (subjectWords.length === 1 && PERSON_PRONOUNS.has(subjectWords[0]!.toLowerCase())) {
    return findRecentSubject(context, position, isPerson);
  }

  const bySurname = findPersonBySurname(context, text);
  if (bySurname) return bySurname;
  const institution = readInstitution(subject);
  if (institution) return institution;
  // "the Iranian official", "the Kansas Republican": a description, even with capitalised words.
  const determiner = (subjectWords[0] ?? '').toLowerCase();
  if (DEFINITE_DETERMINERS.has(determiner) || INDEFINITE_DETERMINERS.has(determiner) || /^\p{Ll}/u.test(headWord(subject))) {
    return resolveDescription(context, subject, position);
  }
  return readCapitalisedName(subject) ?? resolveDescription(context, subject, position);
}

function findNamedPerson(context: QuoteContext, phrase: SpeakerPhrase, paragraphText: string): Speaker | null {
  const inside = context.occurrences.filter(
    (occurrence) =>
      occurrence.paragraph === phrase.paragraph && occurrence.start >= phrase.start && occurrence.end <= phrase.end,
  );
  // "Mr Blair's official spokesman" is not Mr Blair: a possessive name only modifies the speaker.
  const chosen =
    inside.find(
      (occurrence) =>
        !isObjectOfPreposition(paragraphText, occurrence.start) &&
        !/^['\u2019]s?\s+\S/.test(paragraphText.slice(occurrence.end, phrase.end)),
    ) ?? null;
  if (!chosen) return null;
  const person = context.people[chosen.person]!;
  return { name: person.name, kind: 'person', person: chosen.person };
}

/** "Mr Blair" when the article lists "Tony Blair" but not the bare surname; "Sir Digby" for "Digby Jones". */
function findPersonBySurname(context: QuoteContext, text: string): Speaker | null {
  const words = text.split(/[^\p{L}'\u2019-]+/u).filter(Boolean);
  for (let index = 0; index < context.people.length; index++) {
    const person = context.people[index]!;
    const names = person.name.split(/\s+/);
    const surname = names[names.length - 1] ?? '';
    const found = words.some(
      (word, at) => (surname.length > 1 && word === surname) || (at > 0 && /^(Sir|Dame)$/.test(words[at - 1]!) && word === names[0]),
    );
    if (found) return { name: person.name, kind: 'person', person: index };
  }
  return null;
}

const ADVERBIAL_START = /^(In|On|At|After|During|Before|Under|Speaking|Writing|Asked|Commenting|Referring|Following|Last|Earlier|Later|Today|Yesterday)\b/;

/** "In its report on the council's work the committee" -> "the committee": the subject stands last. */
function trimLeadingAdverbial(chunk: string): string {
  if (!ADVERBIAL_START.test(chunk)) return chunk;
  const determiners = [...chunk.matchAll(/\b(?:the|a|an)\s/gi)];
  const last = determiners[determiners.length - 1];
  return last && last.index! > 0 ? chunk.slice(last.index) : chunk;
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
  return chunk.split(/\s+(?:who|which|that|in|of|at|for|with|from|on|to|by|quoted|cited|said|told)\s+/i)[0]!.trim();
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
    const institutional = words.some((word) => ORGANIZATION_NOUNS.has(word.toLowerCase()) || DOCUMENT_NOUNS.has(word.toLowerCase()));
    if (institutional || /^\p{Lu}{2,}$/u.test(name)) return { name, kind: 'organization' };
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
  if (words.length === 0 || tokenizeWords(chunk).length > 10) return null;
  const determiner = words[0]!;
  // "one senior banker", "a spokeswoman": someone new and unnamed, never a person named before.
  if (INDEFINITE_DETERMINERS.has(determiner)) return { name: asWritten(chunk), kind: 'unknown' };
  const content = tokenizeWords(chunk).filter((word) => !DESCRIPTION_STOPWORDS.has(word));
  const head = words[words.length - 1]!;
  if (content.length === 0) return null;
  // A possessive name marks someone else's aide ("Mr Blair's spokesman"), never a person to link.
  if (/\p{Lu}[\p{L}-]*['\u2019]s?\s/u.test(chunk)) return { name: asWritten(chunk), kind: 'unknown' };
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
  // "the Iranian official" after paragraphs about one man: a generic head names the man in focus.
  if (DEFINITE_DETERMINERS.has(determiner) && GENERIC_PERSON_HEADS.has(head)) {
    const recent = findRecentSubject(context, position, isPerson);
    if (recent) return recent;
  }
  // Nobody named fits: an unnamed "spokesman" or "one banker" stays as the article words it.
  if (DEFINITE_DETERMINERS.has(determiner) || words.length <= 4) return { name: asWritten(chunk), kind: 'unknown' };
  return null;
}

function asWritten(chunk: string): string {
  return chunk.trim().replace(/^(The|A|An|One|Another)\b/, (word) => word.toLowerCase());
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

const INSTITUTION_MENTION = new RegExp(
  `\\b(?:the|its|their)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${[...DOCUMENT_NOUNS, ...ORGANIZATION_NOUNS].join('|')})\\b`,
  'giu',
);

/** "it said" after "the Tower report made public today": the last report or body named nearby. */
function findInstitutionMention(context: QuoteContext, position: Position): Speaker | null {
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - 2); paragraph--) {
    const text = context.paragraphs[paragraph]!;
    const before = paragraph === position.paragraph ? text.slice(0, position.offset) : text;
    const matches = [...before.matchAll(INSTITUTION_MENTION)].filter((match) => !context.isQuoted(paragraph, match.index!));
    const last = matches[matches.length - 1];
    if (last) {
      const name = asWritten(last[0]).replace(/^(its|their)\s/i, 'the ');
      const head = name.split(/\s+/).pop()!.toLowerCase();
      return { name, kind: DOCUMENT_NOUNS.has(head) ? 'document' : 'organization' };
    }
  }
  return null;
}
