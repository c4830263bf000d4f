import { DOCUMENT_NOUNS, HONORIFICS, ORGANIZATION_NOUNS } from './lexicon.js';
import { isFiniteVerb, isRoleNoun } from '../people/role-nouns.js';
import { isKnownCommonWord, isKnownFirstName } from '../people/lexicon.js';
import { isObjectOfPreposition } from './person-locator.js';
import type { Position, QuoteContext, Speaker } from './quote-context.js';

const CAPITALISED_FILLER = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'In',
  'On',
  'At',
  'As',
  'Asked',
  'However',
  'Earlier',
  'Later',
  'Meanwhile',
  'Speaking',
  'After',
  'Before',
  'When',
  'While',
  'During',
  'Also',
  'For',
  'From',
  'To',
  'With',
  'Yet',
  'So',
  'Then',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'According',
  'Referring',
  'Commenting',
  'Separately',
  'Instead',
  'Last',
  'Next',
  'Both',
  'Under',
  'Despite',
  'Since',
  'Although',
  'Though',
  'If',
]);

// An unnamed "one trader" is still a person a later "he added" can point back to.

/** "the report", "The agency", "a Reuters report", "the Finance Ministry", "IRNA". */
export function readInstitution(chunk: string): Speaker | null {
  // "a senior analyst at Nomura Research Institute": a person of the body, not the body.
  const member = MEMBER_OF_BODY.exec(chunk);
  if (member && isRoleNoun(member[1]!)) return null;
  const core = cutAtQualifier(chunk);
  const words = core.split(/\s+/).filter(Boolean);
  // "the Bank of Italy", "the Ministry of Finance": the noun before "of" is the head.
  const ofName = /\b(\p{Lu}[\p{L}-]*)\s+of\s+\p{Lu}/u.exec(core);
  const head = (ofName ? ofName[1]! : (words[words.length - 1] ?? '')).toLowerCase().replace(/['\u2019]s$/, '');
  const kind = DOCUMENT_NOUNS.has(head) ? 'document' : ORGANIZATION_NOUNS.has(head) ? 'organization' : null;
  if (!kind) return null;
  const name = core.replace(/^(The|A|An|This|Its|Their)\b/, (determiner) => determiner.toLowerCase());
  return { name, kind };
}

const MEMBER_OF_BODY =
  /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)\s+(?:at|of|for|with|from)\s+(?:the\s+)?\p{Lu}/u;

export function headWord(chunk: string): string {
  const words = cutAtQualifier(chunk).split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

export function cutAtQualifier(chunk: string): string {
  // "the Bank of Italy" keeps its name; "the official in the Islamic Republic" loses the tail.
  return chunk
    .split(/\s+(?:who|which|that|in|of|at|for|with|from|on|to|by|quoted|cited|said|told)\s+(?!\p{Lu})/u)[0]!
    .trim();
}

/** A name the people extractor did not list: the first capitalised run that is not an object. */
export function readCapitalisedName(text: string): Speaker | null {
  // "Radio 1 said", "Channel 4 said": a number closes a body's name.
  const pattern =
    /\p{Lu}[\p{L}'\u2019.-]*(?:&\p{Lu}+)?(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*(?:\s+\d{1,3}(?![\d.,:%])(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)?/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const words = match[0].split(/\s+/).filter((word) => !CAPITALISED_FILLER.has(word));
    while (words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
    if (words.length === 0 || isObjectOfPreposition(text, match.index)) continue;
    // "Civil rights group Liberty": a common word capitalised only by the sentence start, before
    // the name that follows.
    const opening = match.index === 0 && words.length === 1 && isKnownCommonWord(words[0]!.toLowerCase());
    if (opening && /\s\p{Lu}/u.test(text.slice(match[0].length))) continue;
    const name = words.join(' ').replace(/['\u2019]s$/, '');
    if (HONORIFICS.has(name.toLowerCase())) continue;
    const institutional = words.some(
      (word) => ORGANIZATION_NOUNS.has(word.toLowerCase()) || DOCUMENT_NOUNS.has(word.toLowerCase()),
    );
    // "K&N", "KeDW": initials, with an ampersand or a small letter between, are a body's.
    if (institutional || /^\p{Lu}(?:[\p{Lu}&]|\p{Ll}(?=\p{Lu}))+$/u.test(name) || /\d$/.test(name))
      return { name, kind: 'organization' };
    return { name, kind: words.length >= 2 ? 'person' : 'unknown' };
  }
  return null;
}

const INSTITUTION_MENTION = new RegExp(
  `\\b(?:the|its|their)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${[...DOCUMENT_NOUNS, ...ORGANIZATION_NOUNS].join('|')})\\b`,
  'giu',
);

/** "it said" after "the Tower report made public today": the last report or body named nearby. */
export function findInstitutionMention(context: QuoteContext, position: Position): Speaker | null {
  for (let paragraph = position.paragraph; paragraph >= Math.max(0, position.paragraph - 2); paragraph--) {
    const text = context.paragraphs[paragraph]!;
    const before = paragraph === position.paragraph ? text.slice(0, position.offset) : text;
    // "The ministry's statement, carried by the Kelford News Agency, said": the body that carried
    // the words passed them on; it is not who said them.
    const matches = [...before.matchAll(INSTITUTION_MENTION)].filter(
      (match) => !context.isQuoted(paragraph, match.index!) && !CARRIED_BY.test(before.slice(0, match.index!)),
    );
    const sayer = findNamedSayer(context, paragraph, before);
    const last = matches[matches.length - 1];
    if (sayer && (!last || sayer.index > last.index!)) {
      return sayer.person ? null : { name: sayer.name, kind: 'organization' };
    }
    if (last) {
      const name = asWritten(last[0]).replace(/^(its|their)\s/i, 'the ');
      const head = name.split(/\s+/).pop()!.toLowerCase();
      return { name, kind: DOCUMENT_NOUNS.has(head) ? 'document' : 'organization' };
    }
  }
  return null;
}

const CARRIED_BY = /\b(?:carried|reported|quoted|broadcast|published|relayed|cited|run)\s+(?:by|in|on)\s+$/;

// "Ardenco said", "Commenting on the layoffs, Ardenco announced": a name that opens its clause and says something.
const NAMED_SAYER =
  /(?:^|[.;:,]\s+)((?:\p{Lu}[\p{L}\p{N}&'-]*\.?)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'-]*\.?|of|de|&)){0,4})\s+(?:said|says|announced|added|stated|reported|explained|disclosed)\b/gu;

// '"...," said Ardenco.': the name after the verb that closes a sentence.
const INVERTED_SAYER =
  /\b(?:said|says|added|explained|stated)\s+((?:\p{Lu}[\p{L}\p{N}&'-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'-]*|of|&)){0,4})(?=\s*[.,;])/gu;

// "The BPI strongly believes", "the IMF warned", "In a statement the RSPCA said": a body known
// by its initials, as a subject (after an opening phrase only with its "the").
const ACRONYM_SUBJECT =
  /(?:(?:^|[.;:,]\s+)((?:[Tt]he\s+)?\p{Lu}{2,}[\p{Lu}\p{N}&-]*)|(?<=\s)(the\s+\p{Lu}{2,}[\p{Lu}\p{N}&-]*))\s+(?:\p{Ll}+ly\s+)?(?:said|says|believes|believed|thinks|warned|warns|added|argued|stated|announced|claimed|insisted|urged|wants|wanted)\b/gu;

/**
 * The last body named as the subject of a speech verb before the position, for "it said": a
 * capitalised name that is no person of the article and opens with no word a sentence opens
 * with ("The", "It").
 */
function findNamedSayer(
  context: QuoteContext,
  paragraph: number,
  before: string,
): { name: string; index: number; person: boolean } | null {
  const matches = [
    ...[...before.matchAll(NAMED_SAYER)].filter(
      (match) => !SAYER_OPENERS.test(match[1]!.split(/\s+/)[0]!.toLowerCase()),
    ),
    ...before.matchAll(ACRONYM_SUBJECT),
    ...before.matchAll(INVERTED_SAYER),
  ]
    .filter((match) => !context.isQuoted(paragraph, match.index!))
    .sort((left, right) => left.index! - right.index!);
  const last = matches[matches.length - 1];
  if (!last) return null;
  // The last one to say something is who "it" could follow; a person there (or a name the
  // article also gives a person) sends it back to no earlier body.
  const name = (last[1] ?? last[2])!.replace(/^The\s/, 'the ');
  const person =
    isKnownFirstName(name.split(/\s+/)[0]!.toLowerCase()) ||
    context.people.some((mention) => [mention.name, ...mention.variants].some((variant) => name.includes(variant)));
  return { name, index: last.index!, person };
}

const SAYER_OPENERS =
  /^(?:the|a|an|it|its|he|she|they|we|i|this|that|these|those|but|and|mr|mrs|ms|dr|officials?|analysts?|sources?)$/;

/** The description as the article words it, with its opening article in lower case, cut before a verb. */
export function asWritten(chunk: string): string {
  const words = chunk.trim().split(VERB_AFTER_SUBJECT)[0]!.trim().split(/\s+/);
  // "the prime minister's official spokesman also rejected the claims": the verb ends it.
  const verb = words.findIndex(
    (word, index) => index > 0 && (ADVERBS.has(word) || (/^\p{Ll}/u.test(word) && isFiniteVerb(word))),
  );
  const phrase = (verb > 0 ? words.slice(0, verb) : words).join(' ');
  return phrase.replace(/^(The|A|An|One|Another)\b/, (word) => word.toLowerCase());
}

const ADVERBS = new Set(['also', 'then', 'later', 'quickly', 'again', 'only', 'simply', 'merely', 'further']);

// "the cardinal will say", "the board has": a description ends where its verb begins.
const VERB_AFTER_SUBJECT =
  /\s(?:will|would|has|have|had|said|says|is|was|were|are|did|does|can|could|may|might|must|should|stopped)\b/;
