import { isHead } from './chains.js';
import { APPOINTING_VERBS } from './word-lists.js';
import { readHeadedBody } from './bodies.js';
import { gapBetween, isInsideQuotation, type Token } from './tokens.js';
import { readRole, type RoleSpan } from './read-role.js';
import { headsListedRole, isRoleNoun } from './role-nouns.js';
import { isNextClauseSubject, RELATING_WORDS } from './next-clause-subject.js';

export type { RoleSpan } from './read-role.js';

/**
 * The role in an appositive after a name: "John Smith, an analyst at Merrill Lynch, said",
 * "Ali Shamkhani, who serves as a representative of ... stated". Returns null when the words
 * after the comma are not a role (a list of names, "adding that ...").
 */
export function findRoleAfterName(
  sentence: string,
  tokens: Token[],
  nameEnd: number,
  nameStart = nameEnd,
  titleStart = nameStart,
): RoleSpan | null {
  const next = tokens[nameEnd + 1];
  if (!next) return null;
  const gap = gapBetween(sentence, tokens[nameEnd]!, next);
  if (gap === ',') {
    // "Stephen Calderwood, MD, president of the society": a degree is no role; the next appositive is.
    const degree = /^(?:MD|PhD|Ph|DPhil|MBA|QC|KC|Jr|Sr|OBE|MBE|CBE|DDS|RN)\b/.exec(sentence.slice(next.start));
    if (degree) {
      const after = tokens.findIndex((token) => token.start >= next.start + degree[0].length);
      const rest = sentence.slice(next.start + degree[0].length);
      const skip = /^[.\s\p{Lu}]*,\s*/u.exec(rest);
      if (after > 0 && skip)
        return readRole(sentence, tokens, next.start + degree[0].length + skip[0].length, nameEnd, true);
      return null;
    }
    // "director Martin Scorsese, Mr Mann and Mr King": an honorific opens the next name of a list.
    // "Mr Betts-Green, of Woodbridge, Suffolk,": a town and its county are where one lives.
    if (HONORIFIC_OPENING.test(sentence.slice(next.start)) || ADDRESS.test(sentence.slice(next.start))) return null;
    // "Robert Jackson, 58, MP for Wantage": an age set off before the role.
    const age = AGE_APPOSITIVE.exec(sentence.slice(next.start));
    const roleStart = age ? next.start + age[0].length : next.start;
    // "John Smith, the man behind the Kelford website, said": who made or runs a thing.
    const behind = BEHIND.exec(sentence.slice(roleStart));
    if (behind) return { start: roleStart + behind[1]!.length, end: roleStart + behind[0].length };
    const role = readRole(sentence, tokens, roleStart, nameEnd, true);
    if (role && isNextClauseSubject(sentence, tokens, { nameStart, titleStart, afterComma: next.start }, role))
      return null;
    return role && endsWithTitledName(tokens, role) ? null : role;
  }
  // "Omar Haddad - the band's former head of press at Kelford Records - remembers": a role set off
  // by a dash on each side, as commas set one off. Not a list of prizes and winners set off by
  // dashes ("... at the Kelford Theatre - Best choreographer - Karim Nasser").
  if (DASHES.has(gap)) {
    if (next.capitalised && !next.possessive) return null;
    if ((sentence.match(/\s[-\u2013\u2014]\s/gu)?.length ?? 0) > MAX_DASHES) return null;
    const role = readRole(sentence, tokens, next.start, nameEnd, true);
    if (role && /^\s+[-\u2013\u2014]\s/u.test(sentence.slice(role.end)) && !endsWithTitledName(tokens, role))
      return role;
    return null;
  }
  // "Zeev Sharon is the CEO of Hotelied", "Lucas Nolan is a reporter for Breitbart Tech".
  // "The boy is a fantastic player" said inside quote marks is the speaker's opinion, no title.
  if (gap === '' && !isInsideQuotation(sentence, tokens[nameEnd]!.start)) {
    const rest = sentence.slice(tokens[nameEnd]!.end);
    // "it named J. Landis Martin as president", "elected X as its chairman": the post the verb before the name gives.
    // "it elected Paul Johnson a vice president": the post as the verb's second object.
    const appointedAs = APPOINTING_VERBS.has(tokens[nameStart - 1]?.lower ?? '')
      ? /^\s+(?:as\s+(?:its\s+|their\s+|the\s+)?|(?=(?:a|an)\s+\p{Ll}))/u.exec(rest)
      : null;
    // "will succeed Omar Haddad as president": the post the one succeeded held.
    const succeededAs = SUCCEEDING_VERBS.has(tokens[nameStart - 1]?.lower ?? '') ? AS_POST.exec(rest) : null;
    const copula = COPULA.exec(rest) ?? APPOINTED.exec(rest) ?? RESIGNED.exec(rest) ?? appointedAs ?? succeededAs;
    const role = copula && readRole(sentence, tokens, tokens[nameEnd]!.end + copula[0].length, nameEnd, false);
    if (role) return { ...role, copula: true };
    // "Sir John was Home Office permanent secretary", "she is chief executive of the bank": a post
    // one holds needs no article, but without one only a listed role head makes it a post ("he
    // was Welsh", "it is Labour policy").
    // "it named Omar Haddad chief executive officer": the post as the bare second object.
    const bare =
      COPULA_BARE.exec(rest) ??
      (APPOINTING_VERBS.has(tokens[nameStart - 1]?.lower ?? '') ? BARE_OBJECT.exec(rest) : null);
    const post = bare && readRole(sentence, tokens, tokens[nameEnd]!.end + bare[0].length, nameEnd, false);
    // "she was favourite leading lady at the awards": a prize's category, no post.
    const text = post ? sentence.slice(post.start, post.end) : '';
    if (post && (headsListedRole(text) || isBodysPost(text)) && !AWARD_CATEGORY.test(text))
      return { ...post, copula: true };
    const heads = readHeadedBody(sentence, tokens, nameEnd);
    if (heads) return { ...heads, copula: true };
  }
  return null;
}

