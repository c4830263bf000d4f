import { findAcronyms } from '../../text/acronyms.js';
import type { Quotation } from '../types.js';

const ACRONYM = /^(?:the\s+)?(\p{Lu}[\p{Lu}&]{1,9})$/u;
// "KeDW": capitals with a small letter between them, as some firms write their initials.
const MIXED_ACRONYM = /^(?:the\s+)?(\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){2,9})$/u;
// Below this many capitals, letters are too easily another body's initials.
const MIN_UNDEFINED_INITIALS = 3;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'\u2019-]+(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}'\u2019-]+)+/gu;
const JOINING_WORDS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * '"...," NAAMSA said' after "the National Association of Automobile Manufacturers of South Africa
 * (NAAMSA)": the body by the name the article spells out beside the letters, as it defines them.
 * 'KeDW said' after 'Kelford Dunmore Wasserstein said': letters the article does not define
 * stand for a name of the article whose words they are the initials of, when there are three
 * (two around an ampersand: "K&N" for "Kelford & Nasser").
 */
export function spellOutSpeakers(quotations: Quotation[], paragraphs: readonly string[]): Quotation[] {
  const lettersOf = (quotation: Quotation): string | undefined => {
    if (quotation.speakerKind !== 'organization') return undefined;
    return (ACRONYM.exec(quotation.speaker) ?? MIXED_ACRONYM.exec(quotation.speaker))?.[1];
  };
  if (!quotations.some((quotation) => lettersOf(quotation) !== undefined)) return quotations;
  const text = paragraphs.join('\n');
  const acronyms = findAcronyms(text);
  const speakers = new Set(quotations.map((quotation) => quotation.speaker));
  return quotations.map((quotation) => {
    const acronym = lettersOf(quotation);
    if (acronym === undefined) return quotation;
    const name = acronyms.get(acronym) ?? nameWithInitials(text, acronym);
    if (!name) return quotation;
    // The name alone when the body also speaks by it, so its words are one speaker's; else both
    // forms, so a question by either finds the speaker.
    return { ...quotation, speaker: speakers.has(name) ? name : `${name} (${acronym})` };
  });
}

/** The one capitalised name of the text whose words' initials are the acronym's capitals. */
function nameWithInitials(text: string, acronym: string): string | undefined {
  const capitals = acronym.replace(/[^\p{Lu}]/gu, '');
  // "K&N" for "Kelford & Nasser": an ampersand standing where the name has one says more than two letters do.
  const joined = acronym.includes('&');
  if (capitals.length < MIN_UNDEFINED_INITIALS && !joined) return undefined;
  const names = new Set<string>();
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/\s+/).filter((word) => !JOINING_WORDS.has(word.toLowerCase()));
    if (joined && !/\s(?:&|and)\s/.test(run)) continue;
    if (words.map((word) => word[0]).join('') === capitals) names.add(run.replace(/^The\s+/, ''));
  }
  return names.size === 1 ? [...names][0] : undefined;
}
