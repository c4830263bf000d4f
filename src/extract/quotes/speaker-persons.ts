import { wordsAfterRoyalTitle } from '../people/titled-names.js';
import { surnameOf } from '../people/name-forms.js';
import { isNameModifier, isObjectOfPreposition, MODIFIED_NOUNS } from './person-locator.js';
import type { QuoteContext, Speaker } from './quote-context.js';
import type { SpeakerPhrase } from './speaker-resolution.js';

/**
 * The person of the article a speaker phrase names: by an occurrence of their name in it, or by
 * their surname alone. A name after a preposition, inside a relative clause or qualifying another
 * word is someone spoken of, not the speaker.
 */
export function findNamedPerson(context: QuoteContext, phrase: SpeakerPhrase, paragraphText: string): Speaker | null {
  const inside = occurrencesInside(context, phrase);
  // "Mr Blair's official spokesman" is not Mr Blair: a possessive name only modifies the speaker.
  // "X, who won for playing Katharine Hepburn, said": a name inside a relative clause is not the speaker.
  const candidates = inside.filter(
    (occurrence) =>
      // "a view shared by Smith, who believes": the relative clause makes the object its speaker.
      (!isObjectOfPreposition(paragraphText, occurrence.start) ||
        /^\s*,\s*who\s*$/.test(paragraphText.slice(occurrence.end, phrase.end))) &&
      !isNameModifier(paragraphText.slice(occurrence.end, phrase.end)) &&
      !/,\s+(?:who|which|whose)\b[^,]*$/.test(paragraphText.slice(phrase.start, occurrence.start)),
  );
  let chosen = candidates[0];
  if (!chosen) return null;
  // "Chelsea assistant boss Steve Clarke": a name run straight into a title and another name
  // only qualifies that name.
  for (const next of candidates.slice(1)) {
    if (!isTitleBetween(paragraphText.slice(chosen.end, next.start))) break;
    chosen = next;
  }
  const person = context.people[chosen.person]!;
  return { name: person.name, kind: 'person', person: chosen.person };
}

/**
 * "Tony Blair and Gordon Brown said", "X, and his deputy Y, said": two persons joined as the
 * subject speak together, so the words are neither's alone (and no one's to answer with).
 */
export function namesJointSpeakers(context: QuoteContext, phrase: SpeakerPhrase, paragraphText: string): boolean {
  const inside = occurrencesInside(context, phrase);
  return inside.some((occurrence, index) => {
    const next = inside[index + 1];
    if (!next || next.person === occurrence.person) return false;
    const between = paragraphText.slice(occurrence.end, next.start);
    return (
      JOINED_BY_AND.test(between) &&
      !isObjectOfPreposition(paragraphText, occurrence.start) &&
      !/,\s+(?:who|which|whose)\b[^,]*$/.test(paragraphText.slice(phrase.start, occurrence.start))
    );
  });
}

function occurrencesInside(context: QuoteContext, phrase: SpeakerPhrase) {
  return context.occurrences.filter(
    (occurrence) =>
      occurrence.paragraph === phrase.paragraph && occurrence.start >= phrase.start && occurrence.end <= phrase.end,
  );
}

