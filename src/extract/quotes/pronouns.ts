import nlp from 'compromise';
import { isPerson } from './speaker-description.js';
import {
  findRecentSubject,
  REPORTED_BY_PRONOUN,
  type Position,
  type QuoteContext,
  type Speaker,
} from './quote-context.js';

const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const MALE_TITLES = /\b(?:Mr|Sir|Lord|Mister)\.?\s+$/;
const FEMALE_TITLES = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady)\.?\s+$/;
const TITLE_WINDOW = 8;

/** "he" or "she", from a first name compromise's lexicon knows as one or the other; null when unknown. */
function genderOfFirstName(name: string): 'he' | 'she' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const tags = lexicon[first];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  if (list.includes('MaleName')) return 'he';
  if (list.includes('FemaleName')) return 'she';
  return null;
}

const gendersByContext = new WeakMap<QuoteContext, Map<number, 'he' | 'she' | null>>();

/**
 * A person's gender as the article shows it: "Ms Hutt" or "Mr Hain" before any mention, else a
 * first name the lexicon knows. An article that uses both titles for one name shows nothing.
 */
function genderOf(context: QuoteContext, person: number): 'he' | 'she' | null {
  let genders = gendersByContext.get(context);
  if (!genders) gendersByContext.set(context, (genders = new Map()));
  const known = genders.get(person);
  if (known !== undefined) return known;
  const titles = new Set<'he' | 'she'>();
  for (const occurrence of context.occurrences) {
    if (occurrence.person !== person) continue;
    const before = context.paragraphs[occurrence.paragraph]!.slice(
      Math.max(0, occurrence.start - TITLE_WINDOW),
      occurrence.start,
    );
    if (MALE_TITLES.test(before)) titles.add('he');
    if (FEMALE_TITLES.test(before)) titles.add('she');
  }
  const gender =
    titles.size === 1 ? [...titles][0]! : titles.size === 0 ? genderOfFirstName(context.people[person]!.name) : null;
  genders.set(person, gender);
  return gender;
}

/** A person a pronoun may stand for: no title or first name of the other gender. */
function agrees(context: QuoteContext, pronoun: string, speaker: Speaker): boolean {
  if (!isPerson(speaker)) return false;
  const gender = speaker.person === undefined ? genderOfFirstName(speaker.name) : genderOf(context, speaker.person);
  return gender === null || gender === pronoun;
}

/**
 * Who "he" or "she" is at a position. When the sentence before names exactly one person who
 * agrees, it is them, whatever their place in it ("One opinion came from Brian Gammage, an analyst.
 * He said: ..."; "That was not enough for Mr Sarkozy. '...,' he said"); otherwise the most
 * recent subject or speaker who agrees. A sentence opened by a pronoun is no new referent.
 */
export function resolvePronoun(context: QuoteContext, pronoun: string, position: Position): Speaker | null {
  const named = personsInPreviousSentence(context, position).filter((speaker) => agrees(context, pronoun, speaker));
  const distinct = new Set(named.map((speaker) => speaker.person));
  if (distinct.size === 1) return named[0]!;
  return findRecentSubject(context, position, (speaker) => agrees(context, pronoun, speaker));
}

/** The people named outside quotes in the sentence that ends before the position (this paragraph or the last). */
function personsInPreviousSentence(context: QuoteContext, position: Position): Speaker[] {
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - 1); paragraph--) {
    const sentences = context.sentencesOf(paragraph);
    const before = sentences.filter((sentence) => paragraph < position.paragraph || sentence.end <= position.offset);
    // The sentence holding the pronoun may open with its own words: "He said" has none before it.
    const previous = before[before.length - 1];
    if (!previous) continue;
    // "He portrayed Mr Ebbers as ...": a sentence opened by a pronoun carries its own referent on.
    if (
      /^["\u201c\u2018']?(?:(?:And|But|Yet|So|Then|Later|Earlier|However),?\s+)?(?:He|She|They)\b/.test(previous.text)
    )
      return [];
    // "Tony Blair would lead the campaign, he said.": what a pronoun reports is about someone else,
    // and the one reporting goes on speaking.
    if (REPORTED_BY_PRONOUN.test(previous.text)) return [];
    const found: Speaker[] = [];
    for (const occurrence of context.occurrences) {
      if (occurrence.paragraph !== paragraph || occurrence.start < previous.start || occurrence.start >= previous.end)
        continue;
      if (context.isQuoted(paragraph, occurrence.start)) continue;
      const person = context.people[occurrence.person]!;
      found.push({ name: person.name, kind: 'person', person: occurrence.person });
    }
    return found;
  }
  return [];
}
