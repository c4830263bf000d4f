import { isRelationRole } from './relation-roles.js';
import { withoutEpithets } from './role-epithets.js';
import { isHonorificOfName, titledName, withoutRoyalTitle } from './titled-names.js';
import type { Article } from '../../corpus/article.js';
import { splitSentences } from '../../text/sentences.js';
import type { PersonMention, TextLocation } from '../types.js';
import { linkDescriptions, type LocatedDescription } from './descriptions.js';
import { analyseSentence } from './name-candidates.js';
import { compromiseSaysPerson } from './compromise-verdict.js';
import { groupCandidates, scanMentions, type LocatedCandidate, type PersonDraft } from './person-drafts.js';
import { isJoinedInitials, tokenize, type Token } from './tokens.js';
import { isKnownCommonWord, isKnownNonPersonWord, isPlaceWord } from './lexicon.js';
import { isListedGivenName } from '../../vocabulary/first-names.js';
import { escapePattern } from '../../text/escape-pattern.js';
import { addKnightlyVariants } from './knightly-variants.js';
import { uniqueRoles } from './role-completion.js';
import { readNameLine } from './name-lines.js';
import { takesPluralVerb } from './plural-subjects.js';
import { linkAliases } from './aliases.js';

interface SentenceRecord extends TextLocation {
  ordinal: number;
  /** Tokenised only when a rule needs the words: most sentences name nobody. */
  tokens: Token[] | null;
  headline: boolean;
}

/** A line in title case with no closing punctuation is a headline or a caption, not prose. */
export function isHeadline(paragraph: string): boolean {
  const trimmed = paragraph.trimEnd();
  const lastChar = trimmed[trimmed.length - 1] ?? '';
  if (trimmed.length > 200) return false;
  if (paragraph === paragraph.toUpperCase()) return true;
  const words = trimmed.split(' ');
  if ('.!?"”’)'.includes(lastChar) && words.length > 4) return false;
  let long = 0;
  let capitalised = 0;
  for (const word of words) {
    if (word.length <= 3) continue;
    long++;
    const first = word[0]!;
    if (first !== first.toLowerCase()) capitalised++;
  }
  return long >= 2 && capitalised / long >= 0.75;
}

/**
 * A sentence with no capitalised word after its first, and no role noun, can neither introduce a
 * name nor describe a person: skip the rules for it.
 */
export function mayHoldName(sentence: string): boolean {
  return (
    /[\s"“‘(]\p{Lu}\p{Ll}/u.test(sentence) ||
    /^\P{L}*\p{Lu}\p{Ll}+\s+(?:said|says|told|added|stated|noted)\b/u.test(sentence) ||
    // "The legal adviser said KBU was ...": a description that speaks, with no other capital.
    /^\P{L}*The\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,4}(?:said|says|told|added)\b/u.test(sentence) ||
    ROLE_HINT.test(sentence)
  );
}

const ROLE_HINT =
  /\b(?:minister|president|secretary|chairman|chairwoman|official|spokes(?:man|woman|person)|leader|chief|governor|analyst|counterpart|envoy|ambassador|executive|director|general|commander|premier|chancellor|king|queen|prince|mp|senator)\b/;

/** Finds the persons of one article, their name variants, roles and every place they are named. */
export function extractPeople(article: Article): PersonMention[] {
  const sentences: SentenceRecord[] = [];
  const located: LocatedCandidate[] = [];
  const descriptions: LocatedDescription[] = [];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const headline = isHeadline(paragraph);
    const byline = headline ? readNameLine(paragraph, article.paragraphs[paragraphIndex + 1]) : null;
    if (byline) {
      const next = article.paragraphs[paragraphIndex + 1]!;
      const sentence = splitSentences(next)[0]?.text ?? next;
      located.push({ paragraph: paragraphIndex + 1, sentence, ordinal: sentences.length, candidate: byline });
    }
    for (const { text } of splitSentences(paragraph)) {
      const ordinal = sentences.length;
      const location = { paragraph: paragraphIndex, sentence: text };
      const record: SentenceRecord = { ...location, ordinal, tokens: null, headline };
      sentences.push(record);
      if (headline || !mayHoldName(text)) continue;
      record.tokens = tokenize(text);
      const analysis = analyseSentence(text, record.tokens);
      for (const candidate of analysis.candidates) located.push({ ...location, ordinal, candidate });
      for (const description of analysis.descriptions) descriptions.push({ ...location, ordinal, description });
    }
  });
  if (located.length === 0) return [];
  const grouped = linkAliases(groupCandidates(located), article.paragraphs);
  const surnames = [
    ...new Set(
      grouped.flatMap((person) => (person.leadText ? [person.surnameText, person.leadText] : [person.surnameText])),
    ),
  ];
  const scanned: PersonDraft[][] = sentences.map((record) => {
    if (!surnames.some((surname) => record.sentence.includes(surname))) return [];
    record.tokens ??= tokenize(record.sentence);
    return scanMentions(grouped, record.sentence, record.tokens, record);
  });
  const persons = grouped.filter((person) => confirmByCompromise(person, grouped));
  const kept = new Set(persons);
  const namedIn = scanned.map((named) => named.filter((person) => kept.has(person)));
  linkDescriptions(persons, descriptions, namedIn);
  // compromise alone guesses names of papers and militias too; believe it once the name recurs or gets a role.
  // "J.P. Morgan", "E.F. Hutton", "W.R. Grace": initials and a surname name firms as often as
  // people, so only a role ("chairman R.L. O'Shields") makes such a name a person.
  const believed = persons.filter(
    (person) =>
      (startsWithJoinedInitials(person)
        ? person.roles.length > 0
        : person.strong || person.roles.length > 0 || person.mentions.length > 1) &&
      !(person.words.length === 1 && [...person.variants].some((name) => takesPluralVerb(name, article.paragraphs))),
  );
  // "Scorsese's Howard Hughes biopic": a possessor the article names as a person is no affiliation.
  const names = new Set(believed.flatMap((person) => [...person.variants, person.surnameText]));
  for (const person of believed) person.roles = person.roles.filter((role) => !names.has(role.role));
  return addKnightlyVariants(believed.map(toPersonMention), article.paragraphs);
}

