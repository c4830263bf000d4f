import { toTerms } from '../../text/normalize.js';
import type { QuoteView } from './quote-view.js';
import type { QuoteTables } from './tables.js';

const VOICE_HEADS = ['spokesman', 'spokeswoman', 'spokesperson'];

/** The roles of a body's voices that a question naming the body also asks for: "William Hill spokesman". */
export function voiceRolePhrases(phrase: string): string[] {
  return VOICE_HEADS.map((head) => `${phrase} ${head}`);
}

// "a BP statement", "a spokeswoman for Benetton": words that make a speaker the voice of the body named.
const VOICE_TERMS = new Set([
  'a',
  'an',
  'the',
  'its',
  'from',
  'for',
  'of',
  'at',
  'statement',
  'release',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'spokesmen',
  'official',
  'officials',
  'source',
  'sources',
  'representative',
]);

/**
 * Whether the entry's speaker is the body the name terms give, through its statement or
 * spokesperson. Read from the quotation itself, which the database engine fetches on demand.
 */
export function speaksFor(tables: QuoteTables, view: QuoteView, entry: number, nameTerms: readonly string[]): boolean {
  const article = tables.groupArticle[tables.entryGroup.values[entry]!]!;
  const quotation = view.knowledge.extractions.get(article)?.quotations[tables.entryQuotation.values[entry]!];
  if (!quotation) return false;
  // "what did the IMF say": the body's name spelled out before its initials in brackets.
  // "what did K&D say": initials around an ampersand are two terms.
  const initials = SPELLED_OUT.exec(quotation.speaker)?.[1]?.toLowerCase();
  if (initials && initials.replace('&', '') === nameTerms.join('') && nameTerms.length <= 2) return true;
  // "a spokesman for distributor Toho": what the body is, in lower case before its name, says no more.
  const speaker = quotation.speaker.replace(DESCRIBED_BODY, '$1 ');
  const terms = toTerms(speaker);
  // "what did Carolian Systems say": the body's full name only adds what a company's name ends with.
  const opening = nameTerms.every((term, index) => terms[index] === term);
  if (opening && terms.slice(nameTerms.length).every((term) => COMPANY_NAME_ENDINGS.has(term))) return true;
  return terms.every((term) => nameTerms.includes(term) || VOICE_TERMS.has(term));
}

/** Words a company's name ends with, as search terms: "International Inc", "Holdings Plc". */
const COMPANY_NAME_ENDINGS = new Set(
  'inc corp co cos ltd plc llc international group holding company corporation industry sa ag nv'.split(' '),
);

const SPELLED_OUT = /\((\p{Lu}{2,}|\p{Lu}&\p{Lu})\)$/u;
const DESCRIBED_BODY = /\b(for|at|from|of)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?=\p{Lu})/gu;
