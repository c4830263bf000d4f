import { comparePositions, type Position, type QuoteContext } from './quote-context.js';
import { resolveDescription, unnamed } from './speaker-description.js';
import { INDEFINITE_DETERMINERS } from './lexicon.js';
import { readInstitution } from './speaker-names.js';
import { isFiniteVerb, isRoleNoun } from '../people/role-nouns.js';

// "the first minister said ...", "the spokesman told reporters ...": a described subject.
const DESCRIBED_SUBJECT =
  /(?:^|[,;.!?]["\u201d\u2019]?\s+|\b[Aa]nd\s+|\bbut\s+|\bBut\s+)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'\u2019-]+\s+){0,7}?)(?:said|says|told|added|warned|stressed|insisted|argued|explained|noted|replied|declared|stated|countered|claimed|admitted|conceded|responded|retorted|confirmed|revealed|predicted|urged|denied|rejected|dismissed|defended|acknowledged|agreed|suggested|maintained|welcomed|was asked|believes|believed|thinks|feels|felt|hopes|hoped|fears|feared|reckons|expects|knows)\b/gu;

/**
 * Adds sentence subjects given as descriptions ("the foreign minister said"), so that a later
 * "he" points to the person described rather than to a name mentioned before.
 */
export function addDescribedSubjects(context: QuoteContext): void {
  let added = false;
  context.paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(DESCRIBED_SUBJECT)) {
      const phrase = match[1]!.trim();
      const offset = match.index! + match[0].indexOf(match[1]!);
      // "the Home Office said" is a body; "a spokesman for the Home Office said" is a person of it.
      const head = phrase.split(/\s+/)[1]?.toLowerCase() ?? '';
      if (context.isQuoted(paragraph, offset) || (readInstitution(phrase) && !isRoleNoun(head))) continue;
      // "One of them was asked": a pronoun says nothing of who it is.
      if (/\b(?:them|us|those|these)$/i.test(phrase)) continue;
      // "a spokesman said ..." brings in someone new and unnamed: the "he" that follows is him.
      if (INDEFINITE_DETERMINERS.has(phrase.split(/\s+/)[0]!.toLowerCase())) {
        added = addUnnamedSubject(context, phrase, { paragraph, offset }) || added;
        continue;
      }
      const speaker = resolveDescription(context, phrase, { paragraph, offset });
      // Only a description that fits a named person counts: an unmatched "the minister" is too
      // often the person just named to let it stand between a pronoun and that name.
      if (speaker?.person === undefined) continue;
      context.subjects.push({ paragraph, offset, speaker });
      added = true;
    }
  });
  if (addAgedSubjects(context)) added = true;
  if (addUnnamedActors(context)) added = true;
  if (added) context.subjects.sort(comparePositions);
}

// "Putting it more sharply, one senior banking official blamed Kelford ... '...,' he said": an
// unnamed person brought in as the subject of any past tense, not only of a speech verb.
const UNNAMED_ACTOR =
  /(?:^|[,;.!?]["\u201d\u2019]?\s+|\b[Aa]nd\s+|\bbut\s+|\bBut\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(\p{Ll}+))\s+(\p{Ll}+ed)\b/gu;

function addUnnamedActors(context: QuoteContext): boolean {
  let added = false;
  context.paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(UNNAMED_ACTOR)) {
      const offset = match.index! + match[0].indexOf(match[1]!);
      if (!isRoleNoun(match[2]!) || !isFiniteVerb(match[3]!) || context.isQuoted(paragraph, offset)) continue;
      if (context.subjects.some((subject) => subject.paragraph === paragraph && subject.offset === offset)) continue;
      added = addUnnamedSubject(context, match[1]!, { paragraph, offset }) || added;
    }
  });
  return added;
}

/** "a spokesman said ...", "one official blamed ...": someone new and unnamed, whom the "he" that follows is. */
function addUnnamedSubject(context: QuoteContext, phrase: string, at: Position): boolean {
  const speaker = unnamed(phrase);
  if (speaker) context.subjects.push({ ...at, speaker });
  return speaker !== null;
}

// "But the 31-year-old underlined her intention to stay.": an age opening a sentence describes
// its subject, whatever the verb.
const AGED_OPENING =
  /(?:^|[.!?]["\u201d\u2019]?\s+)(?:(?:But|And|Yet|So|Now)\s+)?([Tt]he\s+\d{1,3}-year-old)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/gu;

/**
 * Adds sentence subjects given by an age ("the 31-year-old was third"): the person it fits, so
 * that a "he" after it is that person and not someone named in between.
 */
function addAgedSubjects(context: QuoteContext): boolean {
  let added = false;
  context.paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(AGED_OPENING)) {
      const phrase = `${match[1]!}${nounsBeforeVerb(match[2]!)}`;
      const offset = match.index! + match[0].indexOf(match[1]!);
      const position = { paragraph, offset };
      if (context.isQuoted(paragraph, offset)) continue;
      // The person the words fit must be the one named last before them too ("..., X said. The
      // 31-year-old admitted"); when the two disagree, no one is known.
      const fitted = resolveDescription(context, phrase, position);
      const agreed = fitted?.person !== undefined && lastNamedBefore(context, paragraph, offset) === fitted.person;
      if (!agreed) continue;
      context.subjects.push({ paragraph, offset, speaker: fitted });
      added = true;
    }
  });
  return added;
}

/** " Kelford skipper insisted" -> " Kelford skipper": the nouns after an age, up to the verb. */
function nounsBeforeVerb(words: string): string {
  const kept: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word) && !isRoleNoun(word.toLowerCase())) break;
    kept.push(word);
  }
  return kept.map((word) => ` ${word}`).join('');
}

/** The person named last outside quotation marks before the offset, in its paragraph or the one before. */
function lastNamedBefore(context: QuoteContext, paragraph: number, offset: number): number | undefined {
  return context.occurrences.findLast(
    (occurrence) =>
      (occurrence.paragraph === paragraph ? occurrence.start < offset : occurrence.paragraph === paragraph - 1) &&
      !context.isQuoted(occurrence.paragraph, occurrence.start),
  )?.person;
}