/** Words are kept as letters ("j", "p", "morgan"): the name as written tells "J.P." from "J. Paul". */
function startsWithJoinedInitials(person: PersonDraft): boolean {
  return [...person.variants].some((variant) => isJoinedInitials(variant.split(' ')[0]!));
}

/**
 * A name only compromise could vouch for is kept when it recurs and compromise tags it a person;
 * one naming alone is dropped unasked, which spares most of compromise's cost.
 */
function confirmByCompromise(person: PersonDraft, all: readonly PersonDraft[]): boolean {
  if (!person.pending) return true;
  if (person.mentions.length < 2) return false;
  // "Sania Mirza continued her rise ... 'I really didn't expect that,' said Mirza": a surname that
  // speaks later is a person's, whatever compromise knows of the given name.
  if (
    person.words.length >= 2 &&
    person.words.slice(0, -1).every(mayBeGivenName) &&
    !isKnownCommonWord(person.words[person.words.length - 1]!) &&
    !all.some((other) => other !== person && other.surnameText === person.surnameText)
  ) {
    const speaks = surnameSpeaks(person.surnameText);
    if (person.mentions.some((mention) => speaks.test(mention.sentence))) return true;
    // "Derartu Tulu has confirmed she will take part": "he" or "she" a few words on is said of people.
    const gendered = pronounAfter(person.surnameText);
    if (person.mentions.some((mention) => gendered.test(mention.sentence))) return true;
  }
  const longest = [...person.variants].reduce((best, variant) => (variant.length > best.length ? variant : best), '');
  return compromiseSaysPerson(longest);
}

const SAID = '(?:said|says|added|adds|told|explained|admitted|insisted)';
// "said Mirza", never "told Villa's website": after the verb only a verb of saying names the speaker.
const SAID_BEFORE = '(?:said|says|added|adds|explained|admitted|insisted)';

/** "said Mirza" or "Mirza said", the surname alone: "Sharon Osbourne said" is no word on Ozzy. */
function surnameSpeaks(surname: string): RegExp {
  const name = escapePattern(surname);
  return new RegExp(
    `\\b${SAID_BEFORE}\\s+(?:(?:Mr|Mrs|Ms|Dr)\\s+)?${name}\\b(?!\\s+\\p{Lu}|['\u2019])|(?<!\\p{Lu}[\\p{L}'-]*\\s+)\\b${name}\\s+${SAID}\\b`,
    'u',
  );
}

function pronounAfter(surname: string): RegExp {
  // A verb or a comma right after the name ("As for Kenenisa Bekele, he was"): "the Caesars World
  // common shares he does not own" and "in a re-formed Ballets Russes, she played" are no case.
  return new RegExp(
    `(?<!\\b(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2})\\b${escapePattern(surname)}(?:\\s+(?:has|had|is|was|will|would|\\p{Ll}+ed|said|says|told|tells|admits|insists|believes|thinks|hopes|feels)\\s+(?:\\p{Ll}+\\s+){0,2}(?:that\\s+)?|,\\s+)(?:he|she)\\s+\\p{Ll}`,
    'u',
  );
}

/** "Sania", "Kenenisa": a word no lexicon knows as anything else; not "Land Registry" or "Aston Villa". */
function mayBeGivenName(word: string): boolean {
  if (isListedGivenName(word)) return true;
  return !isKnownCommonWord(word) && !isKnownNonPersonWord(word) && !isPlaceWord(word) && !/-/.test(word);
}

function toPersonMention(draft: PersonDraft): PersonMention {
  const variants = [...draft.variants];
  let name =
    draft.alias ??
    variants.reduce(
      (best, variant) => (fullness(variant) > fullness(best) ? variant : best),
      variants[0] ?? draft.words.join(' '),
    );
  const titled = titledName(name, draft.roles, draft.mentions);
  if (titled) {
    variants.push(titled);
    name = titled;
  }
  const mentions = [...draft.mentions]
    .sort((left, right) => left.ordinal - right.ordinal)
    .map(({ paragraph, sentence }) => ({ paragraph, sentence }));
  const roles = uniqueRoles(
    draft.roles.map((role) => ({
      ...role,
      role: titled ? withoutRoyalTitle(withoutEpithets(role.role), titled) : withoutEpithets(role.role),
    })),
  ).filter((role) => !isRelationRole(role.role) && !isHonorificOfName(role.role, name));
  return { name, variants: variants.sort(), roles, mentions };
}

function fullness(variant: string): number {
  return variant.split(/\s+/).length * 1000 + variant.length;
}
