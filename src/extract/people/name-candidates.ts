import { findChains, isHead, splitChain, type SplitChain } from './chains.js';
import { isDemonym, isPlaceWord, SPEECH_VERBS } from './lexicon.js';
import { isRoleModifierWord, isVerbLikeModifier, namesPersonRole } from './role-nouns.js';
import { pluralTitleBefore, shareCoordinatedRoles } from './shared-roles.js';
import { joinedBySpace, tokenize, type Token } from './tokens.js';
import { judgeName, tokenSpanText, type Judged } from './judge-name.js';
import { readRole } from './read-role.js';
import { APPOINTING_VERBS } from './word-lists.js';

/** A name found in one sentence, with the roles the sentence gives it. */
export interface NameCandidate {
  name: string;
  /** Token count of the name, to tell a full name from a surname. */
  words: number;
  roles: string[];
  /** How sure we are it is a person: a title, a first name, an appositive role or speech. */
  strong: boolean;
  /** Only compromise could tell, and it is asked once the name recurs in the article (see confirmByCompromise). */
  pending: boolean;
  /** Names someone only if a fuller name of the article ends with it ("Sharon is the CEO" after "Zeev Sharon"). */
  attachOnly?: boolean;
}

/** A role noun phrase that names nobody: "the foreign minister", "The secretary of Iran's ...". */
export interface Description {
  text: string;
  /** A bare head ("the minister") is too vague to give anyone a new role. */
  specific: boolean;
  /** Followed by a verb ("the foreign minister noted"): it stands for someone the story is about. */
  subject: boolean;
  /** Followed by a verb of saying ("the foreign minister noted"): it continues a speaker's story. */
  speaks: boolean;
  /** The subject its sentence opens with ("The striker, who is on loan, picked up ..."). */
  opens: boolean;
}

export interface SentenceAnalysis {
  candidates: NameCandidate[];
  descriptions: Description[];
}

export function analyseSentence(sentence: string, tokens: Token[] = tokenize(sentence)): SentenceAnalysis {
  const splits = findChains(sentence, tokens).map((chain) => splitChain(tokens, chain));
  const judged: Judged[] = [];
  for (const split of splits) {
    if (!split.name) continue;
    const result = judgeName(sentence, tokens, split);
    const listed = !result || result.candidate.pending ? listedPerson(sentence, tokens, split, judged) : null;
    const chosen = listed ?? result;
    if (chosen) judged.push(chosen);
  }
  shareCoordinatedRoles(
    sentence,
    tokens,
    judged.map((entry) => ({ first: entry.first, last: entry.last, roles: entry.candidate.roles })),
  );
  addPronounAppointment(sentence, tokens, judged);
  const roleSpans = judged.flatMap((entry) => entry.roleSpans);
  const inRole = (offset: number): boolean => roleSpans.some((span) => offset >= span.start && offset < span.end);
  // "Lawrence Cohn, analyst with Merrill Lynch": the firm in a role is no person, unless titled.
  const candidates = judged.filter((entry) => entry.titled || !inRole(entry.start)).map((entry) => entry.candidate);
  const descriptions: Description[] = [];
  for (const split of splits) {
    if (split.name || inRole(tokens[split.chain.start]!.start) || inRole(tokens[split.chain.end]!.start)) continue;
    const description = describe(sentence, tokens, split);
    if (description) descriptions.push(description);
  }
  return { candidates, descriptions };
}

/**
 * "jazz composers Karim Nasser and Theodoros Holvane": a full name listed after a person whom a
 * plural title before them names is one of those people too, whatever its given name.
 */
function listedPerson(sentence: string, tokens: Token[], split: SplitChain, judged: readonly Judged[]): Judged | null {
  const [first, last] = split.name!;
  if (last === first || split.titleRoles.length > 0 || split.chain.start !== first) return null;
  if (!tokens.slice(first, last + 1).every((token) => token.capitalised && !token.possessive)) return null;
  const previous = judged.at(-1);
  if (!previous || tokens[first - 1]?.lower !== 'and' || previous.last !== first - 2) return null;
  if (!pluralTitleBefore(sentence, tokens, previous.first)) return null;
  const name = tokenSpanText(sentence, tokens, first, last);
  return {
    candidate: { name, words: last - first + 1, roles: [], strong: false, pending: false },
    start: tokens[first]!.start,
    titled: false,
    roleSpans: [],
    first,
    last,
  };
}

// "elected Paul Johnson a vice president and named him chief financial officer": the post a
// pronoun is appointed to is the one person's the sentence names before it, when that person was
// appointed too ("Mr Kilroy-Silk had made him deputy leader" gives the post to someone else).
const PRONOUN_APPOINTED = /\b(?:named|appointed|elected|promoted)\s+(?:him|her)\s+(?:as\s+)?(?:to\s+)?/g;

