import { DOCUMENT_NOUNS, PARTICLE_VERBS, SPEECH_VERBS } from './lexicon.js';
import type { SpeakerPhrase } from './speaker-resolution.js';

/** Where the words naming a quotation's speaker stand, and how they were found. */
export interface AttributionClause {
  phrase: SpeakerPhrase | null;
  /** A speech verb with no subject of its own ("..., noting that"): the sentence's speaker goes on. */
  subjectless: boolean;
}

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** The words of a stretch of text, lower-cased, with their offsets in the paragraph. */
export function tokenize(text: string, offset: number): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    tokens.push({
      word: match[0].toLowerCase(),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return tokens;
}

/** Whether the token at `index` is a verb of saying here (not "the report" after a determiner). */
export function isSpeechVerb(text: string, tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index]!;
  // "..., a BBC statement read.": a text reads what it says; a person reads someone else's words.
  // '"...," reads a telephone memo for the minister.', '"...," read a statement from the firm.':
  // the text named right after the verb.
  // '"...," reads one': one of the signs or texts just named, whose words they are.
  if ((token.word === 'reads' || token.word === 'read') && index === 0)
    return tokens[1]?.word === 'one' || tokens.slice(1, 5).some((next) => DOCUMENT_NOUNS.has(next.word));
  if (token.word === 'read' || token.word === 'reads') return DOCUMENT_NOUNS.has(tokens[index - 1]?.word ?? '');
  if (!SPEECH_VERBS.has(token.word)) return false;
  const particle = PARTICLE_VERBS.get(token.word);
  if (particle && !particle.test(text.slice(token.end))) return false;
  const previous = tokens[index - 1];
  // "the report said": after a determiner, "report" is the noun, not the verb.
  if (previous && (PASSIVE_AUXILIARIES.has(previous.word) || NOUN_MARKERS.has(previous.word))) return false;
  // "Connors has also agreed to commentate": "to" and a verb make an infinitive, not a hearer
  // ("said to reporters", "told to the BBC").
  return !(tokens[index + 1]?.word === 'to' && beginsInfinitive(text, tokens[index + 2]));
}

const HEARERS = new Set(['reporters', 'journalists', 'me', 'him', 'her', 'them', 'us', 'you', 'it', 'parliament']);

function beginsInfinitive(text: string, next: WordToken | undefined): boolean {
  if (!next || NOUN_MARKERS.has(next.word) || HEARERS.has(next.word)) return false;
  return /^\p{Ll}/u.test(text.slice(next.start, next.end));
}
