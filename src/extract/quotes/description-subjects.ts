import { comparePositions, type QuoteContext } from './quote-context.js';
import { resolveDescription, unnamed } from './speaker-description.js';
import { INDEFINITE_DETERMINERS } from './lexicon.js';
import { readInstitution } from './speaker-names.js';
import { isRoleNoun } from '../people/role-nouns.js';

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
        const speaker = unnamed(phrase);
        if (!speaker) continue;
        context.subjects.push({ paragraph, offset, speaker });
        added = true;
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
  if (added) context.subjects.sort(comparePositions);
}
