/**
 * Role nouns are an open class (analyst, marine biologist, scrum-half, tournament director,
 * fiction buyer): a word is taken for one by its form and by what compromise's lexicon says of
 * it, on top of the closed list of titles (ROLE_HEADS), rather than by a list of jobs.
 */
import nlp from 'compromise';
import {
  isCountryOrCity,
  isDemonym,
  isOrganisationWord,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  TITLE_ABBREVIATIONS,
} from './lexicon.js';

const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb', 'PhrasalVerb']);
const isVerb = (word: string): boolean => tagsOf(word).some((tag) => VERB_TAGS.has(tag));

/** Nouns in -er and -or that name things, not people, though their stem is a verb. */
const THING_AGENT_NOUNS = new Set(
  `answer banner border buffer center centre charter chapter computer container cooler corner counter cover
  dinner elevator filter folder freezer heater indicator layer letter manner marker matter meter
  monitor motor number offer order paper poster power printer processor quarter reactor refrigerator register
  router scanner sector shelter sticker timer tower tractor trailer transfer trigger water winter summer
  weather error factor favour favor honour honor labour labor flavour flavor mirror minor major
  career hunger butter litter drawer veneer beer deer steer sheer cheer sneer leer merger liner
  sweater thriller blender charger cracker roller burner hanger boiler mixer dryer washer opener cutter
  shocker stunner sizzler spoiler trailer sampler bestseller best-seller topper`.split(/\s+/),
);

/**
 * Positions on a team: "scrum-half", "full-back", "wicket-keeper"; only people play them. A keeper
 * alone is one too ("home keeper X"): only people keep goal, a shop or a zoo.
 */
const SPORTS_POSITION = /(?:^|-)keeper$|-(?:half|back|forward|rounder|in-chief|at-large)$/;

/** Compound endings that make an adjective, not a role: "62-year-old", "Paris-based", "so-called". */
export const ADJECTIVE_COMPOUND =
  /-(?:old|based|born|bred|called|styled|known|like|backed|led|owned|run|made|only|wide)$/;

/** The verb an agent noun in -er or -or is made from: strike -> striker, drum -> drummer, negotiate -> negotiator. */
function hasVerbStem(word: string): boolean {
  const match = /^(.{2,}?)(e?r|or)$/.exec(word);
  if (!match) return false;
  const stem = word.replace(/(?:er|or|r)$/, '');
  const candidates = [
    stem,
    `${stem}e`,
    word.slice(0, -1), // "manager" -> "manage"
    /(.)\1$/.test(stem) ? stem.slice(0, -1) : '', // "drummer" -> "drum"
    word.endsWith('ator') ? `${word.slice(0, -3)}e` : '', // "negotiator" -> "negotiate"
    word.endsWith('tator') ? word.slice(0, -4) : '', // "commentator" -> "comment"
    word.endsWith('ier') ? `${word.slice(0, -3)}y` : '', // "carrier" -> "carry"
  ];
  return candidates.some((candidate) => candidate.length >= 2 && (isVerb(candidate) || isNounAndVerb(candidate)));
}

/** "lecture", "run", "bid": a noun the lexicon lists alone that compromise still reads as a verb. */
function isNounAndVerb(word: string): boolean {
  return tagsOf(word).includes('Singular') && nlp(word).verbs().length > 0;
}

const roleNounCache = new Map<string, boolean>();
const modifierCache = new Map<string, boolean>();
const MAX_CACHED = 50_000;

function remember(cache: Map<string, boolean>, word: string, verdict: boolean): boolean {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, verdict);
  return verdict;
}

/** A lower-case noun that names what a person is or does, from the word alone. */
export function isRoleNoun(lower: string): boolean {
  const known = roleNounCache.get(lower);
  return known ?? remember(roleNounCache, lower, judgeRoleNoun(lower));
}

/** Indefinite pronouns compromise files as actors. */
const PRONOUN_NOUNS = /^(?:no|some|any|every)(?:body|one)$|^no-one$/;

/** Words for a person that say nothing of a role: "John Smith, a 30-year-old man from Leeds". */
const PLAIN_PERSON_WORDS = new Set([
  'man',
  'woman',
  'person',
  'boy',
  'girl',
  'child',
  'kid',
  'guy',
  'lady',
  'gentleman',
  'human',
  // An age says nothing of a post: "teenager Danny Graham" ("veteran" stays: "Navy veteran").
  'teenager',
  'teen',
  'youngster',
  'newcomer',
  'schoolboy',
  'schoolgirl',
]);

