import {
  isCountryOrCity,
  isKnownFirstName,
  isPlacePair,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SENTENCE_WORDS,
} from './lexicon.js';
import {
  isKnownNounOrAdjective,
  isPluralRole,
  isRoleModifierWord,
  isRoleNoun,
  isVerbLikeModifier,
  readsAsPresentVerb,
} from './role-nouns.js';
import { isBracketedAcronym, nameEndAfter, opensParticipleClause } from './title-openers.js';
import { joinedBySpace, type Token } from './tokens.js';
import { SPEECH_VERBS } from './word-lists.js';
import { extendPossessor, isVerbAfterTo, startsCapitalisedName } from './title-possessors.js';

// "Olympic heptathlon bronze medallist" is about as long as a title's modifiers run.
const MAX_MODIFIERS = 5;

/**
 * Where a title before a name really starts: the nouns and adjectives that qualify its head
 * ("former immigration minister", "local government spokesman", "Ireland hooker", "Waterstone's
 * fiction buyer", "Economy and Labour Minister"). A possessor ("Norway's") opens the title; a
 * lower-case word before a capitalised one must be a known title word ("former England captain"),
 * so a verb the lexicon does not know ("England beat France captain X") never joins it.
 * `head` is the title's head noun, when known.
 */
const RACE_DISTANCE = /^\d[\d,.]*(?:m|km)$/;
const DISTANCE_UNIT = /^(?:metres|meters|metre|kilometres|km|miles|mile)$/;

