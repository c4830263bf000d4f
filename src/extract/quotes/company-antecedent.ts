import { AGENCY_DATELINE } from '../dates/event-words.js';
import { isKnownCommonWord } from '../people/lexicon.js';
import { isPluralRole } from '../people/role-nouns.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { Position, QuoteContext, Speaker } from './quote-context.js';
import { findPreviousSentence } from './named-before.js';
import { SENTENCE_WORDS } from '../people/word-lists.js';

// The names "the company" may stand for: ones whose form says they are a business.
const CORPORATE_NAME =
  /\s(?:Corp|Corporation|Inc|Co|Cos|Company|Ltd|Limited|Plc|PLC|plc|AG|SA|NV|N\.V|SpA|GmbH|Group|Holdings?|Industries|International|Bancorp)\.?$/;
const BANK_NAME = /\b(?:Bank|Banco|Banque|Bancorp)\b/;
// "the union said" after "The United Auto Workers union said ...".
const UNION_NAME = /\s(?:Union|Unions|Workers|Employees|Teamsters|Federation|Confederation|Guild)$/;
const NAME_FOR_HEAD: Readonly<Record<string, RegExp>> = {
  company: CORPORATE_NAME,
  firm: CORPORATE_NAME,
  corporation: CORPORATE_NAME,
  group: CORPORATE_NAME,
  partnership: CORPORATE_NAME,
  consortium: CORPORATE_NAME,
  bank: BANK_NAME,
  union: UNION_NAME,
};
const BARE_DESCRIPTION = /^the\s+(company|firm|corporation|group|partnership|consortium|bank|union)$/i;
const LEADING_WORD = /^(?:(?:But|And|Also|Meanwhile|Separately|However|Earlier|Later),?\s+)/;
// "Goldman, Sachs and Co, responding ...", "<Intercep Investment Corp> said": a capitalised run
// (commas and "and" inside it) that opens the sentence.
const OPENING_NAME = /^<?(\p{Lu}[\p{L}\d&'.-]*(?:(?:,\s+|\s+)(?:\p{Lu}[\p{L}\d&'.-]*|&|and|of|de))*)>?/u;
const PARAGRAPHS_BACK = 6;

/**
 * "the company said" after "CCR Video Corp said ...": the business whose name, in a business's
 * form, last opened a sentence before the quotation, in this paragraph or the few before. When
 * another body has spoken since ("Coastal said ..."), the words stay a description: two firms
 * in a story leave "the company" open.
 */
export function findCompanyAntecedent(context: QuoteContext, description: string, position: Position): Speaker | null {
  const head = BARE_DESCRIPTION.exec(description.trim())?.[1]?.toLowerCase();
  if (!head) return null;
  const fits = NAME_FOR_HEAD[head]!;
  const otherSpeakers = new Set<string>();
  for (
    let paragraph = position.paragraph;
    paragraph >= Math.max(0, position.paragraph - PARAGRAPHS_BACK);
    paragraph--
  ) {
    const text = context.paragraphs[paragraph]!;
    const sentences = context
      .sentencesOf(paragraph)
      .filter((sentence) => paragraph < position.paragraph || sentence.end <= position.offset);
    for (const sentence of [...sentences].reverse()) {
      if (context.isQuoted(paragraph, sentence.start)) continue;
      const opening = openingName(text.slice(sentence.start, sentence.end));
      if (!opening) continue;
      const { name, rest, offset } = opening;
      // "Contrack International, of Arlington, Virginia, heads": the longest start in a business's form.
      // "General Holvane said": the start of a business's name the story gave in full before.
      const business =
        longestFitting(name, fits) ??
        fitting(findCompanyByFirstWord(context, name, { paragraph, offset: sentence.start }), fits);
      if (business) {
        const first = business.split(/[\s,]+/)[0]!;
        return [...otherSpeakers].every((other) => other === first) ? { name: business, kind: 'organization' } : null;
      }
      if (speaksAsBody(context, paragraph, sentence.start + offset, name, rest))
        otherSpeakers.add(name.split(/[\s,]+/)[0]!);
    }
  }
  return null;
}

/**
 * "Carson said" after "Carson Pirie Scott and Co said ...", "General Holvane said" after
 * "General Holvane Co, a group of investors, ...": capitalised words that begin the name of a business,
 * in a business's form, that opened a sentence before are that business (not a general's surname).
 */
