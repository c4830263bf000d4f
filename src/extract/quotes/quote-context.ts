import type { PersonMention, SpeakerKind } from '../types.js';
import { splitSentences, type Sentence } from '../../text/sentences.js';
import type { QuoteSpan } from './quote-spans.js';
import { namesOtherSubject, ownsOpeningThing } from './opening-owner.js';
import {
  collectContextWords,
  isNameModifier,
  isObjectOfPreposition,
  locatePeople,
  tokenizeWords,
  type PersonOccurrence,
} from './person-locator.js';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  /** Index in the article's people when the speaker is one of them. */
  person?: number;
}

/** A point in the article: paragraph index and offset in it. */
export interface Position {
  paragraph: number;
  offset: number;
}

/** Someone who was the subject of a sentence, or the speaker of a quotation, at a position. */
export interface SubjectEvent extends Position {
  speaker: Speaker;
  /** Stands for a pronoun of its own paragraph only (a possessor: "Williams' track beat ..."). */
  withinParagraph?: boolean;
}

/** What the attribution rules know about one article; built once per article with quotes. */
export interface QuoteContext {
  paragraphs: readonly string[];
  people: readonly PersonMention[];
  occurrences: PersonOccurrence[];
  roleWords: Array<Set<string>>;
  contextWords: Array<Set<string>>;
  /** Sentence subjects outside quotes, in reading order. */
  subjects: SubjectEvent[];
  /** Speakers attributed so far, in reading order. */
  speakers: SubjectEvent[];
  isQuoted(paragraph: number, offset: number): boolean;
  /** The paragraph's sentences, split once per article. */
  sentencesOf(paragraph: number): readonly Sentence[];
}

export function comparePositions(left: Position, right: Position): number {
  return left.paragraph - right.paragraph || left.offset - right.offset;
}

export function buildQuoteContext(
  paragraphs: readonly string[],
  people: readonly PersonMention[],
  spans: readonly QuoteSpan[],
): QuoteContext {
  const quotedRanges = new Map<number, Array<[number, number]>>();
  for (const span of spans) {
    for (const segment of span.segments) {
      const ranges = quotedRanges.get(segment.paragraph) ?? [];
      ranges.push([segment.start, segment.end]);
      quotedRanges.set(segment.paragraph, ranges);
    }
  }
  const sentencesOf = (paragraph: number): readonly Sentence[] => splitSentences(paragraphs[paragraph]!);
  const isQuoted = (paragraph: number, offset: number): boolean =>
    (quotedRanges.get(paragraph) ?? []).some(([start, end]) => offset >= start && offset < end);
  const occurrences = locatePeople(paragraphs, people);
  // "the singer's friend" is the friend: a common noun's possessor is someone else's post.
  const roleWords = people.map(
    (person) => new Set(person.roles.flatMap((role) => tokenizeWords(role.role.replace(COMMON_POSSESSOR, ' ')))),
  );
  const contextWords = collectContextWords(paragraphs, occurrences, people.length);
  const subjects = findSentenceSubjects(paragraphs, occurrences, isQuoted, sentencesOf, people);
  return { paragraphs, people, occurrences, roleWords, contextWords, subjects, speakers: [], isQuoted, sentencesOf };
}