function addPronounAppointment(sentence: string, tokens: Token[], judged: Judged[]): void {
  for (const match of sentence.matchAll(PRONOUN_APPOINTED)) {
    const before = judged.filter((entry) => entry.start < match.index);
    if (before.length !== 1) continue;
    const owner = before[0]!;
    if (!APPOINTING_VERBS.has(tokens[owner.first - 1]?.lower ?? '')) continue;
    const role = readRole(sentence, tokens, match.index + match[0].length, owner.last, false);
    if (role) owner.candidate.roles.push(sentence.slice(role.start, role.end));
  }
}

function describe(sentence: string, tokens: Token[], split: SplitChain): Description | null {
  const { start, end } = split.chain;
  let headAt = -1;
  for (let index = start; index <= end; index++) if (isHead(tokens[index]!)) headAt = index;
  if (headAt < 0) return null;
  const head = tokens[headAt]!;
  if (head.lower.endsWith('s') && isHead({ ...head, lower: head.lower.slice(0, -1) })) return null;
  // "The Welsh Executive has lost an appeal": a country's or a region's Executive is its government.
  const before = tokens[headAt - 1];
  if (
    head.capitalised &&
    head.lower === 'executive' &&
    before &&
    (isDemonym(before.lower) || isPlaceWord(before.lower))
  )
    return null;
  if (
    tokens[end]!.capitalised &&
    end > headAt &&
    !tokens.slice(headAt + 1, end + 1).some((token) => token.lower === 'of')
  )
    return null;
  let first = start;
  while (first < headAt && (tokens[first]!.lower === 'of' || tokens[first]!.lower === 'the')) first++;
  // "The rural affairs minister": plain lower-case modifiers the chain of title words left out;
  // never a possessor or a ranking ("the party's", "the last", "the best") that may point elsewhere.
  if (first === start && namesPersonRole(head.lower)) {
    while (first > 0) {
      const before = tokens[first - 1]!;
      const plain =
        !before.capitalised &&
        !before.allCaps &&
        !before.possessive &&
        !RANKING.test(before.lower) &&
        !isVerbLikeModifier(before.lower);
      if (!plain || !joinedBySpace(sentence, before, tokens[first]!) || !isRoleModifierWord(before.lower)) break;
      first--;
    }
  }
  const text = tokenSpanText(sentence, tokens, first, end);
  const indefinite = [tokens[first - 1], tokens[first - 2]].some(
    (token) => token !== undefined && INDEFINITE.has(token.lower),
  );
  if (indefinite) return null;
  // "to succeed Mark Hughes as Wales national coach": a post in prospect or comparison, held by no one named here.
  if (tokens[start - 1]?.lower === 'as') return null;
  const next = tokens[end + 1];
  const subject =
    next !== undefined &&
    !next.capitalised &&
    !tokens[end]!.possessive &&
    /^ +$/.test(sentence.slice(tokens[end]!.end, next.start)) &&
    (SPEECH_VERBS.has(next.lower) ||
      /(?:ed|[^s]s)$/.test(next.lower) ||
      // "Ardenco will compensate the ex-sales chief who resigned": a relative clause makes
      // the one described someone in particular, as a subject's verb does.
      (next.lower === 'who' && tokens[first - 1]?.lower === 'the'));
  // "The striker", "The 31-year-old Dutch defender".
  const opensSentence =
    first <= 2 &&
    first > 0 &&
    tokens[0]!.lower === 'the' &&
    tokens.slice(1, first).every((token) => AGE.test(token.lower));
  const opens =
    opensSentence &&
    (subject || SUBJECT_AFTER_RELATIVE.test(sentence.slice(tokens[end]!.end))) &&
    !tokens[end]!.possessive;
  return { text, specific: end > first, subject, speaks: subject && SPEECH_VERBS.has(next!.lower), opens };
}

const AGE = /^\d{1,3}-year-old$/;
// ", who is on loan from Kelford, picked up": a relative clause between the subject and its verb.
const SUBJECT_AFTER_RELATIVE = /^,\s+who\s[^,;]+,\s+\p{Ll}+(?:ed|[^s]s)\b/u;

const RANKING = /^(?:last|first|next|previous|new|best|worst|only|\p{Ll}+est)$/u;

const INDEFINITE = new Set([
  'a',
  'an',
  'another',
  'any',
  'every',
  'no',
  'some',
  'one',
  'each',
  'other',
  'two',
  'three',
  'several',
  'many',
]);
