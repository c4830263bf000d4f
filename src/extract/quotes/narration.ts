/**
 * Where a quotation whose closing mark the article left out gives way to the writer's own
 * sentences, before the next opening mark: the two ways the quote-span reader tells them apart.
 */
import { isKnownCommonWord } from '../people/lexicon.js';

// ", it said.", ", the committee said.", ", Mr Smith added.": the close of a reporting sentence.
export const REPORTING_CLOSE =
  /,\s*(?:he|she|it|they|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'\u2019-]+|\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})\s+(?:said|says|added|adds|explained|warned|argued|stressed)\.\s*$/u;

/**
 * Where the writer's own sentence starts, when the last sentence before a new opening mark inside
 * a quotation reports that quotation ("..., it said."); -1 when it does not.
 */
export function narrationBefore(text: string, from: number, index: number): number {
  const before = text.slice(from, index);
  if (!REPORTING_CLOSE.test(before)) return -1;
  const trimmed = before.replace(/\s+$/, '');
  const sentenceEnd = trimmed.slice(0, -1).search(/[.!?]["'\u201d\u2019]?\s+\p{Lu}[^.!?]*$/u);
  return sentenceEnd < 0 ? -1 : from + sentenceEnd + 1;
}

// The speaker's own voice: who speaks says "I", "we" or "you".
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|us|our|you|your)\b/i;
// "Haddad joined Dunmore from Kelford": a name and a verb in the past open the writer's sentence.
const NAMED_PAST_OPENING =
  /^(\p{Lu}[\p{L}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+)*\s+(?:\p{Ll}+ed|was|were|had|has|joined|began|won|left|made|took)\b/u;
// One sentence may be the speaker's own ("Nasser phoned Haddad three times"); two about someone are the writer's.
const MIN_NARRATION_SENTENCES = 2;

function opensWithName(sentence: string): boolean {
  const first = NAMED_PAST_OPENING.exec(sentence)?.[1];
  return first !== undefined && !isKnownCommonWord(first.toLowerCase());
}

/**
 * '"My worry is my knee but I am fit enough. Haddad joined Dunmore in 2003 and ... "He is a
 * great servant," said Nasser': where a quotation in the first person gives way, with its mark left
 * open, to the writer's sentences about someone by name, before the next opening mark; -1 when
 * the words before the mark do not read so.
 */
export function narrationAfterSpeech(text: string, from: number, index: number): number {
  const sentences = [...text.slice(from, index).matchAll(/[^.!?]+[.!?]+["'\u201d\u2019]?\s*/g)];
  const lastSpoken = sentences.findLastIndex((sentence) => FIRST_PERSON.test(sentence[0]));
  const introduction = introducesSpeaker(text.slice(from, index), sentences);
  if (lastSpoken >= 0 && introduction >= 0 && !sentences.slice(lastSpoken + 1).some((s) => FIRST_PERSON.test(s[0]))) {
    return closeBefore(text, from + (sentences[lastSpoken + 1]?.index ?? introduction));
  }
  const narration = sentences[lastSpoken + 1];
  if (lastSpoken < 0 || !narration || !opensWithName(narration[0])) return -1;
  if (sentences.length - lastSpoken - 1 < MIN_NARRATION_SENTENCES) return -1;
  if (sentences.slice(lastSpoken + 1).some((sentence) => FIRST_PERSON.test(sentence[0]))) return -1;
  return closeBefore(text, from + narration.index!);
}

/** The space before the writer's sentence, where the quotation closes: what follows is read for its sayer. */
function closeBefore(text: string, sentenceStart: number): number {
  return /\s/.test(text[sentenceStart - 1] ?? '') ? sentenceStart - 1 : sentenceStart;
}

// "Coach Nasser said: ": the writer bringing in the next speaker, a sentence no speaker says of himself.
const SPEAKER_INTRODUCTION =
  /^\p{Lu}[^.!?:"\u201c\u201d]*\s(?:said|says|added|adds|explained|insisted|warned|told\s+[\p{L} ]+)\s*:\s*$/u;

/**
 * Where the words before a new opening mark end with a sentence of the writer's introducing that
 * quotation ("... two seconds. Haddad is fit. Coach Nasser said: "), the offset of that sentence
 * in the words; -1 when they do not.
 */
function introducesSpeaker(words: string, sentences: readonly RegExpMatchArray[]): number {
  const last = sentences.at(-1);
  const start = last ? last.index! + last[0].length : 0;
  const fragment = words.slice(start);
  return SPEAKER_INTRODUCTION.test(fragment) && !FIRST_PERSON.test(fragment) ? start : -1;
}