export function extendTitleLeft(sentence: string, tokens: readonly Token[], first: number, head = first): number {
  let start = first;
  let sawCapital = tokens[first]!.capitalised || tokens[first]!.allCaps;
  // The letters in brackets after a body's name count for no word of the title.
  let bracketed = 0;
  for (let index = first - 1; index >= 0 && first - index - bracketed <= MAX_MODIFIERS; index--) {
    const token = tokens[index]!;
    if (!joinedBySpace(sentence, token, tokens[index + 1]!)) {
      // "World Anti-Doping Agency (WADA) chief": the body's letters in brackets after its name.
      if (index === first - 1 && isBracketedAcronym(sentence, tokens, index)) {
        start = index - 1;
        index--;
        bracketed = 1;
        continue;
      }
      break;
    }
    // "ex-Downing Street media chief": "ex-" before a capitalised word is part of the title.
    if (token.capitalised || token.allCaps || /^ex-\p{Lu}/u.test(token.text)) {
      // "New York's top law officer": "New" before a capitalised word begins a proper name.
      const namesPlace = token.lower === 'new' && isPlacePair('new', tokens[index + 1]!.lower);
      // "by All England Club chairman X": inside a sentence a capitalised function word opens a name.
      const opensName =
        index > 0 &&
        token.capitalised &&
        tokens[index + 1]!.capitalised &&
        !/["\u201c\u2018.:;!?]/u.test(sentence.slice(tokens[index - 1]!.end, token.start));
      if ((SENTENCE_WORDS.has(token.lower) && !namesPlace && !opensName) || isKnownFirstName(token.lower)) break;
      if (index === 0 && opensParticipleClause(tokens, nameEndAfter(tokens, head))) break;
      sawCapital = true;
      start = index;
      // "Plaid Cymru's economics spokesman": a possessor of several words opens the title whole.
      if (token.possessive) {
        start = extendPossessor(sentence, tokens, index);
        break;
      }
      continue;
    }
    // "Bank of England governor": "of" inside a capitalised name.
    if (token.lower === 'of' && startsCapitalisedName(tokens[index - 1]) && tokens[index + 1]!.capitalised) continue;
    // "Economy and Labour Minister": "and" joins two capitalised title words; "former president
    // and chairman" two lower-case ones. "David Gill and Arsenal vice-chairman X" joins two people.
    if (token.lower === 'and') {
      const before = tokens[index - 1];
      const after = tokens[index + 1]!;
      const afterName = before !== undefined && index >= 2 && isKnownFirstName(tokens[index - 2]!.lower);
      const capitals =
        before?.capitalised &&
        after.capitalised &&
        (isKnownNounOrAdjective(before.lower) || ROLE_MODIFIERS.has(before.lower));
      const titles = before && !before.capitalised && ROLE_HEADS.has(before.lower) && ROLE_HEADS.has(after.lower);
      if (before && !before.possessive && !afterName && (capitals || titles)) continue;
      break;
    }
    // "The register shows former Tory leader X": a rank word opens the title; what stands before it is outside.
    if (RANK_OPENERS.has(tokens[index + 1]!.lower) && !token.possessive) break;
    // "under secretary of commerce" is a title; "under new coach X" a preposition before one.
    if (token.lower === 'under' && tokens[index + 1]!.lower !== 'secretary') break;
    // "It was the first time actress X had been shortlisted": a span of time qualifies the clause, not the post.
    // "last year's champion": a title held then, not now; the time belongs to the title.
    const then = tokens[index - 1];
    if (token.possessive && PAST_PERIODS.has(token.lower) && then && ['last', 'this'].includes(then.lower)) {
      start = index - 1;
      break;
    }
    if (TIME_NOUNS.has(token.lower)) break;
    // "..., asks technology analyst X": a verb of saying after the quoted words' comma is the
    // sentence's verb ("claims adjuster X" is a title).
    if (SPEECH_VERBS.has(token.lower) && /[,"\u201d]\s*$/u.test(sentence.slice(0, token.start))) break;
    // "Former referees' chief": a plural possessor of the post belongs to it.
    const pluralPossessor = token.possessive && token.lower.endsWith('s') && index + 1 === head;
    // "European 10,000m finalist", "400m hurdles champion": a race's distance names the event.
    if (RACE_DISTANCE.test(token.lower)) {
      start = index;
      continue;
    }
    // "5,000 metres finalist": the distance with its unit written out.
    if (DISTANCE_UNIT.test(token.lower) && /^\d[\d,.]*$/.test(tokens[index - 1]?.text ?? '')) {
      start = index - 1;
      index--;
      continue;
    }
    if (!pluralPossessor && (sawCapital ? !ROLE_MODIFIERS.has(token.lower) : !isRoleModifierWord(token.lower))) break;
    // "After a series of passes winger X": a plural after "a series of" is what is counted ("the work
    // of arts minister X" keeps its field).
    if (tokens[index - 1]?.lower === 'of' && COUNTING_NOUNS.has(tokens[index - 2]?.lower ?? '')) break;
    // A word that is also a verb joins only the head itself ("touch judge"), never a longer title
    // ("to support prime minister X").
    if (isVerbLikeModifier(token.lower) && !ROLE_MODIFIERS.has(token.lower) && index + 1 !== head) break;
    // "Other ambassadors include actors X and Y": after a plural subject the word is its verb.
    if (isVerbLikeModifier(token.lower) && isPluralRole(tokens[index - 1]?.lower ?? '')) break;
    // "the concert will feature singer X": after a modal the word is a verb; after "to" one that can be.
    const previous = tokens[index - 1];
    const before = previous && !previous.capitalised && !previous.possessive ? previous.lower : '';
    if (MODALS.has(before) || (before === 'to' && (isVerbLikeModifier(token.lower) || isVerbAfterTo(token.lower))))
      break;
    // "as they eye captain X", "Karim Nasser beat team-mate X": after a subject the word is its verb.
    const afterFullName =
      previous !== undefined &&
      previous.capitalised &&
      !previous.possessive &&
      joinedBySpace(sentence, previous, token) &&
      isKnownFirstName(tokens[index - 2]?.lower ?? '');
    // "potentially faces fourth seed X": after an adverb in -ly a word in -s is a verb
    // ("equally unconventional director X" keeps its adjective).
    if (/ly$/.test(before) && /[^s]s$/.test(token.lower) && !ROLE_MODIFIERS.has(token.lower)) break;
    // "goalkeeper Rab Douglas let defender X": a verb after a name of two capitalised words.
    const afterName =
      previous !== undefined &&
      previous.capitalised &&
      !previous.possessive &&
      tokens[index - 2]?.capitalised === true &&
      !SENTENCE_WORDS.has(tokens[index - 2]!.lower) &&
      joinedBySpace(sentence, previous, token) &&
      isVerbLikeModifier(token.lower) &&
      !isRoleNoun(token.lower);
    if (SUBJECT_PRONOUNS.has(before) || afterFullName || afterName) break;
    const subjectVerb =
      previous !== undefined &&
      previous.capitalised &&
      !previous.possessive &&
      /[^s]s$/.test(token.lower) &&
      joinedBySpace(sentence, previous, token) &&
      readsAsPresentVerb(previous.text, token.lower, tokens[index + 1]!.lower);
    if (subjectVerb) break;
    // "Mourinho has already lost winger X": after "has" (and an adverb) the word is a participle;
    // "the show will also star presenter X": after a modal and an adverb, a verb.
    const auxiliary = ADVERBS.has(before) ? (tokens[index - 2]?.lower ?? '') : before;
    if (AUXILIARIES.has(auxiliary) || MODALS.has(auxiliary)) break;
    // "was out-selling X Factor winner X": after a form of "be", a word in -ing is the verb
    // ("was acting chairman" keeps its post word).
    if (BE_FORMS.has(auxiliary) && /ing$/.test(token.lower) && !ROLE_MODIFIERS.has(token.lower)) break;
    start = index;
  }
  // A dangling "and" or "of" is never the start.
  while (start < first && (tokens[start]!.lower === 'and' || tokens[start]!.lower === 'of')) start++;
  // "Hong Kong Rugby Football Union chairman": never a start inside a place's two-word name.
  const opening = tokens[start - 1];
  if (
    opening?.capitalised &&
    isPlacePair(opening.lower, tokens[start]!.lower) &&
    joinedBySpace(sentence, opening, tokens[start]!)
  )
    start--;
  // "Chase Manhattan Corp (CMB) president": a body's name cut short is worse than none.
  const cut = tokens[start - 1];
  if (bracketed && cut?.capitalised && joinedBySpace(sentence, cut, tokens[start]!)) start = first;
  return dropLocativePlace(tokens, start, Math.max(first, head));
}

const COUNTING_NOUNS = new Set(
  'series number couple lot lots range variety host string set pair spate flurry wave round handful dozens'.split(' '),
);
const RANK_OPENERS = new Set(['former', 'ex', 'then', 'late', 'outgoing', 'incoming', 'retired']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who']);
// "did not name party leader X": after "not" too the word is a verb.
const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
  'not',
]);

const AUXILIARIES = new Set(['has', 'have', 'had', 'having']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ADVERBS = new Set(['already', 'just', 'also', 'now', 'recently', 'since', 'again', 'finally']);

const PAST_PERIODS = new Set(['year', 'season', 'week', 'month', 'summer', 'winter', 'spring', 'autumn']);

const TIME_NOUNS = new Set([
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'night',
  'moment',
]);

const LOCATIVE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * "at the show in Dunmore Ardenco boss Omar Haddad": a place after "in" or "at" ends that phrase,
 * so the title starts at the capitalised word after it.
 */
function dropLocativePlace(tokens: readonly Token[], start: number, head: number): number {
  if (start === 0 || !LOCATIVE_PREPOSITIONS.has(tokens[start - 1]!.lower)) return start;
  for (let end = start; end < head; end++) {
    const place = tokens
      .slice(start, end + 1)
      .map((token) => token.lower)
      .join(' ');
    if (isCountryOrCity(place) && tokens[end + 1]!.capitalised && !isCountryOrCity(tokens[end + 1]!.lower)) {
      return end + 1;
    }
  }
  return start;
}
