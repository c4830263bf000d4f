import { findAcronyms } from '../../text/acronyms.js';
import type { Quotation } from '../types.js';

const ACRONYM = /^(?:the\s+)?(\p{Lu}[\p{Lu}&]{1,9})$/u;

/**
 * '"...," NAAMSA said' after "the National Association of Automobile Manufacturers of South Africa
 * (NAAMSA)": the body by the name the article spells out beside the letters, as it defines them.
 */
export function spellOutSpeakers(quotations: Quotation[], paragraphs: readonly string[]): Quotation[] {
  if (!quotations.some((quotation) => quotation.speakerKind === 'organization' && ACRONYM.test(quotation.speaker)))
    return quotations;
  const acronyms = findAcronyms(paragraphs.join('\n'));
  return quotations.map((quotation) => {
    const acronym = quotation.speakerKind === 'organization' ? ACRONYM.exec(quotation.speaker)?.[1] : undefined;
    const name = acronym === undefined ? undefined : acronyms.get(acronym);
    // Both forms, so a question by either finds the speaker.
    return name ? { ...quotation, speaker: `${name} (${acronym})` } : quotation;
  });
}