function judgeRoleNoun(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  if (PRONOUN_NOUNS.test(lower) || PLAIN_PERSON_WORDS.has(lower) || THING_AGENT_NOUNS.has(lower)) return false;
  if (lower.length < 4 || !/^[\p{Ll}][\p{Ll}-]*[\p{Ll}]$/u.test(lower)) return false;
  if (lower.includes('-')) {
    // "a four-lock canal": a number before the hyphen makes a count of things.
    if (ADJECTIVE_COMPOUND.test(lower) || NUMBER_FIRST.test(lower)) return false;
    const last = lower.slice(lower.lastIndexOf('-') + 1);
    // "vice-chancellor", "deputy-governor", "co-founder"; "scrum-half", "centre-back" name a position.
    return judgeRoleNoun(last) || SPORTS_POSITION.test(lower);
  }
  const tags = tagsOf(lower);
  // "users", "spirits": a plural names a group, not the person an appositive describes.
  if (tags.includes('Plural')) return false;
  if (tags.includes('Actor')) return true;
  if (tags.some((tag) => tag !== 'Singular' && tag !== 'Noun' && tag !== 'Uncountable') && !tags.includes('Actor')) {
    // "judge", "coach", "head" are verbs and titles alike: those are in ROLE_HEADS; the rest of the
    // lexicon's verbs and adjectives ("former", "half") are no role.
    return false;
  }
  if (isDemonym(lower)) return false;
  if (isPersonNounByForm(lower)) return true;
  if (/(?:er|or)$/.test(lower)) return !THING_AGENT_NOUNS.has(lower) && hasVerbStem(lower);
  return false;
}

const NUMBER_FIRST = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)-/;
const VERBS_IN_SIST = /^(?:as|in|per|re|con|de|sub|ex)?sist$/;

function isPersonNounByForm(lower: string): boolean {
  if (/(?:man|woman|person)$/.test(lower) && lower.length > 6) return !/(?:human|german|roman)$/.test(lower);
  // "assist", "insist" are verbs the lexicon may not list; "bassist" is a player, "decathlete" an athlete.
  return (
    /(?:ist|ician|arian|ographer|ologist|eer|athlete)$/.test(lower) &&
    !VERBS_IN_SIST.test(lower) &&
    // "engineer", "volunteer" are people; "career" is not ("Earlier in his career, X").
    !THING_AGENT_NOUNS.has(lower) &&
    !isVerb(lower)
  );
}

/**
 * Whether a role shows its holder is a person. Agent nouns in -er and -or fit firms as well
 * ("parts maker", "telecoms regulator", "data services provider"), so they describe a person
 * already known to be one but never make a capitalised word a person.
 */
export function vouchesForPerson(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  let preposition = words.findIndex((word, index) => index > 0 && COMPLEMENT_START.has(word));
  // "Bank of Japan chief", "Ministry of Defence spokesman": the "of" is inside an institution's name.
  if (preposition > 0 && isOrganisationWord(words[preposition - 1]!) && !ROLE_HEADS.has(words[preposition - 1]!)) {
    preposition = -1;
  }
  const head = (preposition > 0 ? words[preposition - 1] : words[words.length - 1])!
    .replace(/['\u2019]s$/, '')
    .replace(/-(?:designate|elect|nominate)$/, '');
  if (isPluralRole(head)) return false;
  // "Prof Smith", "Lt. Col. Smith": an abbreviated rank or office is a person's; but "Sgt" also
  // names albums, guns and shows after a character ("Sgt Pepper", "the Sgt. York gun").
  const abbreviation = head.replace(/\.$/, '');
  if (TITLE_ABBREVIATIONS.has(abbreviation)) return abbreviation !== 'sgt';
  if (ROLE_HEADS.has(head)) return !ORGANISATION_ROLES.has(head);
  const last = head.slice(head.lastIndexOf('-') + 1);
  if (last !== head && ROLE_HEADS.has(last)) return !ORGANISATION_ROLES.has(last);
  if (SPORTS_POSITION.test(head)) return true;
  // compromise's "Actor" takes in "maker" and "provider": only other forms say person.
  return isPersonNounByForm(last) || (tagsOf(last).includes('Actor') && !/(?:er|or)$/.test(last));
}

/** Whether the role's head, before any complement, is a listed role noun a company does not hold. */
export function headsListedRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  // "general manager Europe": a region after the head says where the post is.
  while (words.length > 1 && isCountryOrCity(words[words.length - 1]!)) words.pop();
  const preposition = words.findIndex((word, index) => index > 0 && COMPLEMENT_START.has(word));
  const head = (preposition > 0 ? words[preposition - 1] : words[words.length - 1])!;
  return ROLE_HEADS.has(head) && !ORGANISATION_ROLES.has(head);
}

const COMPLEMENT_START = new Set(['of', 'at', 'for', 'with', 'in', 'to', 'from', 'on', 'who', 'whose']);
/** Titles a company holds as often as a person: "rival Google", "Google, a shareholder in ...". */
const ORGANISATION_ROLES = new Set(
  `rival leader shareholder investor owner partner member members winner champion runner-up finalist producer
  heir successor predecessor opponent challenger incumbent trader dealer broker`.split(/\s+/),
);

const NOT_MODIFIER_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'PastTense',
  'Copula',
  'Modal',
  'QuestionWord',
  'Auxiliary',
  'Gerund',
  'Negative',
  'Possessive',
  'Value',
  'Cardinal',
  'Ordinal',
  'Verb',
  'PresentTense',
  'Date',
  'Duration',
  'Month',
  'WeekDay',
]);

