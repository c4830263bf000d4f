import nlp from 'compromise';
import { isPerson, resolveDescription, unnamed } from './speaker-description.js';
import { findPreviousSentence } from './named-before.js';
import { findRecentSubject, type Position, type QuoteContext, type Speaker } from './quote-context.js';
import { AFTER_PREPOSITION, personsInPreviousSentence } from './previous-sentence-persons.js';

const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const MALE_TITLES = /\b(?:Mr|Sir|Lord|Mister)\.?\s+$/;
const FEMALE_TITLES = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady)\.?\s+$/;
const TITLE_WINDOW = 8;
const TITLE_GENDERS = new Map<string, 'he' | 'she'>([
  ...'lord baron earl viscount marquess king prince emir sheikh sultan'
    .split(' ')
    .map((title) => [title, 'he'] as const),
  ...'lady baroness countess viscountess marchioness queen princess'.split(' ').map((title) => [title, 'she'] as const),
]);

// Given names common for both sexes in English-speaking countries, which compromise's lexicon
// files under one.
const UNISEX_NAMES = new Set(
  'kim chris sam alex jo robin terry jan lee jamie jackie kelly dana jesse leslie ashley sasha nicky frankie charlie billie bobbie sydney jody morgan taylor casey'.split(
    ' ',
  ),
);

/** "he" or "she", from a first name compromise's lexicon knows as one or the other; null when unknown. */
function genderOfFirstName(name: string): 'he' | 'she' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "Lord Falconer", "Baroness Scotland", "King Fahd": a title kept in the name says it.
  const titled = TITLE_GENDERS.get(first);
  if (titled) return titled;
  // "Kim Collins ... he said": a name given to boys and girls alike says nothing.
  if (UNISEX_NAMES.has(first)) return null;
  const tags = lexicon[first];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  if (list.includes('MaleName')) return 'he';
  if (list.includes('FemaleName')) return 'she';
  return null;
}

const gendersByContext = new WeakMap<QuoteContext, Map<number, 'he' | 'she' | null>>();

/**
 * A person's gender as the article shows it: "Ms Hutt" or "Mr Hain" before any mention, else a
 * first name the lexicon knows. An article that uses both titles for one name shows nothing.
 */
export function genderOfPerson(context: QuoteContext, person: number): 'he' | 'she' | null {
  let genders = gendersByContext.get(context);
  if (!genders) gendersByContext.set(context, (genders = new Map()));
  const known = genders.get(person);
  if (known !== undefined) return known;
  const titles = new Set<'he' | 'she'>();
  for (const occurrence of context.occurrences) {
    if (occurrence.person !== person) continue;
    const before = context.paragraphs[occurrence.paragraph]!.slice(
      Math.max(0, occurrence.start - TITLE_WINDOW),
      occurrence.start,
    );
    if (MALE_TITLES.test(before)) titles.add('he');
    if (FEMALE_TITLES.test(before)) titles.add('she');
  }
  const gender =
    titles.size === 1 ? [...titles][0]! : titles.size === 0 ? genderOfFirstName(context.people[person]!.name) : null;
  genders.set(person, gender);
  return gender;
}

function knownGender(context: QuoteContext, speaker: Speaker): 'he' | 'she' | null {
  if (!isPerson(speaker)) return null;
  if (speaker.person !== undefined) return genderOfPerson(context, speaker.person);
  return speaker.kind === 'unknown' ? genderOfDescription(speaker.name) : genderOfFirstName(speaker.name);
}

/** "a Conservative spokeswoman", "the chairman": a description whose noun says the gender. */
function genderOfDescription(description: string): 'he' | 'she' | null {
  if (!/^(?:the|a|an|one|another)\s/i.test(description)) return genderOfFirstName(description);
  const words = description.toLowerCase().split(/[^\p{L}-]+/u);
  if (words.some((word) => /^\p{L}*(?:woman|women)$/u.test(word))) return 'she';
  if (words.some((word) => /^\p{L}+(?:man|men)$/u.test(word) && !NOT_MAN.test(word))) return 'he';
  return null;
}

const NOT_MAN = /(?:human|german|roman|ottoman|shaman|caiman|talisman|woman|women)$/;

/** A person a pronoun may stand for: no title or first name of the other gender. */
function agrees(context: QuoteContext, pronoun: string, speaker: Speaker): boolean {
  if (!isPerson(speaker)) return false;
  const gender = knownGender(context, speaker);
  return gender === null || gender === pronoun;
}

/**
 * Who "he" or "she" is at a position. When the sentence before names exactly one person who
 * agrees, it is them, whatever their place in it ("One opinion came from Brian Gammage, an analyst.
 * He said: ..."; "That was not enough for Mr Sarkozy. '...,' he said"); otherwise the most
 * recent subject or speaker who agrees. A sentence opened by a pronoun is no new referent.
 */
