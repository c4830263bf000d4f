import { countryOfWord } from '../../vocabulary/countries.js';
import {
  DEFINITE_DETERMINERS,
  DESCRIPTION_STOPWORDS,
  GENERIC_PERSON_HEADS,
  INDEFINITE_DETERMINERS,
} from './lexicon.js';
import { tokenizeWords, wordsAgree } from './person-locator.js';
import { findRecentSubject, type Position, type QuoteContext, type Speaker } from './quote-context.js';
import { isFiniteVerb, isPluralRole, isRoleNoun } from '../people/role-nouns.js';
import { isAffiliation } from '../people/affiliations.js';
import { asWritten, cutAtQualifier, headWord } from './speaker-names.js';
import { findEarlierVoice, introducedUnnamed } from './voice-antecedent.js';
import { lastOccurrenceBefore, namedInParagraphBefore, namedInSentenceBefore, paragraphOf } from './named-before.js';
import {
  contradicts,
  disagrees,
  holdsLowerRank,
  holdsOtherPlace,
  isNationalityNoun,
  namesOtherPost,
} from './description-agreement.js';

// Words a description adds without saying who: "the former minister", "the veteran".
const LOOSE_WORDS = new Set([
  'former',
  'veteran',
  'new',
  'current',
  'then',
  'outgoing',
  'incoming',
  'long-time',
  'year-old',
]);

// The words of "two-time", "31-year-old" once split at their hyphens.
const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|time|times|year|years|old)$/;

const KIN_NOUNS = new Set(
  'wife husband mother father son daughter brother sister widow widower partner girlfriend boyfriend fiancee fiance uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother parent child'.split(
    ' ',
  ),
);

// "the youngster", "the teenager": an age says nothing a stated post could contradict.
const AGE_NOUNS = new Set([
  'youngster',
  'teenager',
  'teen',
  'newcomer',
  'rookie',
  'debutant',
  'schoolboy',
  'schoolgirl',
]);

const PAST_WORDS = new Set(['former', 'ex']);

function holdsPastPost(context: QuoteContext, person: number): boolean {
  return context.people[person]!.roles.some((role) => /\b(?:former|ex|then|onetime|one-time)\b/i.test(role.role));
}

const AGED = /\b\d+-year-old\b/;
const AGED_BARE = /^[Tt]he\s+\d+-year-old(?:\s+\p{Ll}[\p{Ll}-]*)?$/u;
// "the Newport-based athlete", "the Ballymena-born actor": where someone comes from marks an
// epithet for a person just named, as an age does; a post's holder is not described so.
const ORIGIN_BARE =
  /^[Tt]he\s+\p{Lu}[\p{L}.]*(?:[\s-]\p{Lu}[\p{L}.]*)*-(?:based|born|bred|raised)\s+\p{Ll}[\p{Ll}-]*$/u;

/** A head noun that can stand for a person: a post, a nationality, an age, a kinship, "man". */
function namesPerson(head: string): boolean {
  return (
    isRoleNoun(head) ||
    isNationalityNoun(head) ||
    GENERIC_PERSON_HEADS.has(head) ||
    AGE_NOUNS.has(head) ||
    KIN_NOUNS.has(head) ||
    LOOSE_WORDS.has(head) ||
    COUNTED.test(head)
  );
}

// An unnamed "one trader" is still a person a later "he added" can point back to.
export const isPerson = (speaker: Speaker): boolean => speaker.kind === 'person' || speaker.kind === 'unknown';

/**
 * "the Iranian official", "the minister", "the Chrysler executive": the person whose roles or
 * surrounding words share the description's words; an anonymous "one banker" stays as written.
 */
