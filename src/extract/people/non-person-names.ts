import type { SplitChain } from './chains.js';
import {
  isCountry,
  isCountryOrCity,
  isDemonym,
  isKnownCommonWord,
  isKnownFirstName,
  isKnownNonPersonWord,
  isKnownOrganisationName,
  isKnownSurname,
  isLexiconOrganisation,
  isOrganisationWord,
  isPlaceWord,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  ROLE_HEADS,
} from './lexicon.js';
import { isRoleNoun } from './role-nouns.js';
import type { Token } from './tokens.js';
import { countryOfWord } from '../../vocabulary/countries.js';
import { isPartyWord } from '../../vocabulary/parties.js';

export const PEERAGES = new Set([
  'lord',
  'lady',
  'baroness',
  'baron',
  'earl',
  'viscount',
  'viscountess',
  'duke',
  'duchess',
  'countess',
  'marquess',
]);

const VENUE_TITLES = new Set(['prince', 'princess', 'queen', 'king', 'duke', 'duchess']);
const BRACKETED_COMPANY =
  /^\s*\((?:\p{Lu}[\p{L}&.-]*\s*)+\)\s+(?:Ltd|Limited|Inc|Corp|Co|Plc|PLC|Bhd|Berhad|AG|SA|NV|BV)\b/u;

const PARTNERS_COMPANY = /^(?:,\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*){1,3},?\s+(?:and|&)\s+(?:Co|Company)\b/u;

const PARTNERS_LIMITED =
  /^,\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}\s+(?:Inc|Corp|Ltd|Plc|PLC|LLC)\b(?!['\u2019])(?=\s*(?:[,.;)]|$|said\b|says\b))/u;

const FIRM_SUFFIX_AFTER =
  /^\s+(?:\p{Lu}{2,}\s+|\p{Ll}{2,4}\s+(?=\p{Ll}))?(?:Inc|Corp|Ltd|Plc|PLC|LLC|inc|corp|ltd|plc|llc)\b/u;

const QUALIFIED_MATTERS = new Set(
  'case affair trial saga scandal row inquiry film book novel series franchise era years show story'.split(' '),
);
const isPluralNoun = (word: string): boolean => /[^s]s$/.test(word) && QUALIFIED_MATTERS.has(word.slice(0, -1));

const COMPLEMENT_OPENERS = new Set(['of', 'at', 'for', 'with']);

const STREET_WORDS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'boulevard', 'bridge', 'station']);

/** Endings of abstract nouns, which surnames almost never have: "Election", "Parliament", "Ministry". */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ism|ship|ency|ance)$/;

/** Whether a chain's name part names no person: a body, a place, a people, a month, a work's title. */
const CONTRACTED_PRONOUN = /^(?:I|We|You|They|He|She|It)['\u2019](?:ve|m|ll|d|re|s)$/;

const HOME_PLACE =
  /\b(?:his|her|their|its|my|our)\s+(?:native|home\s+town(?:\s+of)?|hometown(?:\s+of)?|birthplace(?:\s+of)?|adopted)\s+$/i;
const WORK_CALLED =
  /\b(?:song|film|movie|album|single|book|novel|play|show|series|programme|program|track|poem|documentary|opera|musical)s?,?\s+(?:called|titled|entitled|named)\s+$/i;

const PLAYED_BEFORE =
  /\b(?:played|plays|playing|portrayed|portrays|portraying|starred\s+as|stars\s+as|starring\s+as)\s+(?:(?:the|a|an)\s+)?(?:(?!by\s)[\p{Ll}-]+\s+){0,2}$/u;
const PLAYED_AS_BEFORE =
  /\b(?:played|plays|playing|starred|stars|starring)\b[^.;]*\bas\s+(?:the|a|an)\s+(?:\S+\s+){0,2}$/u;
// Words of the stage and screen: "played" alone may be a match ("played top seed X in the final").
const SCREEN_WORDS =
  /\b(?:films?|movies?|roles?|characters?|series|shows?|dramas?|sitcoms?|soaps?|comedy|adaptation|musical|stage|episodes?|actors?|actress(?:es)?|starred|starring|cast)\b/i;

function isPlayedPart(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 120), start);
  return (PLAYED_BEFORE.test(before) || PLAYED_AS_BEFORE.test(before)) && SCREEN_WORDS.test(sentence);
}