export function resolvePronoun(context: QuoteContext, pronoun: string, at: Position): Speaker | null {
  // "Asked if Mr X could return, he replied": who was asked is someone the clause names not; read
  // the pronoun as if it opened its sentence.
  const position = askedAbout(context, at) ?? at;
  // "... table tennis with his wife, ex-model Sandra. Asked if she enjoys it she confesses:": a
  // relative the sentence before brings in is who "she" is, though no name of ours stands for
  // her; a person named there stands for "she" only if known to be a woman.
  const opener = personOpeningClause(context, pronoun, position) ?? sayerOpeningSentence(context, position);
  if (opener) return opener;
  const kin = KIN[pronoun as 'he' | 'she']?.test(findPreviousSentence(context, position)?.sentence.text ?? '') ?? false;
  const named = personsInPreviousSentence(context, position, pronoun).filter((speaker) =>
    kin ? knownGender(context, speaker) === pronoun : agrees(context, pronoun, speaker),
  );
  const distinct = new Set(named.map((speaker) => speaker.person));
  if (distinct.size === 1) return named[0]!;
  if (distinct.size === 0 && kin) return null;
  return findRecentSubject(context, position, (speaker) => agrees(context, pronoun, speaker));
}

// "The former Ardenco executive says more cuts will come, but he adds" (and '..., but he adds,
// "...," he says'): the pronoun after "but" or "and" goes on with the subject that opened its
// own sentence saying something.
const SAYER_LEAD =
  /^["\u201c]?(?:(?:And|But)\s+)?((?:The|A|An|One)\s+(?:[\p{L}'\u2019-]+\s+){0,6}?)(?:says|said|tells|told|adds|added)\b[^"\u201c\u201d;:]*,\s*(?:but|and)\s+(?:(?:he|she)\s+(?:says|said|adds|added),?\s*["\u201c][^"\u201c\u201d]*["\u201d]\s*)?$/u;

/** The described subject that opened the pronoun's sentence saying something, as the description reads. */
function sayerOpeningSentence(context: QuoteContext, position: Position): Speaker | null {
  const sentence = sentenceAt(context, position);
  if (!sentence) return null;
  const text = context.paragraphs[position.paragraph]!;
  const lead = SAYER_LEAD.exec(text.slice(sentence.start, position.offset));
  if (!lead || context.isQuoted(position.paragraph, sentence.start + lead.index)) return null;
  const phrase = lead[1]!.trim();
  const at = { paragraph: position.paragraph, offset: sentence.start + lead[0].indexOf(lead[1]!) };
  return resolveDescription(context, phrase, at) ?? unnamed(phrase);
}

function sentenceAt(context: QuoteContext, position: Position): { start: number; end: number } | undefined {
  return context
    .sentencesOf(position.paragraph)
    .find((item) => item.start <= position.offset && position.offset < item.end);
}

const ASKED_LEAD =
  /^\s*["\u201c]?(?:(?:And|But|When)\s+)?asked\s+(?:if|whether|about|what|how|why|when|who)\s[^;:]*,\s*$/i;

/** The start of the pronoun's sentence when an "Asked if ..." clause opens it before the pronoun. */
function askedAbout(context: QuoteContext, position: Position): Position | null {
  const sentence = sentenceAt(context, position);
  if (!sentence) return null;
  const lead = context.paragraphs[position.paragraph]!.slice(sentence.start, position.offset);
  return ASKED_LEAD.test(lead) ? { paragraph: position.paragraph, offset: sentence.start } : null;
}

// "Although Smith insisted ..., he admitted", "After Smith left, he said": the pronoun's own sentence
// opens with a clause of its conjunction that names its referent.
const SUBORDINATE_OPENER =
  /^\s*["\u201c]?(?:(?:And|But|Yet)\s+)?(?:although|though|even though|while|whilst|after|when|as|before|once|since|because|if|until)\s[^;:]*,\s*$/i;

/** The one person the clause before the pronoun in its own sentence names, when that clause is subordinate. */
function personOpeningClause(context: QuoteContext, pronoun: string, position: Position): Speaker | null {
  const text = context.paragraphs[position.paragraph]!;
  const sentence = sentenceAt(context, position);
  if (!sentence) return null;
  // One clause and then the pronoun: 'If voters stay home they could see X "...", he added' has a
  // main clause (and words quoted) before the pronoun, whose subject is someone else.
  const lead = text.slice(sentence.start, position.offset);
  if (!SUBORDINATE_OPENER.test(lead) || lead.split(',').length > 2 || /["\u201c\u201d]/.test(lead.slice(1)))
    return null;
  const named = new Map<number, Speaker>();
  for (const occurrence of context.occurrences) {
    if (occurrence.paragraph !== position.paragraph) continue;
    if (occurrence.start < sentence.start || occurrence.start >= position.offset) continue;
    if (context.isQuoted(position.paragraph, occurrence.start)) continue;
    if (AFTER_PREPOSITION.test(text.slice(sentence.start, occurrence.start))) continue;
    const person = context.people[occurrence.person]!;
    named.set(occurrence.person, { name: person.name, kind: 'person', person: occurrence.person });
  }
  const [only] = named.values();
  return named.size === 1 && agrees(context, pronoun, only!) ? only! : null;
}

// "his wife", "her son": a relative brought in by a possessive ("the mother-of-nine" is the woman named).
const KIN = {
  she: /\b(?:his|her|their)\s+(?:wife|mother|daughter|sister|girlfriend|widow|grandmother|aunt|niece|fiancee)\b(?!-)/i,
  he: /\b(?:his|her|their)\s+(?:husband|father|son|brother|boyfriend|widower|grandfather|uncle|nephew|fiance)\b(?!-)/i,
};
