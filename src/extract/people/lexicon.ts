import nlp from 'compromise';

/**
 * Word lists for finding people and their roles. compromise's own lexicon supplies first and last
 * names, places, demonyms and organisation words; the lists here add what news copy needs on top.
 */
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
  'Country', 'City', 'Region', 'Place', 'Demonym', 'Month', 'WeekDay', 'Organization', 'SportsTeam',
  'Currency', 'Date', 'Holiday', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord',
]);

export function isKnownFirstName(lower: string): boolean {
  return lexiconTags(lower).some((tag) => FIRST_NAME_TAGS.has(tag));
}

export function isKnownPersonWord(lower: string): boolean {
  return lexiconTags(lower).some((tag) => PERSON_TAGS.has(tag));
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

export function isCountryOrCity(lower: string): boolean {
  const tags = lexiconTags(lower);
  return (tags.includes('Country') || tags.includes('City') || tags.includes('Region')) && !tags.some((tag) => PERSON_TAGS.has(tag));
}

export function isDemonym(lower: string): boolean {
  return lexiconTags(lower).includes('Demonym') || DEMONYM_TO_COUNTRY.has(lower);
}

export function isCountry(lower: string): boolean {
  return lexiconTags(lower).includes('Country');
}

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Nouns that head a role: "Defense Minister", "an analyst", "his Russian counterpart". */
export const ROLE_HEADS = set(`
  minister ministers president vice-president secretary chairman chairwoman chairperson chair chief ceo cfo coo
  executive director directors spokesman spokeswoman spokesperson analyst analysts economist economists
  governor senator congressman congresswoman representative ambassador envoy leader counterpart general
  colonel admiral commander officer official head manager treasurer mayor judge justice prosecutor attorney
  lawyer king queen prince princess pope ayatollah imam cleric premier chancellor trader dealer broker
  strategist partner founder owner coach captain striker midfielder defender goalkeeper player singer
  actor actress star producer writer author editor correspondent reporter presenter professor researcher
  scientist campaigner activist mp mep msp candidate deputy aide adviser advisor negotiator delegate
  commissioner sheikh emir sultan speaker whip boss superintendent inspector sergeant lieutenant major
  brigadier marshal bishop archbishop cardinal rabbi chaplain consultant controller comptroller auditor
  clerk registrar dean rector principal teacher doctor surgeon nurse spokesmen officials leaders
  founder co-founder shareholder investor banker businessman businesswoman entrepreneur tycoon magnate
  billionaire millionaire heir heiress wife husband widow son daughter father mother brother sister
  vice-chairman vice-chair deputy-chairman president-elect chief-executive administrator
  representative commandant commissar monarch regent crown nominee appointee successor predecessor
  opponent rival challenger incumbent member members organiser organizer director-general secretary-general
  solicitor barrister magistrate detective constable sheriff marshal warden governor-general
  manager-coach skipper winger forward playmaker champion winner runner-up finalist athlete sprinter
  boxer golfer cyclist jockey trainer umpire referee composer musician guitarist drummer rapper
  comedian director-designate filmmaker novelist poet playwright photographer designer architect
  engineer economist-in-chief strategist physician psychiatrist psychologist lord lady baroness baron earl duke
  duchess viscount diplomat diplomats democrat republican justices
`);

/** Military and clerical ranks that stack before a name as a separate role: "Brigadier General". */
export const RANK_PHRASES: string[][] = [
  ['brigadier', 'general'], ['major', 'general'], ['lieutenant', 'general'], ['lieutenant', 'colonel'],
  ['rear', 'admiral'], ['vice', 'admiral'], ['grand', 'ayatollah'], ['air', 'marshal'], ['field', 'marshal'],
  ['general'], ['colonel'], ['admiral'], ['captain'], ['major'], ['brigadier'], ['lieutenant'], ['sergeant'],
  ['ayatollah'], ['imam'], ['lord'], ['lady'], ['baroness'], ['baron'], ['sheikh'], ['cardinal'], ['archbishop'], ['bishop'], ['rabbi'], ['father'],
];

/** Courtesy titles: neither part of the name nor a role worth reporting. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame messrs messrs. mme mlle monsieur madame herr sayyed sayed seyed
  seyyed sayyid hojatoleslam hojjatoleslam
`);

/** Lower-case words that may sit inside a role phrase before its head: "chief executive", "prime minister". */
export const ROLE_MODIFIERS = set(`
  foreign finance interior defense defence prime deputy vice former acting executive chief senior assistant
  junior shadow managing general trade economic economy health education home energy oil agriculture
  agricultural justice labour labor industry commerce transport transportation environment culture
  information intelligence security treasury budget fiscal monetary central national state federal
  regional local provincial city party opposition union team club company bank group first second
  executive-vice senior-vice international financial chief-executive commercial marketing sales research
  investment equity bond currency market markets oil-industry petroleum mining steel auto automotive
  farm dairy grain sugar coffee cocoa sports culture tourism housing development planning social welfare
  employment communications telecommunications technology science foreign-affairs affairs home-office
  liberal conservative democratic republican labour-party tory political military army navy naval air
  police fire prison court supreme high appeals appeal district royal imperial crown ruling governing
  outgoing incoming retiring departing newly-appointed new interim caretaker joint co lead leading top
  veteran long-time longtime staff campaign election press media policy spin communications
`);

/** Capitalised words that show a run of capitals is an organisation rather than a person. */
const EXTRA_ORG_WORDS = set(`
  corp corp. corporation inc inc. co co. ltd ltd. plc llc ag sa nv bv spa gmbh cos cos. group holdings industries
  bancorp banc bankshares financial securities partners investors associates brothers bros bros. trust fund
  funds exchange markets reserve companies company enterprises ministry department office council committee commission board authority
  party parliament congress senate assembly government administration court tribunal agency service
  news times post journal herald telegraph tribune gazette press radio television tv network networks
  airlines airways motors petroleum oil energy resources mining minerals steel chemicals chemical
  pharmaceuticals systems technologies technology communications electric electronics international
  university college school institute foundation society union federation league club united city
  rovers athletic wanderers hotspur albion county stadium festival awards prize cup championship
  organization organisation association coalition alliance movement front army navy forces police
  guard guards brigade brigades corps unit units command award medal trophy memorial lecture
`);

const EXTRA_PLACE_WORDS = set(`
  street st road avenue boulevard square province state states republic kingdom emirates island islands sea
  ocean river lake mount mountains valley gulf strait canal bay coast county district region city town
  village airport port harbour harbor bridge north south east west northern southern eastern western
  central middle far near
`);

/** Firms named after people, too common in financial news to be taken for them. */
const ORGANISATION_NAMES = new Set([
  'merrill lynch', 'salomon brothers', 'dillon read', 'freddie mac', 'fannie mae', 'ginnie mae', 'sallie mae',
  'morgan stanley', 'goldman sachs', 'dean witter', 'kidder peabody', 'drexel burnham', 'shearson lehman',
  'smith barney', 'paine webber', 'thomson mckinnon', 'prudential bache', 'first boston', 'lehman brothers',
  'bear stearns', 'morgan grenfell', 'warburg', 'lazard freres', 'hambros', 'kleinwort benson', 'james capel',
  'hoare govett', 'phillips drew', 'wood mackenzie', 'scrimgeour vickers', 'county natwest', 'marks spencer',
  'procter gamble', 'johnson johnson', 'ernst whinney', 'arthur andersen', 'peat marwick', 'arthur young',
  'price waterhouse', 'coopers lybrand', 'touche ross', 'deloitte haskins', 'standard poor', 'moody',
  'dow jones', 'rolls royce', 'mercedes benz', 'louis dreyfus', 'charles schwab', 'edward jones', 'piper jaffray',
  'alex brown', 'oppenheimer', 'hutton', 'donaldson lufkin', 'wertheim schroder', 'schroder', 'rothschild',
]);

export function isKnownOrganisationName(tokens: Array<{ lower: string }>): boolean {
  const words = tokens.map((token) => token.lower.replace(/[^a-z ]/g, ' ').trim()).join(' ').split(/\s+/);
  return ORGANISATION_NAMES.has(words.slice(0, 2).join(' ')) || ORGANISATION_NAMES.has(words[0] ?? '');
}

export function isOrganisationWord(lower: string): boolean {
  return EXTRA_ORG_WORDS.has(lower) || model.two.orgWords[lower] === true;
}

export function isPlaceWord(lower: string): boolean {
  return EXTRA_PLACE_WORDS.has(lower) || model.two.placeWords[lower] === true;
}

export const MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** Particles that join the parts of a name: "Osama bin Laden", "Ludwig van Beethoven". */
export const NAME_PARTICLES = set(`bin ibn bint al al- el de del della der den di du da dos das van von la le ter ten`);

export const NAME_SUFFIXES = set(`jr jr. sr sr. ii iii iv`);

/** Verbs of saying that show the capitalised subject before them is a speaker, hence a person. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated states noted notes stressed stresses warned warns explained
  explains asked asks argued argues insisted insists declared declares announced announces replied replies
  commented comments claimed claims conceded concedes acknowledged acknowledges emphasised emphasized
  underlined underlines urged urges called predicted predicts believes believed wrote writes
`);

/** Words that are capitalised at a sentence start and never begin a name. */
export const SENTENCE_WORDS = set(`
  the a an this that these those it its he she they we i you his her their our my your but and or
  in on at of for with from by to as if when while after before since during under over about
  there here what which who whom whose where why how however meanwhile also yet so then thus still
  according despite although though because unlike like both either neither each every some many most
  all any no not one two three four five six seven eight nine ten earlier later last next new other
  another such only even just please share today yesterday tomorrow mr mrs ms dr
`);

/** Nationality adjectives mapped to their country, so "Iran's minister" finds "Iranian Minister". */
export const DEMONYM_TO_COUNTRY = new Map<string, string>(
  Object.entries({
    american: 'us', 'u.s.': 'us', 'u.s': 'us', usa: 'us', us: 'us', america: 'us', british: 'uk', britain: 'uk',
    'u.k.': 'uk', uk: 'uk', english: 'england', scottish: 'scotland', welsh: 'wales', irish: 'ireland',
    iranian: 'iran', iraqi: 'iraq', syrian: 'syria', lebanese: 'lebanon', russian: 'russia', soviet: 'ussr',
    chinese: 'china', japanese: 'japan', german: 'germany', 'west german': 'germany', french: 'france',
    italian: 'italy', spanish: 'spain', israeli: 'israel', palestinian: 'palestine', egyptian: 'egypt',
    saudi: 'saudi', turkish: 'turkey', indian: 'india', pakistani: 'pakistan', afghan: 'afghanistan',
    canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', argentine: 'argentina', australian: 'australia',
    dutch: 'netherlands', belgian: 'belgium', swiss: 'switzerland', swedish: 'sweden', norwegian: 'norway',
    danish: 'denmark', finnish: 'finland', polish: 'poland', greek: 'greece', portuguese: 'portugal',
    kuwaiti: 'kuwait', jordanian: 'jordan', libyan: 'libya', nigerian: 'nigeria', korean: 'korea',
    ukrainian: 'ukraine', venezuelan: 'venezuela', indonesian: 'indonesia', filipino: 'philippines',
    philippine: 'philippines', malaysian: 'malaysia', thai: 'thailand', vietnamese: 'vietnam',
    colombian: 'colombia', chilean: 'chile', peruvian: 'peru', ecuadorean: 'ecuador', ecuadorian: 'ecuador',
    austrian: 'austria', hungarian: 'hungary', czech: 'czech', yugoslav: 'yugoslavia', qatari: 'qatar',
    emirati: 'uae', yemeni: 'yemen', omani: 'oman', bahraini: 'bahrain', algerian: 'algeria',
    moroccan: 'morocco', tunisian: 'tunisia', kenyan: 'kenya', 'south african': 'south africa', zambian: 'zambia',
    zimbabwean: 'zimbabwe', taiwanese: 'taiwan', singaporean: 'singapore', european: 'europe', kurdish: 'kurdistan',
  }),
);