export function namesNoPerson(sentence: string, tokens: Token[], split: SplitChain, titledByChain: boolean): boolean {
  const [first, last] = split.name!;
  // "her half-sister, Sadie, a black Labrador": a name an appositive calls an animal is no person's.
  if (ANIMAL_APPOSITIVE.test(sentence.slice(tokens[last]!.end))) return true;
  // "the native Maoris", "the infant Metroids": a lone plural after "the" and a word names a people.
  if (isPluralGroup(tokens, first, last)) return true;
  // "a song called Judge Y'Self", "the film entitled Vera Drake": a work's title, whoever it names.
  const chainStart = tokens[split.chain.start]!.start;
  if (WORK_CALLED.test(sentence.slice(Math.max(0, chainStart - 40), chainStart))) return true;
  // "Omar Haddad, who played the butler Kelwin, told the show's star": a part an actor plays is
  // a character, no person of the story ("played by X" is the actor). A real person a film
  // portrays is lost here too: far fewer in the corpora than invented ones.
  if (!tokens[last]!.possessive && isPlayedPart(sentence, tokens[split.chain.start]!.start)) return true;
  // "their native Monterrey", "his home town of Leeds": where someone comes from.
  const nameStart = tokens[first]!.start;
  if (HOME_PLACE.test(sentence.slice(Math.max(0, nameStart - 40), nameStart))) return true;
  const nameTokens = tokens.slice(first, last + 1);
  const organisationWord = nameTokens.some(
    (token, index) =>
      isOrganisationWord(token.lower) && token.capitalised && !NAME_PARTICLES.has(nameTokens[index + 1]?.lower ?? ''),
  );
  if (split.organisation || organisationWord) return true;
  // "at the Prince Edward", "the Queen Elizabeth II": a royal title and a name after "the" name a
  // theatre, a ship or a hospital; a royal person is written without the article.
  const opening = split.titleRoles[0]?.[0];
  if (
    opening !== undefined &&
    tokens[opening - 1]?.lower === 'the' &&
    tokens[opening]!.capitalised &&
    VENUE_TITLES.has(tokens[opening]!.lower)
  )
    return true;
  // "The joint founder of merchant bank Hambro Magan": a complement ending in a lower-case word for
  // a body goes on into that body's name ("chairman of the bank, X" keeps its comma).
  const lastTitle = split.titleRoles.at(-1);
  if (lastTitle && lastTitle[1] === first - 1) {
    const titleEnd = tokens[lastTitle[1]]!;
    const complement = tokens.slice(lastTitle[0], lastTitle[1]).some((token) => COMPLEMENT_OPENERS.has(token.lower));
    const person = isKnownFirstName(tokens[first]!.lower);
    if (complement && !person && !titleEnd.capitalised && !titleEnd.allCaps && isOrganisationWord(titleEnd.lower))
      return true;
  }
  // "its parent Cheung Kong (Holdings) Ltd": a bracketed word before a company's suffix.
  if (BRACKETED_COMPANY.test(sentence.slice(tokens[last]!.end))) return true;
  // "Dunmore Holvane Inc", "K.L. Dunmore LBO Inc unit", "K.L. Dunmore lbo inc said": a firm's
  // suffix after the name, in whatever case the wire set it, makes it the firm's.
  if (FIRM_SUFFIX_AFTER.test(sentence.slice(tokens[last]!.end))) return true;
  // "Dunmore, Holvane and Co Inc", "Marlow, Quist, Reed and Co": partners' names listed
  // before "and Co" are a firm's.
  if (PARTNERS_COMPANY.test(sentence.slice(tokens[last]!.end))) return true;
  // "lead manager Dunmore, Holvane Ltd said": a lone surname before a comma and another that a
  // firm's suffix closes is the firm's first partner.
  if (nameTokens.length === 1 && PARTNERS_LIMITED.test(sentence.slice(tokens[last]!.end))) return true;
  // "the best writer I've come across": a pronoun run into its verb names nobody.
  if (nameTokens.some((token) => CONTRACTED_PRONOUN.test(token.text))) return true;
  // "the official Ardenco news agency": a lone name before a lower-case word for a body is that body's.
  // A capitalised title still makes a person of the name ("the President Bush administration").
  const nextTwo = [tokens[last + 1], tokens[last + 2]];
  const capitalTitle = split.titleRoles.some(([from]) => tokens[from]!.capitalised);
  if (
    nameTokens.length === 1 &&
    !split.hasHonorific &&
    !capitalTitle &&
    nextTwo.some(
      (token, offset) =>
        token &&
        !token.capitalised &&
        isOrganisationWord(token.lower) &&
        !/[^\s\p{Ll}]/u.test(sentence.slice(tokens[last]!.end, token.start)) &&
        (offset === 0 || !nextTwo[0]!.capitalised),
    )
  )
    return true;
  // "the billionaire Bhs owner", "the Arsenal striker,": a lone name run into a lower-case post
  // that no name follows is what the post belongs to, no person (a title still makes one).
  const post = tokens[last + 1];
  if (
    nameTokens.length === 1 &&
    !split.hasHonorific &&
    !capitalTitle &&
    !tokens[last]!.possessive &&
    post &&
    !post.capitalised &&
    (isRoleNoun(post.lower) || ROLE_HEADS.has(post.lower)) &&
    sentence.slice(tokens[last]!.end, post.start) === ' ' &&
    !tokens[last + 2]?.capitalised
  )
    return true;
  // "the Holvane Ardenby films", "the Kelford Dunmore case": a name between "the" and a plural or a
  // word for a matter qualifies that noun; the mention names no person (a title still makes one).
  const noun = tokens[last + 1];
  if (
    nameTokens.length > 1 &&
    !split.hasHonorific &&
    split.titleRoles.length === 0 &&
    tokens[first - 1]?.lower === 'the' &&
    !tokens[last]!.possessive &&
    noun &&
    !noun.capitalised &&
    sentence.slice(tokens[last]!.end, noun.start) === ' ' &&
    (QUALIFIED_MATTERS.has(noun.lower) || isPluralNoun(noun.lower))
  )
    return true;
  // "official Opec prices", "rival Google": a lone name the lexicon knows as an organisation is
  // one, whatever title stands before it.
  if (nameTokens.length === 1 && !split.hasHonorific && isLexiconOrganisation(nameTokens[0]!.lower)) return true;
  // "Mr Smith's Budget": a lone word a titled person owns is a thing of theirs; the title is the owner's.
  if (nameTokens.length === 1 && split.hasHonorific && tokens[first - 1]?.possessive) return true;
  if (MONTHS_AND_DAYS.has(nameTokens[0]!.lower) && nameTokens.length === 1) return true;
  // "London's Regent Street": a lone street word after a capitalised one ends a place's name.
  if (
    nameTokens.length === 1 &&
    STREET_WORDS.has(nameTokens[0]!.lower) &&
    !split.hasHonorific &&
    tokens[first - 1]?.capitalised
  )
    return true;
  // "the film, A Different Story, ...", "sang The Long Road": a capitalised article inside a
  // sentence opens the title of a work or a body, never a person's name.
  const article = tokens[first - 1];
  if (first > 1 && article && ['A', 'An', 'The'].includes(article.text) && !tokens[first - 2]!.capitalised) return true;
  // "Obviously, nobody ...": an adverb capitalised by the sentence start, whatever follows the comma.
  if (nameTokens.length === 1 && first === 0 && /ly$/.test(nameTokens[0]!.lower)) return true;
  // A title vouches for a name the lexicon files as a place ("Lord Ashcroft"); without one, places are places.
  if (
    !titledByChain &&
    nameTokens.every((token) => isKnownNonPersonWord(token.lower) || isPlaceWord(token.lower) || isCountry(token.lower))
  )
    return true;
  // "oil producer Ecuador": a country or city after a role noun is still no person.
  // "Los Angeles say": a place of several words is still a place.
  // "Baroness Scotland", "Lord Ashdown": a peer's title is often a place's name.
  const peerTitled = PEERAGES.has(tokens[first - 1]?.lower ?? '');
  if (!peerTitled && isCountryOrCity(nameTokens.map((token) => token.lower).join(' '))) return true;
  // "the Lib Dems say", "Republicans": a party is no person.
  if (nameTokens.every((token) => isPartyWord(token.lower))) return true;
  // "Sri Lankan", "New Zealanders": a people named after its country is no person.
  const phrase = nameTokens.map((token) => token.lower).join(' ');
  if (nameTokens.length > 1 && (countryOfWord(phrase) ?? countryOfWord(phrase.replace(/s$/, ''))) !== undefined)
    return true;
  // "radical Muslims", "Salafists", "Palestinians": one capitalised plural of a group noun names a group.
  if (nameTokens.length === 1 && !split.hasHonorific && /(?:ist|ian|crat|ite|lim)s$/.test(nameTokens[0]!.text))
    return true;
  if (isKnownOrganisationName(nameTokens) || nameTokens.every((token) => token.initial)) return true;
  // "chief Turkish economist": a lone demonym before a role noun qualifies it ("French said" may still be a surname).
  const following = tokens[last + 1];
  if (
    nameTokens.length === 1 &&
    isDemonym(nameTokens[0]!.lower) &&
    following &&
    !following.capitalised &&
    isRoleNoun(following.lower)
  )
    return true;
  // "General Election", "chairman of the Commons": one common word after a title is no name.
  // A peerage names a person by any word but a post ("Lord Dubs", "Lord Young"; "Lord Mayor").
  const lone = nameTokens[0]!.lower;
  if (
    nameTokens.length === 1 &&
    !split.hasHonorific &&
    !(peerTitled && !isRoleNoun(lone) && !ROLE_HEADS.has(lone)) &&
    ((isKnownCommonWord(lone) && !isKnownNonPersonWord(lone)) || ABSTRACT_NOUN.test(lone))
  )
    return true;
  return false;
}

const ANIMAL_APPOSITIVE =
  /^,\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:dog|cat|horse|pony|mare|stallion|gelding|filly|colt|puppy|kitten|labrador|retriever|terrier|spaniel|collie|poodle|alsatian|greyhound|parrot|racehorse)\b/iu;

function isPluralGroup(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[first]!;
  return (
    first === last &&
    /[^s']s$/.test(word.text) &&
    !isKnownSurname(word.lower) &&
    tokens[first - 2]?.lower === 'the' &&
    tokens[first - 1] !== undefined &&
    !tokens[first - 1]!.capitalised &&
    !ROLE_HEADS.has(tokens[first - 1]!.lower)
  );
}
