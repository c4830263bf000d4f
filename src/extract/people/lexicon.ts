/**
 * Word lists for finding people and their roles. compromise's own lexicon supplies first and last
 * names, places, demonyms and organisation words; the lists here add what news copy needs on top.
 */
import nlp from 'compromise';
import { countryOfWord } from '../../vocabulary/countries.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './word-lists.js';

export * from './word-lists.js';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as CompromiseModel;

function lexiconTags(word: string): string[] {
  const tags = model.one.lexicon[word];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const NOT_PERSON_TAGS = new Set([
  'Country',
  'City',
  'Region',
  'Place',
  'Demonym',
  'Month',
  'WeekDay',
  'Organization',
  'SportsTeam',
  'Currency',
  'Date',
  'Holiday',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'QuestionWord',
]);

export function isKnownFirstName(lower: string): boolean {
  return lexiconTags(lower).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/** A word the lexicon knows only as a noun ("wang"), not as an adverb, verb or place ("now", "vote", "north"). */
export function isOnlyNoun(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => tag === 'Noun' || tag === 'Singular');
}

/** A family name (or a name of either kind) compromise's lexicon knows: "yi", "lee", "hu". */
export function isKnownSurname(lower: string): boolean {
  return lexiconTags(lower).some((tag) => tag === 'LastName' || tag === 'Person' || tag === 'FirstName');
}

export function isKnownPersonWord(lower: string): boolean {
  return lexiconTags(lower).some((tag) => PERSON_TAGS.has(tag));
}

/** A word compromise knows only as an organisation ("opec", "google"). */
export function isLexiconOrganisation(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => tag === 'Organization' || tag === 'ProperNoun');
}

/** A word compromise knows as a place, month, organisation ... and never as a name. */
export function isKnownNonPersonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.some((tag) => NOT_PERSON_TAGS.has(tag)) && !tags.some((tag) => PERSON_TAGS.has(tag));
}

/** A word compromise knows only as a common word (noun, verb, adjective ...), never as a name. */
export function isKnownCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((tag) => PERSON_TAGS.has(tag));
}

const ADVERB_OR_VERB_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Expression']);

/** "Indeed", "Meanwhile", "Noting": words capitalised only because they open a sentence. */
export function isKnownAdverbOrVerb(lower: string): boolean {
  if (ROLE_MODIFIERS.has(lower) || ROLE_HEADS.has(lower)) return false;
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => ADVERB_OR_VERB_TAGS.has(tag) || tag === 'PhrasalVerb');
}

/**
 * "Welcoming Soviet leader X's offer, Reagan said": a present participle opening the sentence
 * governs the title that follows; it is no part of it ("Acting President" and "Managing Director"
 * are titles' own words).
 */
export function isParticipleOpener(lower: string): boolean {
  if (!lower.endsWith('ing') || ROLE_MODIFIERS.has(lower) || ROLE_HEADS.has(lower)) return false;
  return lexiconTags(lower).includes('Gerund');
}

export function isCountryOrCity(lower: string): boolean {
  if (WORLD_REGIONS.has(lower)) return true;
  const tags = lexiconTags(lower);
  return (
    (tags.includes('Country') || tags.includes('City') || tags.includes('Region')) &&
    !tags.some((tag) => PERSON_TAGS.has(tag))
  );
}

// Parts of the world compromise's lexicon does not tag as places ("general manager Europe").
const WORLD_REGIONS = new Set([
  'europe',
  'asia',
  'africa',
  'americas',
  'oceania',
  'antarctica',
  'scandinavia',
  'caribbean',
  'latin america',
  'north america',
  'south america',
  'central america',
  'middle east',
  'far east',
  'asia pacific',
]);

/** "New York", "Hong Kong", "Sri Lanka": two words that name one place, never a title's end and a name's start. */
export function isPlacePair(firstLower: string, secondLower: string): boolean {
  return isCountryOrCity(`${firstLower} ${secondLower}`);
}

export function isDemonym(lower: string): boolean {
  return lexiconTags(lower).includes('Demonym') || countryOfWord(lower) !== undefined;
}

export function isCountry(lower: string): boolean {
  return lexiconTags(lower).includes('Country');
}

/** Capitalised words that show a run of capitals is an organisation rather than a person. */
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

const EXTRA_ORG_WORDS = set(`
  corp corp. corporation inc inc. co co. ltd ltd. plc llc ag sa nv bv spa gmbh cos cos. group holdings industries
  bancorp banc bankshares financial securities partners investors associates brothers bros bros. trust fund
  funds exchange markets reserve companies company enterprises ministry department office council committee commission board authority
  party parliament congress senate assembly government administration court tribunal agency service
  news times post journal herald telegraph tribune gazette press radio television tv network networks
  airlines airways motors petroleum oil energy resources mining minerals steel chemicals chemical
  pharmaceuticals systems technologies technology communications electric electronics international
  university college school institute institution foundation society union federation league club united city
  rovers athletic wanderers hotspur albion county stadium festival awards prize cup championship
  organization organisation association coalition alliance movement front army navy forces police
  guard guards brigade brigades corps unit units command award medal trophy memorial lecture
  theatre theater cinema arena playhouse auditorium pavilion studios gallery
`);

const EXTRA_PLACE_WORDS = set(`
  street st road avenue boulevard square province state states republic kingdom emirates island islands sea
  ocean river lake mount mountains valley gulf strait canal bay coast county district region city town
  village airport port harbour harbor bridge north south east west northern southern eastern western
  central middle far near
`);

/** Firms named after people, too common in financial news to be taken for them. */
const ORGANISATION_NAMES = new Set([
  'merrill lynch',
  'salomon brothers',
  'dillon read',
  'freddie mac',
  'fannie mae',
  'ginnie mae',
  'sallie mae',
  'morgan stanley',
  'goldman sachs',
  'dean witter',
  'kidder peabody',
  'drexel burnham',
  'shearson lehman',
  'smith barney',
  'paine webber',
  'thomson mckinnon',
  'prudential bache',
  'first boston',
  'lehman brothers',
  'bear stearns',
  'morgan grenfell',
  'warburg',
  'lazard freres',
  'hambros',
  'kleinwort benson',
  'james capel',
  'hoare govett',
  'phillips drew',
  'wood mackenzie',
  'scrimgeour vickers',
  'county natwest',
  'marks spencer',
  'procter gamble',
  'johnson johnson',
  'ernst whinney',
  'arthur andersen',
  'peat marwick',
  'arthur young',
  'price waterhouse',
  'coopers lybrand',
  'touche ross',
  'deloitte haskins',
  'standard poor',
  'moody',
  'dow jones',
  'rolls royce',
  'mercedes benz',
  'louis dreyfus',
  'charles schwab',
  'edward jones',
  'piper jaffray',
  'alex brown',
  'oppenheimer',
  'hutton',
  'donaldson lufkin',
  'wertheim schroder',
  'schroder',
  'rothschild',
]);

export function isKnownOrganisationName(tokens: Array<{ lower: string }>): boolean {
  const words = tokens
    .map((token) => token.lower.replace(/[^a-z ]/g, ' ').trim())
    .join(' ')
    .split(/\s+/);
  return ORGANISATION_NAMES.has(words.slice(0, 2).join(' ')) || ORGANISATION_NAMES.has(words[0] ?? '');
}

export function isOrganisationWord(lower: string): boolean {
  return EXTRA_ORG_WORDS.has(lower) || model.two.orgWords[lower] === true;
}

export function isPlaceWord(lower: string): boolean {
  return EXTRA_PLACE_WORDS.has(lower) || model.two.placeWords[lower] === true;
}
