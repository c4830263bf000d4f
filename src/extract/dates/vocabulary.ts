/** Word lists shared by the expression patterns. */
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Full month names, capitalised as news copy writes them. */
export const FULL_MONTH = `(?:${MONTH_NAMES.map(capitalise).join('|')}|Sept)`;

/** Full names or the agency abbreviations ("Feb 26", "Sept. 30"); the longer forms come first. */
export const ANY_MONTH = `(?:${MONTH_NAMES.map(capitalise).join('|')}|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)(?![a-z])`;

export const WEEKDAY = `(?:${WEEKDAY_NAMES.map(capitalise).join('|')})`;

export const SEASON_WORD = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)';

/** Words after a number that make it a quantity, not a day or a year ("May 15 pct"). */
export const UNIT_AFTER =
  /^\s*(?:pct|percent|per cent|%|mln|million|billion|bln|dlrs?|cts|tonnes|tons|shares|barrels|bushels|points|yen|marks|francs|stg|pounds|ounces|units|acres|troy|lbs|kilos|kg|feet|miles|gmt|est|edt|bst|cet|hrs|hours|local time)\b/i;

export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((name) => name.startsWith(key)) + 1;
}

export function weekdayNumber(word: string): number {
  return WEEKDAY_NAMES.indexOf(word.toLowerCase());
}

export function seasonOf(word: string): 'spring' | 'summer' | 'autumn' | 'winter' {
  const lower = word.toLowerCase();
  return lower === 'fall' ? 'autumn' : (lower as 'spring' | 'summer' | 'autumn' | 'winter');
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
