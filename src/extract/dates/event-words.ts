import { toContentTerms } from '../../text/normalize.js';
import { countryOfWord } from '../../vocabulary/countries.js';

/**
 * The words by which a dated event (or a question about one) is looked up: content words,
 * folded for case, accents, plurals and the common verb endings, without an agency dateline.
 */
// A Map, not an object literal: "constructor" must not find Object's own properties.
const IRREGULAR_PAST = new Map(
  Object.entries({
    met: 'meet',
    fought: 'fight',
    won: 'win',
    lost: 'lose',
    sold: 'sell',
    bought: 'buy',
    rose: 'rise',
    fell: 'fall',
    began: 'begin',
    held: 'hold',
    struck: 'strike',
    paid: 'pay',
    told: 'tell',
    gave: 'give',
    made: 'make',
    took: 'take',
    went: 'go',
    came: 'come',
    led: 'lead',
    fled: 'flee',
    withdrew: 'withdraw',
  }),
);
// Words that name the same event in news copy, after folding: a question's word meets the
// article's ("when does the bond mature" / "due April 30"; "approval" / "approved").
const SAME_EVENT = new Map(
  Object.entries({
    matur: 'due',
    maturity: 'due',
    approv: 'approval',
    approval: 'approval',
    commenc: 'begin',
    start: 'begin',
    launch: 'begin',
    complet: 'finish',
    acquir: 'buy',
    acquisition: 'buy',
    purchas: 'buy',
    takeover: 'buy',
    sale: 'sell',
    resign: 'quit',
    resignation: 'quit',
    appoint: 'name',
    appointment: 'name',
    elect: 'elect',
    election: 'elect',
    favour: 'favor',
    honour: 'honor',
    labour: 'labor',
    defenc: 'defens',
    organis: 'organiz',
    // A verb and the noun or adjective it makes: "take effect" / "effective Jan 1", "expire" /
    // "expiry", "merge" / "merger", "redeem" / "redemption", "withdraw" / "withdrawal".
    effectiv: 'effect',
    expiry: 'expir',
    expiration: 'expir',
    merger: 'merg',
    redemption: 'redeem',
    delivery: 'deliver',
    withdrawal: 'withdraw',
    arrival: 'arriv',
    departur: 'depart',
    closur: 'clos',
    // The abbreviations of agency notices: "Qtly div 15 cts ... Pay July 28".
    qtly: 'quarterly',
    div: 'dividend',
    payabl: 'pay',
  }),
);

// "WASHINGTON, Feb 26 - " names the place and day of filing, not what happened.
export const AGENCY_DATELINE = /^[A-Z][A-Za-z .,'&()/-]{0,60}, [A-Z][a-z]{2,8}\.? \d{1,2} [-\u2013\u2014] /;

/** Content words folded so that plurals and the common verb endings meet ("warns", "warned"). */
export function eventWords(text: string): Set<string> {
  const keys = new Set<string>();
  const undated = text.replace(AGENCY_DATELINE, '');
  for (const term of toContentTerms(undated)) keys.add(eventKey(term));
  // "Kelford 3.0", "41.7 pct": a figure with a decimal point is one word too, so a question
  // naming it does not match a sentence with its parts ("2" and "0") spread elsewhere.
  for (const figure of undated.matchAll(DECIMAL_FIGURE)) keys.add(figure[0]);
  return keys;
}

const DECIMAL_FIGURE = /(?<![\d.])\d+\.\d+(?![\d.])/g;

// The vocabulary is small next to the number of words folded at index time.
const eventKeys = new Map<string, string>();

function eventKey(term: string): string {
  let key = eventKeys.get(term);
  if (key === undefined) {
    // "Venezuelan", "Venezuela's" and "Venezuela" name one country.
    const country = countryOfWord(term);
    const folded = foldVerb(term);
    key = country !== undefined && !country.includes(' ') ? country : (SAME_EVENT.get(folded) ?? folded);
    eventKeys.set(term, key);
  }
  return key;
}

const foldedVerbs = new Map<string, string>();

function foldVerb(term: string): string {
  let folded = foldedVerbs.get(term);
  if (folded === undefined) {
    folded = foldVerbUncached(term);
    foldedVerbs.set(term, folded);
  }
  return folded;
}

function foldVerbUncached(term: string): string {
  const irregular = IRREGULAR_PAST.get(term);
  if (irregular) return foldVerb(irregular);
  let stem = term;
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"; "called" keeps its double l.
  if (stem !== term && /([b-df-hj-kmnp-tv-z])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