export function findCompanyByFirstWord(context: QuoteContext, word: string, position: Position): Speaker | null {
  if (!/^\p{Lu}[\p{L}&'-]+(?:\s+\p{Lu}[\p{L}&'-]+)*$/u.test(word)) return null;
  // Two words or more that open a business's name are that business wherever the story named it.
  const back = word.includes(' ') ? position.paragraph : PARAGRAPHS_BACK;
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - back); paragraph--) {
    const text = context.paragraphs[paragraph]!;
    for (const sentence of context.sentencesOf(paragraph)) {
      if (paragraph === position.paragraph && sentence.end > position.offset) break;
      const opening = openingName(text.slice(sentence.start, sentence.end));
      const business = opening ? longestFitting(opening.name, CORPORATE_NAME) : null;
      if (business?.startsWith(`${word} `)) return { name: business, kind: 'organization' };
    }
  }
  return null;
}

function fitting(speaker: Speaker | null, fits: RegExp): string | null {
  return speaker && fits.test(` ${speaker.name}`) ? speaker.name : null;
}

function longestFitting(name: string, fits: RegExp): string | null {
  const words = name.split(' ');
  for (let end = words.length; end > 0; end--) {
    const start = words.slice(0, end).join(' ').replace(/,$/, '');
    if (fits.test(` ${start}`)) return start.replace(/^The\s+/, '');
  }
  return null;
}

function openingName(sentence: string): { name: string; rest: string; offset: number } | null {
  // "HOUSTON, March 16 - ": an agency dateline before the lead sentence's subject.
  const dateline = AGENCY_DATELINE.exec(sentence)?.[0].length ?? 0;
  const leading = LEADING_WORD.exec(sentence.slice(dateline))?.[0].length ?? 0;
  const offset = dateline + leading;
  const match = OPENING_NAME.exec(sentence.slice(offset));
  if (!match) return null;
  const name = match[1]!.replace(/(?:,?\s+(?:and|of|de|&))+$/, '');
  return { name, rest: sentence.slice(offset + match[0].length), offset };
}

/** A body other than a person that says something: "Coastal said", not "Freeman said" nor "Analysts said". */
function speaksAsBody(context: QuoteContext, paragraph: number, start: number, name: string, rest: string): boolean {
  const verb = /^\s*(?:also\s+)?(\p{Ll}+)/u.exec(rest)?.[1];
  if (!verb || !SPEECH_VERBS.has(verb)) return false;
  const single = name.toLowerCase();
  if (!/\s/.test(name) && (isKnownCommonWord(single) || isPluralRole(single))) return false;
  return !context.occurrences.some(
    (occurrence) =>
      occurrence.paragraph === paragraph && occurrence.start >= start && occurrence.start < start + name.length,
  );
}

// "Environmental group Transport 2000 said": a capitalised name, numbers in it, run into "said"
// after at most three words that open the sentence.
const BODY_THAT_SAID =
  /^["\u201c]?(?:[\p{L}'\u2019-]+\s+){0,3}?(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'.-]*|\d+))*)\s+(?:also\s+|later\s+|earlier\s+|further\s+)?(?:said|says)\b/u;

/** The body (no person of the article) that opens the sentence before with "said" ("also said"). */
export function bodyThatJustSaid(context: QuoteContext, position: Position): string | null {
  const found = findPreviousSentence(context, position);
  if (!found || found.paragraph !== position.paragraph) return null;
  const { sentence } = found;
  const match = BODY_THAT_SAID.exec(sentence.text);
  if (!match) return null;
  const start = sentence.start + match.index + match[0].indexOf(match[1]!);
  const end = start + match[1]!.length;
  const person = context.occurrences.some(
    (occurrence) => occurrence.paragraph === position.paragraph && occurrence.start < end && occurrence.end > start,
  );
  // "It said", "The minister says": a pronoun or a capitalised function word is no body's name.
  return person || SENTENCE_WORDS.has(match[1]!.split(/\s+/)[0]!.toLowerCase()) ? null : match[1]!;
}

/**
 * '"...," the firm said' after "Shell said the pay-off was in line": the body that opened the
 * sentence before with "said", whatever form its name has.
 */
export function businessThatJustSaid(context: QuoteContext, description: string, position: Position): Speaker | null {
  const head = BARE_DESCRIPTION.exec(description.trim())?.[1]?.toLowerCase();
  if (head !== 'company' && head !== 'firm' && head !== 'corporation' && head !== 'group') return null;
  const body = bodyThatJustSaid(context, position);
  return body ? { name: body, kind: 'organization' } : null;
}
