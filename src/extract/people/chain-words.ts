import { HONORIFICS, isKnownFirstName, NAME_PARTICLES, ROLE_HEADS, ROLE_MODIFIERS, SENTENCE_WORDS } from './lexicon.js';
import { ADJECTIVE_COMPOUND, isRoleModifierWord } from './role-nouns.js';
import type { Token } from './tokens.js';
import { isCappedPlayer, isHead } from './title-parts.js';

// Which words a chain of title and name words is made of ("Iraqi Foreign Minister Fuad Hussein").

export function isNameWord(token: Token): boolean {
  // "Houston-based Simmons", "Paris-born Nasser": a compound adjective is no part of a name.
  return (
    (token.capitalised || token.initial) &&
    !token.allCaps &&
    !SENTENCE_WORDS.has(token.lower) &&
    !ADJECTIVE_COMPOUND.test(token.lower) &&
    // "Man-of-the-match Stephen Jones": a phrase joined by hyphens is a description.
    !/-(?:of|the|in|to|and|for)-/.test(token.lower)
  );
}

export function isRoleWord(token: Token): boolean {
  return ROLE_HEADS.has(token.lower) || (!token.capitalised && (ROLE_MODIFIERS.has(token.lower) || isHead(token)));
}

/** "Omar A Holvane": an "A" between a known given name and a capitalised word is a middle initial. */
function isArticleInitial(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return (
    tokens[index]!.text === 'A' &&
    previous !== undefined &&
    previous.capitalised &&
    isKnownFirstName(previous.lower) &&
    next !== undefined &&
    next.capitalised &&
    !SENTENCE_WORDS.has(next.lower)
  );
}

export function isChainWord(tokens: Token[], index: number, inChain: boolean): boolean {
  const token = tokens[index]!;
  if (token.capitalised || token.allCaps || token.initial)
    return !SENTENCE_WORDS.has(token.lower) || HONORIFICS.has(token.lower) || isArticleInitial(tokens, index);
  if (isRoleWord(token) || (inChain && isCappedPlayer(tokens, index))) return true;
  if (!inChain) return false;
  const next = tokens[index + 1];
  if (NAME_PARTICLES.has(token.lower)) {
    // "van der Berg", "de la Cruz": particles run on until the capitalised name they introduce.
    let ahead = index + 1;
    while (tokens[ahead] && NAME_PARTICLES.has(tokens[ahead]!.lower) && ahead - index < 3) ahead++;
    return tokens[ahead] !== undefined && tokens[ahead]!.capitalised;
  }
  // "Minister for Europe Denis MacShane", "Secretary of State for Trade": "for" inside a title.
  // A capitalised title only: "spokesman for Michael Howard", "lawyer for X" name whom they serve.
  // "Shadow spokesman for sport Hugh Robertson": so is a lower-case complement before a given name.
  if (token.lower === 'for')
    return (
      (next !== undefined && next.capitalised && !isKnownFirstName(next.lower) && followsTitleHead(tokens, index)) ||
      inLowerComplement(tokens, index + 1)
    );
  if (token.lower === 'of')
    return (
      next !== undefined &&
      (next.capitalised ||
        next.lower === 'the' ||
        (isHead(tokens[index - 1]!) && (isRoleWord(next) || inLowerComplement(tokens, index + 1))))
    );
  if (inLowerComplement(tokens, index)) return true;
  // "Olympic 100m champion Kim Collins": a race's distance inside a title, before its next word.
  if (RACE_DISTANCE.test(token.text)) return next !== undefined && (isRoleWord(next) || !next.capitalised);
  // "European 5,000 metres finalist": the distance with its unit written out.
  if (/^\d{2,5}(?:,\d{3})?$/.test(token.text) && DISTANCE_UNITS.has(next?.lower ?? '')) return true;
  if (DISTANCE_UNITS.has(token.lower) && /^\d/.test(tokens[index - 1]?.text ?? '')) return next !== undefined;
  // "Kidder Peabody and Co analyst Marc Cohen": "and Co" ends a firm's name.
  if (token.lower === 'and')
    return tokens[index - 1]!.capitalised && next !== undefined && FIRM_ENDINGS.has(next.text.replace(/\.$/, ''));
  if (token.lower === 'the') return tokens[index - 1]?.lower === 'of' && next !== undefined && next.capitalised;
  return false;
}

const RACE_DISTANCE = /^\d{2,5}(?:,\d{3})?(?:m|km)$/;
const DISTANCE_UNITS = new Set(['metres', 'meters', 'metre', 'kilometres', 'km', 'miles', 'mile']);
const FIRM_ENDINGS = new Set(['Co', 'Company', 'Sons', 'Partners']);

const RELATIONS = new Set([
  'son',
  'daughter',
  'wife',
  'husband',
  'widow',
  'father',
  'mother',
  'brother',
  'sister',
  'heir',
  'heiress',
  'friend',
  'partner',
]);

/**
 * "director of corporate strategy Jonathan Smith", "spokesman for sport Hugh Robertson": a
 * lower-case complement of a title head, a few nouns between its "of" or "for" and a name that
 * opens with a known given name.
 */
function inLowerComplement(tokens: Token[], index: number): boolean {
  const isComplementWord = (token: Token | undefined): boolean =>
    token !== undefined && !token.capitalised && !token.allCaps && isRoleModifierWord(token.lower);
  if (!isComplementWord(tokens[index])) return false;
  let back = index - 1;
  while (back > index - 3 && isComplementWord(tokens[back])) back--;
  // "the son of rock star X": a relation's "of" names the other person, who holds the rest.
  let head = tokens[back - 1];
  const joint = tokens[back]?.lower;
  // "vice-minister of finance for international affairs X": a second complement after the first.
  const second = joint === 'for' && isComplementWord(head) && tokens[back - 2]?.lower === 'of';
  if (second) head = tokens[back - 3];
  if ((joint !== 'of' && joint !== 'for') || !head || !isHead(head) || RELATIONS.has(head.lower)) return false;
  let ahead = index + 1;
  while (ahead < back + 4 && isComplementWord(tokens[ahead])) ahead++;
  const [given, family] = [tokens[ahead], tokens[ahead + 1]];
  // A known given name; after two complements, which only a post has, any full name ("Toyoo Gyohten").
  return (
    given !== undefined &&
    given.capitalised &&
    (isKnownFirstName(given.lower) || (second && family !== undefined && family.capitalised && !family.possessive))
  );
}

/** A title head stands just before, or a few capitalised words before ("Secretary of State for"). */
function followsTitleHead(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 4; back--) {
    const token = tokens[back]!;
    if (!token.capitalised && token.lower !== 'of') return false;
    if (isHead(token)) return true;
  }
  return false;
}
