/** Word lists for names and roles in news copy, on top of what compromise's lexicon knows. */
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
  challenger incumbent member members organiser organizer director-general secretary-general
  solicitor barrister magistrate detective constable sheriff marshal warden governor-general
  manager-coach skipper winger forward playmaker champion winner runner-up finalist athlete sprinter
  boxer golfer cyclist jockey trainer umpire referee composer musician guitarist drummer rapper
  comedian dj deejay director-designate filmmaker novelist poet playwright photographer designer architect
  engineer economist-in-chief strategist physician psychiatrist psychologist lord lady baroness baron earl duke
  duchess viscount diplomat diplomats democrat republican justices counsel undersecretary under-secretary
  expert experts anchor newsreader newscaster host student pensioner supt insp cllr model supermodel flanker
  pitcher shortstop linebacker prop physio backbencher frontbencher d'affaires
  seed lock hooker walker vaulter hurdler jumper thrower rower sculler
  impresario socialite plaintiff defendant bodyguard sommelier auteur raconteur starlet protegee impresaria
`);

/**
 * Ranks and offices abbreviated before a name ("Lt Col Eric Smith", "Sen. Bob Dole", "Gov Jim
 * Doyle"). Only capitalised and before a name are they titles: "Amartya Sen" ends in a surname.
 */
export const TITLE_ABBREVIATIONS = set(`
  gen lt col maj sgt capt cpl adm brig cmdr cdr lieut pte sen rep gov prof det lt-col lt-gen maj-gen brig-gen
`);

/** Bodies a role belongs to: "chair of the adult fiction judging panel". */
export const BODY_NOUNS = set(`
  panel committee board council commission team group department unit division office agency
  jury tribunal court squad bureau authority
`);

/** Nouns for a business, never a person's post: "accountancy firm Grant Thornton" names the firm. */
export const COMPANY_NOUNS = set(`
  firm company bank corporation consultancy conglomerate insurer retailer carmaker
`);

/** Military and clerical ranks that stack before a name as a separate role: "Brigadier General". */
export const RANK_PHRASES: string[][] = [
  ['brigadier', 'general'],
  ['major', 'general'],
  ['lieutenant', 'general'],
  ['lieutenant', 'colonel'],
  ['rear', 'admiral'],
  ['vice', 'admiral'],
  ['grand', 'ayatollah'],
  ['air', 'marshal'],
  ['field', 'marshal'],
  ['general'],
  ['colonel'],
  ['admiral'],
  ['captain'],
  ['major'],
  ['brigadier'],
  ['lieutenant'],
  ['sergeant'],
  ['ayatollah'],
  ['imam'],
  ['lord'],
  ['lady'],
  ['baroness'],
  ['baron'],
  ['sheikh'],
  ['cardinal'],
  ['archbishop'],
  ['bishop'],
  ['rabbi'],
  ['father'],
];

/** Courtesy titles: neither part of the name nor a role worth reporting. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame messrs messrs. mme mlle monsieur madame herr sayyed sayed seyed
  seyyed sayyid hojatoleslam hojjatoleslam rev rev. revd reverend rt rt.
`);

/** Lower-case words that may sit inside a role phrase before its head: "chief executive", "prime minister". */
export const ROLE_MODIFIERS = set(`
  foreign finance interior defense defence prime deputy vice former retired acting executive chief senior assistant
  junior shadow managing general trade economic economy health education home energy oil agriculture
  agricultural justice labour labor industry commerce transport transportation environment culture
  information intelligence security treasury budget fiscal monetary central national state federal
  regional local provincial city party opposition union team club company bank group first second
  executive-vice senior-vice international financial chief-executive commercial marketing sales research sporting arms
  operating
  investment equity bond currency market markets oil-industry petroleum mining steel auto automotive
  farm dairy grain sugar coffee cocoa sports culture tourism housing development planning social welfare
  employment communications telecommunications technology science foreign-affairs affairs home-office
  liberal conservative democratic republican labour-party tory political military army navy naval air
  police fire prison court supreme high appeals appeal district royal imperial crown ruling governing
  outgoing incoming retiring departing newly-appointed new interim caretaker joint co lead leading top
  veteran long-time longtime staff campaign election press media policy spin communications founding
  second third fourth fifth sixth seventh eighth ninth tenth mines early original one-time onetime
  world
`);

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

/** Letters after a name that say what office its bearer holds: "Paul Boateng MP". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'QC', 'KC', 'TD']);

/** Verbs that give someone a post as their second object: "named X president", "elected X as chairman". */
export const APPOINTING_VERBS = new Set([
  'named',
  'appointed',
  'elected',
  'nominated',
  'hired',
  'promoted',
  'installed',
]);