// ", and his deputy ", " and ": the second of two subjects, perhaps with a short title of its own.
const JOINED_BY_AND = /^,?\s+(?:and|&)\s+(?:(?:his|her|their|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/** "Mr Blair" when the article lists "Tony Blair" but not the bare surname; "Sir Karim" for "Karim Nasser". */
export function findPersonBySurname(context: QuoteContext, text: string): Speaker | null {
  const words = text.split(/[^\p{L}'\u2019-]+/u).filter(Boolean);
  // "rejected by Mr Blair, who said": the relative clause makes the object its speaker.
  // Not "due to Lee, 82, who created it, his lawyer said": the clause must run on to the verb.
  const relativeAt = /,\s*who\b[^,]*$/.exec(text);
  const antecedent = relativeAt
    ? text
        .slice(0, relativeAt.index)
        .split(/[^\p{L}'\u2019-]+/u)
        .filter(Boolean).length - 1
    : -1;
  for (let index = 0; index < context.people.length; index++) {
    const person = context.people[index]!;
    const names = person.name.split(/\s+/);
    const surname = surnameOf(person.name);
    const found = words.some(
      (word, at) =>
        !MODIFIED_NOUNS.has(words[at + 1] ?? '') &&
        (at === antecedent || !followsPreposition(words, at)) &&
        ((surname.length > 1 && word === surname) ||
          (at > 0 && /^(Sir|Dame)$/.test(words[at - 1]!) && word === names[0])),
    );
    if (found) return { name: person.name, kind: 'person', person: index };
  }
  return familyNameFirst(context, words);
}

/**
 * "said Mr Park" after "Park Min-ho": a courtesy title before a name's first word says it is the
 * family name, written first; only when one person's name opens with it.
 */
function familyNameFirst(context: QuoteContext, words: readonly string[]): Speaker | null {
  const at = words.findIndex((word, index) => index > 0 && COURTESY.has(words[index - 1]!));
  if (at < 0 || at !== words.length - 1) return null;
  const bearers = context.people.flatMap((person, index) => {
    const names = person.name.split(/\s+/);
    return names.length > 1 && names[0] === words[at] ? [index] : [];
  });
  if (bearers.length !== 1) return null;
  return { name: context.people[bearers[0]!]!.name, kind: 'person', person: bearers[0]! };
}

/**
 * "Rob said that ..." after "Rob Weir" was named: a given name alone, as features write it, is the
 * one person of the article who bears it, when no other bears it as a given name or a surname.
 */
export function findPersonByGivenName(context: QuoteContext, text: string): Speaker | null {
  // "Prince Khalid said": a royal title before the given name, as before the full name.
  const word = wordsAfterRoyalTitle(text).join(' ');
  if (!/^\p{Lu}[\p{Ll}'\u2019-]+$/u.test(word)) return null;
  const bearers = context.people.flatMap((person, index) => {
    const names = wordsAfterRoyalTitle(person.name);
    return names.length > 1 && names.includes(word) ? [{ index, given: names[0] === word }] : [];
  });
  if (bearers.length !== 1 || !bearers[0]!.given) return null;
  const { index } = bearers[0]!;
  return { name: context.people[index]!.name, kind: 'person', person: index };
}

// "a telephone memo for Mr Heath reads": a name after a preposition is not who speaks.
const SURNAME_PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'by', 'from', 'about', 'against']);
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']);

function followsPreposition(words: readonly string[], at: number): boolean {
  const before = COURTESY.has(words[at - 1] ?? '') ? at - 2 : at - 1;
  if (SURNAME_PREPOSITIONS.has(words[before] ?? '')) return true;
  // "an aide to Agriculture Secretary Richard Lyng": a title and given name between.
  let back = at - 1;
  while (back >= 0 && at - back <= 5 && /^\p{Lu}/u.test(words[back]!)) back--;
  // Not "Undersecretary of Commerce Bruce Smart": an "of" after a capitalised title is inside it.
  return back < at - 1 && SURNAME_PREPOSITIONS.has(words[back] ?? '') && !/^\p{Lu}/u.test(words[back - 1] ?? '');
}

/** " assistant boss " between two names is a title; " doubted whether " is a clause. */
function isTitleBetween(between: string): boolean {
  // "James Hardie chairwoman, Meredith Hellicar, said": the title and its holder set off by a comma.
  const words = between.trim().replace(/,$/, '').split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/ed$/.test(word) && !CLAUSE_WORDS.has(word))
  );
}

const CLAUSE_WORDS = new Set([
  'and',
  'or',
  'whether',
  'that',
  'who',
  'which',
  'to',
  'the',
  'a',
  'an',
  'said',
  'says',
  'told',
  'met',
]);