export function resolveDescription(context: QuoteContext, chunk: string, position: Position): Speaker | null {
  // "she said that ...": a pronoun left once the verb is cut off names nobody by itself.
  if (/^(?:he|she|it|they|we|i|you)$/i.test(asWritten(chunk))) return null;
  const words = tokenizeWords(cutAtQualifier(chunk));
  if (words.length === 0 || tokenizeWords(withoutInitials(chunk)).length > 10) return null;
  const determiner = words[0]!;
  // "one senior banker", "a spokeswoman": someone new and unnamed, never a person named before.
  // "the chief executive of a leading car maker" is as anonymous as "a chief executive".
  // "the unidentified official" says outright that the article names no one.
  if (INDEFINITE_DETERMINERS.has(determiner) || /\bof\s+(?:a|an|one)\s/.test(chunk) || UNNAMED.test(chunk)) {
    return unnamed(chunk);
  }
  const content = tokenizeWords(chunk).filter((word) => !DESCRIPTION_STOPWORDS.has(word));
  const head = words[words.length - 1]!;
  if (content.length === 0) return null;
  // A possessive name marks someone else's aide ("Mr Blair's spokesman"), never a person to link.
  if (/\p{Lu}[\p{L}-]*['\u2019]s?\s/u.test(chunk)) return unnamed(chunk);
  // "the station said", "the paper said": a thing's or a body's noun shares a word with the words
  // around a person ("Peel's Radio 1 show") without being that person; only a stated role links it.
  const origin = ORIGIN_WORD.exec(chunk)?.[1]?.toLowerCase();
  const thingHead = !namesPerson(head) && !AGED.test(chunk) && !ORIGIN_BARE.test(chunk.trim());
  let best: { index: number; score: number; last: number; byRole: boolean } | null = null;
  const fitting: number[] = [];
  const partial: Array<{ index: number; score: number; last: number; byRole: boolean }> = [];
  const headHolders: number[] = [];
  context.people.forEach((_, index) => {
    // "said the top seed" is not the seventh seed ("top" carries no role meaning elsewhere).
    if (words.some((word) => holdsOtherPlace(context, index, word, head))) return;
    let score = 0;
    let unmatched = 0;
    let contradicted = false;
    let byRole = false;
    let headInRoles = false;
    for (const word of content) {
      const inRoles = [...context.roleWords[index]!].some((role) => wordsAgree(role, word));
      const inContext = [...context.contextWords[index]!].some((near) => wordsAgree(near, word));
      byRole ||= inRoles;
      headInRoles ||= inRoles && word === head;
      if (inRoles) score += word === head ? 3 : 2;
      else if (inContext) score += word === head ? 2 : 1;
      else if (!LOOSE_WORDS.has(word)) {
        unmatched++;
        // "the Australian-born actress": a country never stated for the person is no fit.
        if (
          contradicts(context, index, word) ||
          namesOtherPost(context, index, word, head) ||
          (word === origin && namesUnstatedCountry(context, index, word))
        )
          contradicted = true;
      }
    }
    // "the world champion" fits "World and Commonwealth 100m champion" better than a champion
    // of somewhere else who also holds a world record: every word in one role.
    if (content.length > 1 && heldInOneRole(context, index, content)) score++;
    // "the former Ardenco executive" is not Ardenco's chairman: a past post the description
    // names, of another kind than any the person holds, and none of theirs stated as past.
    if (!headInRoles && content.some((word) => PAST_WORDS.has(word)) && !holdsPastPost(context, index))
      contradicted = true;
    if (score === 0 || (thingHead && !byRole)) return;
    if (holdsLowerRank(context, index, head, content)) return;
    const last = lastOccurrenceBefore(context, index, position);
    if (last < 0) return; // a description points back to someone already named
    const candidate = { index, score, last, byRole };
    if (headInRoles) headHolders.push(index);
    fitting.push(index);
    // "the Conservative leader" is not the Labour leader named since: with two leaders in the
    // story, every word of the description must fit; the only minister may be "the Ealing North MP".
    if (unmatched > 0) {
      if (!contradicted) partial.push(candidate);
      return;
    }
    if (!best || score > best.score || (score === best.score && last > best.last)) best = candidate;
  });
  if (!best && fitting.length === 1 && partial.length === 1) best = partial[0]!;
  // "Chairman X said ... But the Kelford chairman added": of several partly fitting, the only one
  // who holds the description's post, when no other named person does.
  if (!best && headHolders.length === 1 && isRoleNoun(head)) {
    best = partial.find((candidate) => candidate.index === headHolders[0]) ?? null;
  }
  const chosen = best as { index: number; score: number; last: number; byRole: boolean } | null;
  // 'A spokesman said President X was safe. "...," said the spokesman.': the unnamed spokesman
  // the story brought in, not the person his words were about.
  if (chosen && !chosen.byRole && DEFINITE_DETERMINERS.has(determiner) && introducedUnnamed(context, head, position))
    return findEarlierVoice(context, chunk, position) ?? unnamed(chunk);
  // 'Britain's Paula Radcliffe has not ruled it out. "...," said the two-time champion.': a role
  // an earlier paragraph gave someone else yields to the one person this paragraph names before
  // the words, when that person holds no post of another name and nothing of theirs contradicts.
  if (chosen && chosen.byRole && paragraphOf(chosen.last) < position.paragraph) {
    const here = namedInParagraphBefore(context, position);
    const only = here.length === 1 && here[0] !== chosen.index ? here[0]! : -1;
    const roles = only >= 0 ? [...context.roleWords[only]!] : [];
    if (only >= 0 && !contradicts(context, only, head) && !roles.some((role) => role !== head && isRoleNoun(role)))
      return { name: context.people[only]!.name, kind: 'person', person: only };
  }
  if (chosen) {
    return { name: context.people[chosen.index]!.name, kind: 'person', person: chosen.index };
  }
  const voice = DEFINITE_DETERMINERS.has(determiner) ? findEarlierVoice(context, chunk, position) : null;
  if (voice) return voice;
  // "the Iranian official" after paragraphs about one man: a generic head names the man in focus.
  // Only a bare one: "the Conservative leader" says more than the man in focus may be.
  // Not a named person when an unnamed voice of that kind speaks just before ("But the
  // administration official said"): that voice, if it is the man in focus, or no one.
  if (DEFINITE_DETERMINERS.has(determiner) && GENERIC_PERSON_HEADS.has(head)) {
    const voiced = introducedUnnamed(context, head, position);
    const recent = findRecentSubject(
      context,
      position,
      (speaker) => isPerson(speaker) && !(voiced && speaker.person !== undefined),
    );
    // An unnamed voice is known only by its head noun: "a spokesman" is no "the executive".
    const otherVoice = recent?.kind === 'unknown' && headWord(recent.name).toLowerCase() !== head;
    if (recent && !otherVoice && !content.some((word) => word !== head && disagrees(context, recent, word)))
      return recent;
  }
  // "the American", "the Spaniard": the one person named before its sentence whose stated country
  // does not contradict it; with two such ("X beat Y. The American said"), the words stay
  // unresolved. Who its own sentence names ("Reacting to X, the American said") is someone else.
  // "the defender" likewise, when that one person has no stated role the word would contradict;
  // "the youngster" whatever their role.
  // Not "her mother" nor "the widow": a relation is someone else than the one named.
  const epithet = isNationalityNoun(head)
    ? 'nationality'
    : AGE_NOUNS.has(head) ||
        (AGED.test(chunk) && !isRoleNoun(head)) ||
        (ORIGIN_BARE.test(chunk.trim()) && !KIN_NOUNS.has(head))
      ? 'age'
      : determiner === 'the' && isRoleNoun(head) && !isPluralRole(head) && !KIN_NOUNS.has(head)
        ? 'role'
        : null;
  // "the two-time champion", "the 31-year-old striker": a count or an age adds nothing to check.
  // "the 30-year-old", "the 41-year-old chart-topper": an age and at most one noun of its own.
  const bare =
    content.length === 1 ||
    (epithet === 'role' && content.every((word) => word === head || LOOSE_WORDS.has(word) || COUNTED.test(word))) ||
    (epithet === 'age' && (AGED_BARE.test(chunk.trim()) || ORIGIN_BARE.test(chunk.trim())));
  if (DEFINITE_DETERMINERS.has(determiner) && bare && epithet) {
    const sentence = context.sentencesOf(position.paragraph).findLast((item) => item.start <= position.offset);
    const before = { paragraph: position.paragraph, offset: sentence?.start ?? position.offset };
    const named = context.people
      .map((_, index) => index)
      .filter((index) => lastOccurrenceBefore(context, index, before) >= 0 && !contradicts(context, index, head));
    // "Meanwhile, winger X is delighted with his call-up. '...,' the youngster said.": an age
    // points to the one person the sentence before names, though others came earlier.
    // Only there: "the youngster" is not the coach the story opened with.
    const previous = epithet === 'age' ? namedInSentenceBefore(context, before) : named;
    const only = previous.length === 1 && named.includes(previous[0]!) ? previous[0]! : -1;
    if (only >= 0 && (epithet !== 'role' || context.people[only]!.roles.every((role) => isAffiliation(role.role))))
      return { name: context.people[only]!.name, kind: 'person', person: only };
  }
  // Nobody named fits: an unnamed "spokesman" or "one banker" stays as the article words it.
  if (DEFINITE_DETERMINERS.has(determiner) || words.length <= 4) return unnamed(chunk);
  return null;
}

function heldInOneRole(context: QuoteContext, person: number, content: string[]): boolean {
  return context.people[person]!.roles.some((role) => {
    const words = tokenizeWords(role.role);
    return content.every((word) => words.some((held) => wordsAgree(held, word)));
  });
}

const UNNAMED = /\b(?:unidentified|unnamed|anonymous)\b/i;

const ORIGIN_WORD = /\b(\p{L}+)-(?:born|bred|raised)\b/u;

/**
 * "the Australian-born actress" of a person whose roles and surrounding words name no Australia:
 * where someone was born or raised is a fact of theirs, never assumed. (A bare "the Scotland
 * international" may still be the man in focus: a team or a country is often left unstated.)
 */
function namesUnstatedCountry(context: QuoteContext, person: number, word: string): boolean {
  const country = countryOfWord(word);
  if (country === undefined) return false;
  const stated = [...context.roleWords[person]!, ...context.contextWords[person]!];
  return !stated.some((other) => countryOfWord(other) === country);
}

/**
 * An unnamed speaker as the article words it ("a spokesman", "the Fed", "organisers", "the
 * Lloyds general manager"), when the words are a noun phrase: "they all start to", "but",
 * "referring to a penalty award" or "53" name nobody.
 */
export function unnamed(chunk: string): Speaker | null {
  // "and one London broker", "but an official", "Now the board": the conjunction or adverb joins
  // the clause, not the name.
  const name = asWritten(chunk.trim().replace(/^(?:and|but|while|whereas|now)\s+/i, ''));
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || withoutInitials(name).split(/\s+/).length > 10) return null;
  const first = words[0]!.toLowerCase().replace(/['\u2019].*$/, '');
  const lastWord = words[words.length - 1]!;
  const last = lastWord.toLowerCase().replace(/['\u2019]s?$/, '');
  if ((NO_NOUN_PHRASE.has(first) && !ARTICLES.has(first)) || /(?:ing|ly)$/.test(first) || /^\d/.test(first))
    return null;
  // A capitalised last word is a name ("the Fed", "the Department for Transport"), never a verb.
  const verbAtEnd = /^\p{Ll}/u.test(lastWord) && isFiniteVerb(last) && !isRoleNoun(last);
  if (NO_NOUN_PHRASE.has(last) || verbAtEnd) return null;
  // '"...," one said': one of a group named before, but "one" alone tells a reader nobody.
  if (words.length === 1 && STAND_IN_NUMERALS.has(last)) return null;
  return { name, kind: 'unknown' };
}

// "a spokesman for the Ardenco Society for Fair Trade (ASFT)": bracketed initials
// make a description no longer.
function withoutInitials(text: string): string {
  return text.replace(/\s*\([^()]{1,12}\)/g, '');
}

const ARTICLES = new Set(['the', 'a', 'an']);
const STAND_IN_NUMERALS = new Set(['one', 'another', 'others', 'some', 'many', 'two', 'three']);
const NO_NOUN_PHRASE = new Set(
  `to and or but of at in on for with by from as that which who whom than then also not the a an
  he she it they we i you has have had was were is are be been continued afterwards ahead before after
  when while if so yet this these those there here until unless because since once`.split(/\s+/),
);
