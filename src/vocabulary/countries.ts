/**
 * Countries and the words that name them: the country ("Qatar"), its demonym ("Qatari"), and
 * common aliases ("Britain", "U.S."). Every form maps to one key, so "Qatar", "Qatari" and
 * "Qatar's" are one country and an Omani minister never answers a Qatari question.
 *
 * One line a country: key | the forms (the key's own name first). Multi-word forms are matched
 * as phrases before a text is split into words.
 */
const TABLE = `
afghanistan|afghanistan,afghan
albania|albania,albanian
algeria|algeria,algerian
angola|angola,angolan
argentina|argentina,argentine,argentinian,argentinean
armenia|armenia,armenian
australia|australia,australian
austria|austria,austrian
azerbaijan|azerbaijan,azerbaijani,azeri
bahrain|bahrain,bahraini
bangladesh|bangladesh,bangladeshi
belarus|belarus,belarusian,byelorussian
belgium|belgium,belgian
bolivia|bolivia,bolivian
bosnia|bosnia,bosnian,bosnia-herzegovina
botswana|botswana
brazil|brazil,brazilian
bulgaria|bulgaria,bulgarian
burma|burma,burmese,myanmar
cambodia|cambodia,cambodian
cameroon|cameroon,cameroonian
canada|canada,canadian
chile|chile,chilean
china|china,chinese,prc
colombia|colombia,colombian
congo|congo,congolese
costa rica|costa rica,costa rican
croatia|croatia,croatian
cuba|cuba,cuban
cyprus|cyprus,cypriot
czech|czech republic,czechia,czech,czechoslovakia,czechoslovak
denmark|denmark,danish,dane
dominican republic|dominican republic,dominican
ecuador|ecuador,ecuadorean,ecuadorian
egypt|egypt,egyptian
el salvador|el salvador,salvadoran,salvadorean
estonia|estonia,estonian
ethiopia|ethiopia,ethiopian
finland|finland,finnish,finn
france|france,french
georgia|georgia,georgian
germany|germany,german,west germany,west german,east germany,east german
ghana|ghana,ghanaian
greece|greece,greek
guatemala|guatemala,guatemalan
haiti|haiti,haitian
honduras|honduras,honduran
hong kong|hong kong
hungary|hungary,hungarian
iceland|iceland,icelandic
india|india,indian
indonesia|indonesia,indonesian
iran|iran,iranian
iraq|iraq,iraqi
ireland|ireland,irish,eire
israel|israel,israeli
italy|italy,italian
ivory coast|ivory coast,ivorian,cote d'ivoire
jamaica|jamaica,jamaican
japan|japan,japanese
jordan|jordan,jordanian
kazakhstan|kazakhstan,kazakh
kenya|kenya,kenyan
kuwait|kuwait,kuwaiti
latvia|latvia,latvian
lebanon|lebanon,lebanese
liberia|liberia,liberian
libya|libya,libyan
lithuania|lithuania,lithuanian
luxembourg|luxembourg
malaysia|malaysia,malaysian
mali|mali,malian
mexico|mexico,mexican
morocco|morocco,moroccan
mozambique|mozambique,mozambican
nepal|nepal,nepalese
netherlands|netherlands,dutch,holland
new zealand|new zealand,new zealander,kiwi
nicaragua|nicaragua,nicaraguan
niger|niger,nigerien
nigeria|nigeria,nigerian
north korea|north korea,north korean
norway|norway,norwegian
oman|oman,omani
pakistan|pakistan,pakistani
palestine|palestine,palestinian
panama|panama,panamanian
paraguay|paraguay,paraguayan
peru|peru,peruvian
philippines|philippines,philippine,filipino
poland|poland,polish,pole
portugal|portugal,portuguese
qatar|qatar,qatari
romania|romania,romanian
russia|russia,russian,soviet union,soviet,ussr,u.s.s.r.
rwanda|rwanda,rwandan
saudi arabia|saudi arabia,saudi,saudi arabian
senegal|senegal,senegalese
serbia|serbia,serbian,serb
singapore|singapore,singaporean
slovakia|slovakia,slovak
slovenia|slovenia,slovenian,slovene
somalia|somalia,somali
south africa|south africa,south african
south korea|south korea,south korean,korea,korean
spain|spain,spanish,spaniard
sri lanka|sri lanka,sri lankan
sudan|sudan,sudanese
sweden|sweden,swedish,swede
switzerland|switzerland,swiss
syria|syria,syrian
taiwan|taiwan,taiwanese
tanzania|tanzania,tanzanian
thailand|thailand,thai
tunisia|tunisia,tunisian
turkey|turkey,turkish,turk
uganda|uganda,ugandan
ukraine|ukraine,ukrainian
united arab emirates|united arab emirates,uae,u.a.e.,emirati
uk|united kingdom,uk,u.k.,britain,great britain,british,briton
england|england,english
scotland|scotland,scottish,scot
wales|wales,welsh
northern ireland|northern ireland,northern irish
us|united states,united states of america,us,u.s.,u.s.a.,usa,america,american
uruguay|uruguay,uruguayan
uzbekistan|uzbekistan,uzbek
venezuela|venezuela,venezuelan
vietnam|vietnam,vietnamese
yemen|yemen,yemeni
yugoslavia|yugoslavia,yugoslav
zambia|zambia,zambian
zimbabwe|zimbabwe,zimbabwean
`;

const byForm = new Map<string, string>();
for (const line of TABLE.trim().split('\n')) {
  const [key, forms] = line.split('|') as [string, string];
  for (const form of forms.split(',')) byForm.set(form, key);
}

/** Every country key, e.g. "qatar", "us", "south korea". */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(byForm.values());

/** Multi-word forms, longest first, as patterns to join before splitting a text into words. */
const PHRASES = [...byForm.keys()]
  .filter((form) => form.includes(' '))
  .sort((left, right) => right.length - left.length);
const PHRASE_PATTERN = new RegExp(`\\b(?:${PHRASES.map((form) => form.replace(/\./g, '\\.')).join('|')})\\b`, 'g');

/** The country a word (lower case, possessive dropped) names, or undefined: "qatari" -> "qatar". */
export function countryOfWord(lower: string): string | undefined {
  return byForm.get(lower) ?? byForm.get(lower.replace(/['\u2019]s$/, ''));
}

/**
 * Lower-case text with each multi-word country form joined into its key with underscores
 * ("the new zealand coach" -> "the new_zealand coach"), so a word split keeps it whole.
 */
export function joinCountryPhrases(lower: string): string {
  if (!lower.includes(' ')) return lower;
  return lower.replace(PHRASE_PATTERN, (phrase) => byForm.get(phrase)!.replace(/ /g, '_'));
}

/** The country keys a lower-case text names. */
export function countriesIn(lower: string): string[] {
  const found = new Set<string>();
  for (const word of joinCountryPhrases(lower).split(/[^\p{L}\p{N}_.'\u2019-]+/u)) {
    const cleaned = word.replace(/^[.'\u2019-]+|[.'\u2019-]+$/g, '');
    const key = cleaned.includes('_')
      ? cleaned.replace(/_/g, ' ')
      : (countryOfWord(cleaned) ?? (cleaned.includes('.') ? countryOfWord(`${cleaned}.`) : undefined));
    if (key && COUNTRY_KEYS.has(key)) found.add(key);
  }
  return [...found];
}