const COMMON_POSSESSOR = /(?<![\p{L}-])\p{Ll}[\p{L}-]*['\u2019]s(?![\p{L}])/gu;

// "..., starring Burt Lancaster as the manager and Dean Martin as a pilot": names in a clause a
// participle opens after a comma are its objects, not the sentence's subject.
const PARTICIPLE_CLAUSE = /,\s+(\p{Ll}{3,}ing)\s[^,;]*$/u;
const NOT_PARTICIPLES = new Set(
  'during according morning evening spring king thing something anything nothing everything sterling building meeting ceiling being'.split(
    ' ',
  ),
);

function isObjectOfParticiple(lead: string): boolean {
  const participle = PARTICIPLE_CLAUSE.exec(lead)?.[1];
  return participle !== undefined && !NOT_PARTICIPLES.has(participle);
}

/** The first name in each sentence that is not the object of a preposition, outside quotes. */
function findSentenceSubjects(
  paragraphs: readonly string[],
  occurrences: readonly PersonOccurrence[],
  isQuoted: (paragraph: number, offset: number) => boolean,
  sentencesOf: (paragraph: number) => readonly Sentence[],
  people: readonly PersonMention[],
): SubjectEvent[] {
  const subjects: SubjectEvent[] = [];
  const byParagraph = new Map<number, PersonOccurrence[]>();
  for (const occurrence of occurrences) {
    if (isQuoted(occurrence.paragraph, occurrence.start)) continue;
    const list = byParagraph.get(occurrence.paragraph) ?? [];
    list.push(occurrence);
    byParagraph.set(occurrence.paragraph, list);
  }
  for (const [paragraph, list] of byParagraph) {
    const text = paragraphs[paragraph]!;
    for (const sentence of sentencesOf(paragraph)) {
      // "He portrayed Mr Ebbers as ...": the pronoun is the subject and carries the previous one on.
      // "Tony Blair would lead the campaign, he said.": the name is what is reported, not who speaks.
      // "Nobody, he claimed, could picture X walking": nor when the pronoun's report is set off inside it.
      if (
        PRONOUN_OPENER.test(sentence.text) ||
        TOPIC_THEN_PRONOUN.test(sentence.text) ||
        REPORTED_BY_PRONOUN.test(sentence.text) ||
        PRONOUN_ASIDE.test(sentence.text)
      )
        continue;
      let owner = false;
      const subject = list.find((occurrence) => {
        if (occurrence.start < sentence.start || occurrence.start >= sentence.end) return false;
        if (isObjectOfPreposition(text, occurrence.start)) return false;
        if (isObjectOfParticiple(text.slice(sentence.start, occurrence.start))) return false;
        const after = text.slice(occurrence.end, occurrence.end + 40);
        if (PHOTO_CREDIT.test(after)) return false;
        if (!isNameModifier(after)) return true;
        owner =
          ownsOpeningThing(text.slice(sentence.start, occurrence.start), after) &&
          !namesOtherSubject(text, sentence, list, occurrence);
        return owner;
      });
      if (!subject) continue;
      const person = people[subject.person]!;
      subjects.push({
        paragraph,
        offset: subject.start,
        speaker: { name: person.name, kind: 'person', person: subject.person },
        ...(owner ? { withinParagraph: true } : {}),
      });
    }
  }
  return subjects.sort(comparePositions);
}

// Wire copy runs one or two sentences a paragraph, so a pronoun may point several paragraphs back.
// "But he said Mr Blair had lost": after a conjunction the pronoun is lower-case.
const PRONOUN_OPENER =
  /^["\u201c]?(?:He|She|They|It|(?:And|But|Yet|So|Then|Later|Earlier|However),?\s+(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t))\b/;
// "Of Hepburn, she said:", "Asked about Smith, he said": the name is what the pronoun speaks of.
// "At a dinner hosted by Smith on Friday, he said": a phrase setting the scene is no subject either.
export const TOPIC_THEN_PRONOUN =
  /^["\u201c]?(?:(?:Of|About|On|As for|Asked about|Speaking of|Speaking about|Referring to|Turning to)\s+[^,;.]{1,60}|(?:At|During|Speaking at|Speaking to|Addressing)\s+[^,;.]{1,150}),\s+(he|she|they)\s/;
const LOOK_BACK_PARAGRAPHS = 6;
// "(Ellen M. Banner / The Seattle Times)": who took the photograph, not anyone in the story.
const PHOTO_CREDIT = /^\s*\/\s*\p{Lu}/u;
const PRONOUN_ASIDE =
  /,\s*(?:he|she)\s+(?:said|says|added|adds|explained|insisted|argued|warned|stressed|claimed|claims|believes|thinks|suggested),/;

/**
 * The most recent subject or speaker before `position`: what "he", "she", "the official" or an
 * unattributed quotation refers to in news copy.
 */
/** A sentence that a pronoun reports: ", he said." */
export const REPORTED_BY_PRONOUN =
  /,\s*(?:he|she)\s+(?:said|says|added|adds|explained|insisted|argued|warned|stressed|claimed)\.?\s*$/;

export function findRecentSubject(
  context: QuoteContext,
  position: Position,
  accept: (speaker: Speaker) => boolean,
): Speaker | null {
  let best: SubjectEvent | null = null;
  for (const list of [context.subjects, context.speakers]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const event = list[i]!;
      if (comparePositions(event, position) >= 0) continue;
      if (event.paragraph < position.paragraph - LOOK_BACK_PARAGRAPHS) break;
      if (event.withinParagraph && event.paragraph !== position.paragraph) continue;
      if (!accept(event.speaker)) continue;
      if (!best || comparePositions(event, best) > 0) best = event;
      break;
    }
  }
  return best ? best.speaker : null;
}