/**
 * "Karim Nasser, his son, has been named chairman", "Omar Haddad, 61, has resigned as president":
 * the post the verb gives after a short appositive set off by commas.
 */
export function findPostAfterAppositive(sentence: string, tokens: Token[], nameEnd: number): RoleSpan | null {
  const name = tokens[nameEnd];
  if (!name) return null;
  const appositive = /^,\s[^,;:"\u201c\u201d()]{1,60},(?=\s)/u.exec(sentence.slice(name.end));
  if (!appositive) return null;
  const from = name.end + appositive[0].length;
  const verb = APPOINTED.exec(sentence.slice(from)) ?? RESIGNED.exec(sentence.slice(from));
  if (!verb) return null;
  const role = readRole(sentence, tokens, from + verb[0].length, nameEnd, false);
  return role ? { ...role, copula: true } : null;
}

/**
 * "Omar Haddad, the party's elections chief Lord Nasser said": a title run straight into a name
 * is that next person's, not an appositive of the name before the comma.
 */
function endsWithTitledName(tokens: Token[], role: RoleSpan): boolean {
  const inside = tokens.filter((token) => token.start >= role.start && token.end <= role.end);
  const head = inside.findLastIndex((token) => !token.capitalised && isHead(token));
  if (head < 0 || head === inside.length - 1) return false;
  // "widow of Nirvana frontman Kurt Cobain", "spokeswoman for net provider Pipex": a name after a
  // preposition is whom the role relates to.
  if (inside.slice(0, head).some((token) => RELATING_WORDS.has(token.lower))) return false;
  return inside.slice(head + 1).every((token) => token.capitalised && !token.possessive);
}

// ... unless the name owns what follows ("Sandy Climan, Mr Mann's former deputy").
const ADDRESS =
  /^of\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*,\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?\s*(?:,|\.|$)/u;
const HONORIFIC_OPENING =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s*(?:,|\.|;|\band\b|\bor\b|$))/u;
const BEHIND =
  /^(the\s+)(?:man|woman|brains|creative\s+force|driving\s+force)\s+behind\s+(?:the\s+|a\s+|an\s+)?[^,;()]{2,60}?(?=\s*[,;()]|\s+(?:said|says|told|added)\b|$)/u;