/** Function words the lexicon files as adjectives: "behind", "ahead". */
const FUNCTION_WORDS = new Set(
  `behind ahead above below near inside outside via per within without against among amid despite toward towards
  onto upon like unlike plus minus except including between beyond throughout around across along
  over into after before during since through`.split(/\s+/),
);

/** Verbs that also make compound nouns before a head: "touch judge", "race director", "support worker". */
export function isVerbLikeModifier(lower: string): boolean {
  return tagsOf(lower).some((tag) => tag === 'Infinitive');
}

/**
 * A lower-case word that may stand inside a role before its head noun: "touch judge", "fiction
 * buyer", "former immigration minister", "heptathlon bronze medallist", "local government".
 * Nouns and adjectives are; function words, past tenses and adverbs end the role.
 */
export function isRoleModifierWord(lower: string): boolean {
  const known = modifierCache.get(lower);
  return known ?? remember(modifierCache, lower, judgeModifier(lower));
}

/**
 * A word the lexicon knows as a noun or adjective: "Economy", "Trade", never "Berlusconi" or
 * "Cheadle"; a plural by its singular ("Ways and Means", which the lexicon lists only as "way").
 */
export function isKnownNounOrAdjective(lower: string): boolean {
  const known = (word: string): boolean =>
    tagsOf(word).some((tag) => ['Noun', 'Singular', 'Uncountable', 'Adjective'].includes(tag));
  return known(lower) || (/[^s]s$/.test(lower) && known(lower.slice(0, -1)));
}

function judgeModifier(lower: string): boolean {
  if (ROLE_MODIFIERS.has(lower) || ROLE_HEADS.has(lower)) return true;
  if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(lower) || lower.length < 2) return false;
  // "drug-testing expert", "long-serving chairman": a word and a participle make an adjective.
  const compound = /^(\p{Ll}+)-\p{Ll}+ing$/u.exec(lower);
  if (compound) return !FUNCTION_WORDS.has(compound[1]!);
  if (/(?:ly|ing)$/.test(lower) || (/ed$/.test(lower) && lower.length > 4) || FUNCTION_WORDS.has(lower)) return false;
  return !tagsOf(lower).some((tag) => NOT_MODIFIER_TAGS.has(tag));
}

/** "the Devon diva started her career": a past tense ends a noun phrase ("rights", "markets" are nouns too). */
export function isFiniteVerb(lower: string): boolean {
  return tagsOf(lower).includes('PastTense');
}

/** "analysts", "officials", "spokesmen": a group, so "analysts Gartner" names a firm, not a person. */
export function isPluralRole(word: string): boolean {
  if (/men$/.test(word) && ROLE_HEADS.has(word.replace(/men$/, 'man'))) return true;
  // "co-chairmen", "vice-presidents": the plural of a hyphenated head is its last part's.
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (last !== word && last.length > 3 && isPluralRole(last)) return true;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && ROLE_HEADS.has(word.slice(0, -1));
}

/** Whether every role of a name is a group's ("analysts Gartner"): then the name is no person. */
export function namesGroupOnly(roles: readonly string[]): boolean {
  return (
    roles.length > 0 &&
    roles.every((role) => {
      const words = role.toLowerCase().split(/\s+/);
      return isPluralRole(words[words.length - 1]!.replace(/['\u2019]s$/, ''));
    })
  );
}

/** A head noun the lexicon or the title list gives to people: "blogger", "producer", not "generator". */
export function namesPersonRole(lower: string): boolean {
  return (
    ROLE_HEADS.has(lower) ||
    isPersonNounByForm(lower) ||
    (tagsOf(lower).includes('Actor') && !PLAIN_PERSON_WORDS.has(lower))
  );
}

const presentVerbCache = new Map<string, boolean>();

/**
 * "DiCaprio plays millionaire Howard Hughes": a word in -s between a capitalised subject and a
 * title is the subject's verb, as compromise reads the three words together.
 */
export function readsAsPresentVerb(subject: string, word: string, next: string): boolean {
  const key = `${subject} ${word} ${next}`;
  const known = presentVerbCache.get(key);
  if (known !== undefined) return known;
  const terms = nlp(key).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  // "England sevens coach": a plural of a number or a noun is no verb, whatever the three read as.
  const stem = nlp(word.slice(0, -1)).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  const verdict = (terms?.[1]?.tags.includes('PresentTense') ?? false) && (stem?.[0]?.tags.includes('Verb') ?? false);
  return remember(presentVerbCache, key, verdict);
}
