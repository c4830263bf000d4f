import { isHead } from './chains.js';
import { POSITION_HEADS } from './title-parts.js';
import {
  isKnownCommonWord,
  isKnownFirstName,
  isKnownNonPersonWord,
  isKnownPersonWord,
  isOrganisationWord,
  isPlaceWord,
  ROLE_MODIFIERS,
} from './lexicon.js';
import { extendTitleLeft } from './premodifiers.js';
import { isRoleModifierWord, isVerbLikeModifier } from './role-nouns.js';
import { gapBetween, joinedBySpace, type Token } from './tokens.js';
import type { RoleSpan } from './appositives.js';

const PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'by', 'from', 'against']);
const NAME_JOINERS = new Set(['of', 'and', 'for', '&']);
// "the Rt Rev", "the Very Rev", "the Reverend": how a cleric's name is styled.
const CLERICAL_STYLES = new Set(['rt', 'rt.', 'rev', 'rev.', 'revd', 'reverend', 'very', 'most', 'right']);

function isStyleArticle(tokens: Token[], index: number): boolean {
  return tokens[index]!.lower === 'the' && CLERICAL_STYLES.has(tokens[index + 1]?.lower ?? '');
}
const ARTICLES = new Set(['a', 'an', 'the', 'one']);
const LIST_OPENERS = new Set(['in', 'on', 'of', 'for', 'with', 'from', 'to', 'by', 'at', 'and', 'including', 'like']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * The role in an appositive before a name: "Iran's interior minister, Abdolreza Rahmani Fazli,
 * called ...", "The company's chairman, Lee Iacocca, said". The phrase must end in a role noun.
 */
export function findRoleBeforeName(
  sentence: string,
  tokens: Token[],
  chainStart: number,
  nameEnd: number = chainStart,
): RoleSpan | null {
  // "the Bishop of Kelford, the Rt Rev Omar Haddad,": a cleric's style between the comma and the name.
  let nameStart = chainStart;
  while (nameStart > 1 && (CLERICAL_STYLES.has(tokens[nameStart - 1]!.lower) || isStyleArticle(tokens, nameStart - 1)))
    nameStart--;
  const last = tokens[nameStart - 1];
  if (!last || gapBetween(sentence, last, tokens[nameStart]!) !== ',') return null;
  let headAt = nameStart - 1;
  if (!isHead(last)) {
    // "the prime minister of Japan, Mr Nakasone": walk back over the complement to its "of".
    headAt = -1;
    // "The head of the defence ministry political department, X told": when the post opens the
    // sentence, lower-case words of the body's name may stand in its complement too.
    // "ITV's controller of entertainment, X", "The BBC's head of news, X": so may a possessor before it.
    const opensSentence = (index: number): boolean =>
      tokens[index]!.lower === 'of' &&
      index <= 4 &&
      tokens
        .slice(0, index - 1)
        .every(
          (token, at) =>
            (at === 0 && ARTICLES.has(token.lower)) || ((token.capitalised || token.allCaps) && token.possessive),
        );
    let bodyWords = false;
    for (let index = nameStart - 1; index >= Math.max(1, nameStart - 7); index--) {
      const token = tokens[index]!;
      // "Kelford's general manager for Asia, Omar Haddad": a "for" complement likewise, before a
      // known given name ("MP for Kelford, North Dunmore," and "Minister for Schools, Colleges
      // and Skills" go on listing places and fields).
      const opener = token.lower === 'of' || (token.lower === 'for' && isKnownFirstName(tokens[nameStart]!.lower));
      if (opener && isHead(tokens[index - 1]!) && !POSITION_HEADS.has(tokens[index - 1]!.lower)) {
        if (bodyWords && !opensSentence(index) && !isSetOffName(sentence, tokens, nameStart, nameEnd)) return null;
        headAt = index - 1;
        break;
      }
      const bodyWord = !token.capitalised && (isOrganisationWord(token.lower) || isRoleModifierWord(token.lower));
      // Only words that name a place, body or subject: never a person ("of State Condoleezza Rice, UN ...").
      const complementWord =
        token.lower === 'the' ||
        ((token.capitalised || token.possessive || token.allCaps) &&
          (isKnownNonPersonWord(token.lower) ||
            isKnownCommonWord(token.lower) ||
            isOrganisationWord(token.lower) ||
            isPlaceWord(token.lower) ||
            ROLE_MODIFIERS.has(token.lower) ||
            token.allCaps) &&
          !isKnownPersonWord(token.lower));
      // "The leader of Ennahda, Rachid Ghannouchi": one capitalised word right after "of" is the body.
      const loneBody =
        token.capitalised &&
        nameStart - index === 1 &&
        tokens[index - 1]?.lower === 'of' &&
        !isKnownFirstName(token.lower);
      if (!complementWord && !loneBody && bodyWord) {
        bodyWords = true;
        continue;
      }
      if ((!complementWord && !loneBody) || nameStart - index > (bodyWords ? 6 : 3)) break;
    }
    if (headAt < 0) headAt = headBeforeBody(tokens, nameStart);
    if (headAt < 0) return null;
  }
  const first = extendTitleLeft(sentence, tokens, headAt, headAt);
  // "A close ally of the former chairman, Mr X is ...": a noun phrase opening the sentence
  // describes its subject X; the post inside its complement is someone else's. ("the support of
  // the Mayor of London, Mr X," is the mayor himself.)
  let before = first - 1;
  if (['the', 'a', 'an'].includes(tokens[before]?.lower ?? '')) before--;
  if (PREPOSITIONS.has(tokens[before]?.lower ?? '') && before <= 4 && ARTICLES.has(tokens[0]!.lower)) return null;
  // "... as he begins his second term as US President, Omar Haddad has said": a post after "as"
  // in what a name run into its speech verb reports is the reported clause's subject's ("his
  // predecessor as chief executive, Omar Haddad, died" and "In his job as chief, Mr Haddad will"
  // are the name's own).
  if (tokens[before]?.lower === 'as' && REPORTER_AFTER.test(sentence.slice(tokens[nameEnd]!.end))) return null;
  // "Voyce, Erinle; King, Richards;": a lone capitalised word with no article is a name in a
  // list, not a title ("the King, X" or "Iran's President, X" would say so).
  const previous = tokens[first - 1];
  const determined =
    previous !== undefined &&
    (ARTICLES.has(previous.lower) || POSSESSIVE_PRONOUNS.has(previous.lower) || previous.possessive);
  if (first === headAt && first === nameStart - 1 && tokens[first]!.capitalised && !determined) return null;
  // "a hole in Kelford Player, Dunmore Messenger and Holvane Messenger": capitalised words after a
  // preposition, with no article, are the first name of a list.
  const capitalsOnly = tokens.slice(first, nameStart).every((token) => token.capitalised || token.allCaps);
  if (capitalsOnly && !determined && previous !== undefined && LIST_OPENERS.has(previous.lower)) return null;
  // "Gordon Bulloch (captain, Glasgow Rugby)": a bracket opened right before the role describes the
  // name before the bracket; what follows the comma is his club or country.
  if (first > 0 && /\(\s*$/.test(sentence.slice(tokens[first - 1]!.end, tokens[first]!.start))) return null;
  return { start: tokens[first]!.start, end: last.end };
}

const REPORTER_AFTER = /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|warned|added|claimed|argued|insisted)\b/;

/**
 * "met the head of the country's central bank, Omar Haddad, on Monday": a given name and a surname
 * set off by commas (or ending the sentence) stand in apposition to the post before them. A name
 * run into its verb ("..., Mr Haddad said") is the next clause's subject, and a name with no given
 * name may be the body's own ("the chairman of the bank, Kelford Dunmore, ...").
 */
function isSetOffName(sentence: string, tokens: Token[], nameStart: number, nameEnd: number): boolean {
  if (nameEnd <= nameStart || !isKnownFirstName(tokens[nameStart]!.lower)) return false;
  const after = tokens[nameEnd + 1];
  return after === undefined || gapBetween(sentence, tokens[nameEnd]!, after) === ',';
}

/**
 * "vice-president of Asahi Chemical, R. Yumikura said": a run of capitalised words ending in a
 * word for a body ("Chemical", "Bank", "Council") after "of" is that body's name, whatever its
 * other words are. Returns the head before the "of", or -1.
 */
function headBeforeBody(tokens: Token[], nameStart: number): number {
  const last = tokens[nameStart - 1]!;
  if (!last.capitalised || !isOrganisationWord(last.lower)) return -1;
  let index = nameStart - 1;
  const capital = (token: Token | undefined): boolean => token !== undefined && token.capitalised && !token.possessive;
  // "director of the Friends of Dunmore Trust, X": "of" and "and" join capitalised words of one name.
  while (index > 0 && nameStart - index <= 6) {
    if (capital(tokens[index - 1])) index--;
    else if (NAME_JOINERS.has(tokens[index - 1]!.lower) && capital(tokens[index - 2]) && index >= 3) index -= 2;
    else break;
  }
  if (tokens[index - 1]?.lower === 'the') index--;
  const of = tokens[index - 1];
  return of?.lower === 'of' && index >= 2 && isHead(tokens[index - 2]!) ? index - 2 : -1;
}

/**
 * "Veteran Labour MP and former Cabinet minister X": a title joined by "and" to the title before a
 * name is that person's too. Only one that says more than its head ("the president and former
 * prime minister X" may be two people).
 */
export function joinedTitleBefore(
  sentence: string,
  tokens: Token[],
  title: [number, number] | undefined,
): [number, number] | null {
  if (!title) return null;
  const [from] = title;
  const head = from - 2;
  if (head < 0 || tokens[from - 1]!.lower !== 'and' || !isHead(tokens[head]!)) return null;
  if (!joinedBySpace(sentence, tokens[head]!, tokens[from - 1]!)) return null;
  const start = extendTitleLeft(sentence, tokens, head, head);
  const saysMore = start < head || tokens[head]!.allCaps;
  // "Ex-BBC chat show host and ...": a title whose modifiers were cut short says less than the article.
  const before = tokens[start - 1];
  const cutShort =
    before !== undefined &&
    !before.capitalised &&
    joinedBySpace(sentence, before, tokens[start]!) &&
    (isRoleModifierWord(before.lower) || isVerbLikeModifier(before.lower));
  return saysMore && !cutShort && !['the', 'a', 'an'].includes(before?.lower ?? '') ? [start, head] : null;
}