// Not before "of" or "from": "Peter Monkhouse, 50, of Headingley" is where he lives.
const AGE_APPOSITIVE = /^\d{1,3},\s+(?!(?:of|from)\s)(?=\p{L})/u;

const DASHES = new Set(['-', '\u2013', '\u2014']);
// Two around the role, one more elsewhere in the sentence.
const MAX_DASHES = 3;

const COPULA =
  /^\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+(?=(?:a|an|the)\s)/;
// "X is Kelford's largest shareholder": a body's possessive before a role noun makes it a post.
const BODYS_POST = /^\p{Lu}[\p{L}.&-]*(?:['\u2019]s?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

function isBodysPost(text: string): boolean {
  const head = BODYS_POST.exec(text)?.[1];
  return head !== undefined && isRoleNoun(head);
}

const AWARD_CATEGORY = /^(?:best|favourite|favorite|top|worst|outstanding)\s/i;
const BARE_OBJECT = /^\s+(?=\p{Ll})/u;
const COPULA_BARE = /^\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?=\p{L})/u;
const SUCCEEDING_VERBS = new Set([
  'succeed',
  'succeeds',
  'succeeded',
  'succeeding',
  'replace',
  'replaces',
  'replaced',
  'replacing',
]);
const AS_POST = /^\s+as\s+(?:its\s+|their\s+|the\s+)?(?=\p{L})/u;
// "Haddad has resigned as senior vice chairman", "will step down as chief executive": the post
// one leaves is one the article states they hold or held.
const RESIGNED =
  /^\s+(?:has\s+|had\s+|have\s+|will\s+|is\s+to\s+|plans\s+to\s+)?(?:resigned|resign|retired|retire|stepped\s+down|step\s+down|quit)\s+as\s+(?:its\s+|their\s+|the\s+)?(?=\p{L})/u;
// "Ackerman was named chief executive officer": a post one is given needs no article.
const APPOINTED =
  /^\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:named|appointed|elected|promoted\s+to)\s+(?:as\s+)?(?=\p{L})/u;

const APPOINTMENT_NOUNS = new Set([
  'appointment',
  'election',
  'nomination',
  'promotion',
  'reappointment',
  'job',
  'post',
  'tenure',
  'stint',
]);
// "Bill Conti's job of musical director": a post may be named with "of" after these.
const POST_NOUNS = new Set(['job', 'post']);

/**
 * "Mr Kinnock added that ... his appointment as chairman of the British Council", "Smith's
 * election as leader": the post of an appointment the name's own possessive, or a "his" or
 * "her" with no other person named between, points to.
 */
export function findAppointmentRole(sentence: string, tokens: Token[], nameEnd: number): RoleSpan | null {
  const name = tokens[nameEnd]!;
  let nounAt = -1;
  if (name.possessive && APPOINTMENT_NOUNS.has(tokens[nameEnd + 1]?.lower ?? '')) nounAt = nameEnd + 1;
  for (let index = nameEnd + 1; nounAt < 0 && index < tokens.length - 2; index++) {
    const token = tokens[index]!;
    // Another capitalised name, or an honorific before one, may be whom "his" points to.
    if (token.capitalised && (tokens[index + 1]?.capitalised || /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(token.text))) return null;
    if (['his', 'her'].includes(token.lower) && APPOINTMENT_NOUNS.has(tokens[index + 1]!.lower)) nounAt = index + 1;
  }
  const linking = tokens[nounAt + 1]?.lower;
  if (nounAt < 0 || !(linking === 'as' || (linking === 'of' && POST_NOUNS.has(tokens[nounAt]!.lower)))) return null;
  const role = readRole(sentence, tokens, tokens[nounAt + 1]!.end + 1, nameEnd, false);
  return role ? { ...role, copula: true } : null;
}
