import type { Token } from './tokens.js';
import { MONTHS_AND_DAYS } from './lexicon.js';
import { CLAUSE_CONJUNCTIONS } from './role-clause-words.js';
import { isVerbLikeModifier } from './role-nouns.js';

/** Where a role read after a name stops: another clause, a number, a time. Each cuts `kept` in place. */

const TIME_OPENERS = new Set([
  'on',
  'in',
  'at',
  'since',
  'from',
  'last',
  'this',
  'next',
  'earlier',
  'later',
  'after',
  'for',
]);
const TIME_NOUNS = new Set([
  'year',
  'week',
  'month',
  'day',
  'weekend',
  'season',
  'night',
  'morning',
  'afternoon',
  'evening',
]);

// "after six years", "for two seasons": a count of a time.
const COUNT_WORDS = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve twenty several many few'.split(' '),
);

function isTimeWord(lower: string, after: string | undefined): boolean {
  if (MONTHS_AND_DAYS.has(lower) || TIME_NOUNS.has(lower) || /^(?:19|20)\d\d$/.test(lower)) return true;
  if (COUNT_WORDS.has(lower) && after !== undefined && TIME_NOUNS.has(after.replace(/s$/, ''))) return true;
  return ['last', 'this', 'next', 'the'].includes(lower) && after !== undefined && TIME_NOUNS.has(after);
}

const NEW_PHRASE_OPENERS = new Set([
  'someone',
  'somebody',
  'anyone',
  'one',
  // "president on an interim basis and remains chairman": a verb after "and" opens another clause.
  'remains',
  'remained',
  'continues',
  'continued',
  'is',
  'was',
  'will',
  'has',
  'had',
]);

const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
const OBJECT_OPENERS = new Set(['it', 'them', 'him', 'her', 'the', 'a', 'an', 'his', 'their', 'its', 'this', 'that']);

/** Cuts the words that open another clause: a conjunction, "after winning", "and someone who". */
export function cutAtOtherClause(kept: Token[]): void {
  // "a capable player but when it comes down to selection ...": a conjunction opens another clause.
  // Not "until": "head of the label until last year" is a post held no longer.
  // "player of the year after winning the US Open": "after" or "before" and a participle likewise.
  const conjunction = kept.findIndex(
    (token, index) =>
      index > 0 &&
      (CLAUSE_CONJUNCTIONS.has(token.lower) ||
        (['after', 'before'].includes(token.lower) && /ing$/.test(kept[index + 1]?.lower ?? ''))),
  );
  if (conjunction > 0) kept.length = conjunction;
  // "resigned as vice chairman to pursue other interests", "as secretary over the war": "to" and a
  // verb, or "over", say why, not the post ("envoy to the UN", "adviser to Mr X" go on).
  const purpose = kept.findIndex(
    (token, index) =>
      index > 0 &&
      ((token.lower === 'to' && isVerbLikeModifier(kept[index + 1]?.text ?? '')) || token.lower === 'over'),
  );
  if (purpose > 0) kept.length = purpose;
  // "a research director at Gartner and someone who has followed Yahoo": "and" before a pronoun
  // says something else of them ("chairman and chief executive", "and a former envoy" go on).
  // "Blackburn boss and marked it with a goal": a past tense with its object is another clause.
  // "the company's chairman and Kelwin its deputy": a name and a possessive give another's post.
  const another = kept.findIndex(
    (token, index) =>
      index > 0 &&
      token.lower === 'and' &&
      (NEW_PHRASE_OPENERS.has(kept[index + 1]?.lower ?? '') ||
        (/^\p{Ll}+ed$/u.test(kept[index + 1]?.text ?? '') && OBJECT_OPENERS.has(kept[index + 2]?.lower ?? '')) ||
        (kept[index + 1]?.capitalised === true && POSSESSIVES.has(kept[index + 2]?.lower ?? ''))),
  );
  if (another > 0) kept.length = another;
}

/** Cuts a number or a time after the head: "director at 25 dlrs a share", "president on Monday". */
export function cutAtNumberOrTime(kept: Token[], headAt: number): void {
  // A number ends the role: "director at 25 dlrs a share".
  const numberAt = kept.findIndex((token, index) => index > headAt && /^\d/.test(token.text));
  if (numberAt > 0) kept.length = numberAt;
  // "president of the union on Monday", "chairman since last year": a time ends the role (not
  // "until last year", which says the post is held no longer).
  const timeAt = kept.findIndex(
    (token, index) =>
      index > headAt &&
      TIME_OPENERS.has(token.lower) &&
      kept[index - 1]!.lower !== 'until' &&
      isTimeWord(kept[index + 1]?.lower ?? '', kept[index + 2]?.lower),
  );
  if (timeAt > 0) kept.length = timeAt;
  // "appointed president only two months ago": a span back from now ends the role.
  const agoAt = kept.findIndex(
    (token, index) =>
      index > headAt && kept[index + 2]?.lower === 'ago' && isTimeWord(token.lower, kept[index + 1]?.lower),
  );
  if (agoAt > 0) kept.length = agoAt;
  // "singer with early 1970s rockers Free": what the cut leaves of a complement says nothing.
  if (numberAt > 0 || timeAt > 0 || agoAt > 0) {
    while (kept.length > headAt + 1 && DANGLING.has(kept[kept.length - 1]!.lower)) kept.length--;
  }
}

const DANGLING = new Set(
  'of with for at to in from on by about the a an his her its their early late mid some only just'.split(' '),
);
