import type { Modifier, OffsetUnit, TemporalValue } from './expression.js';
import {
  ANY_MONTH,
  FULL_MONTH,
  NUMBER_WORDS,
  SEASON_WORD,
  UNIT_AFTER,
  WEEKDAY,
  monthNumber,
  seasonOf,
  weekdayNumber,
} from './vocabulary.js';
import { isValidDay } from './calendar.js';

/** One surface form of a temporal expression and how to read its value from a match. */
export interface ExpressionPattern {
  /** A cheap test that the pattern can match at all, so most sentences skip most patterns. */
  guard: RegExp;
  pattern: RegExp;
  read(match: RegExpExecArray, sentence: string): TemporalValue | null;
}

const PREPOSITION = capitalisable([
  'on',
  'in',
  'since',
  'by',
  'until',
  'till',
  'during',
  'from',
  'through',
  'before',
  'after',
  'of',
  'for',
  'to',
  // "approval as early as April": the earliest or latest the thing is expected.
  'as early as',
  'as late as',
  // "will open later in May": the month the words give, as they give it.
  'later in',
  'earlier in',
]);
const SPAN_QUALIFIER =
  // "in third quarter of 1988" and "by year-end 1989" as wire copy writes them, without "the".
  '(?:[Ee]arly|[Ll]ate|[Mm]id|[Yy]ear-end|(?:[Tt]he )?(?:end|start|beginning|middle) of|[Tt]he (?:first|second) half of|(?:[Tt]he )?(?:first|second|third|fourth|final) quarter of|[Tt]he last quarter of|[Tt]he (?:first|second|third|fourth|last|final) (?:week|fortnight) (?:of|in))';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
// Nouns of newspapers, shows and songs named after a day: "Sunday Telegraph", "Saturday Night".
const TITLE_AFTER_WEEKDAY =
  /^\s(?:Times|Telegraph|Mirror|Express|Herald|Mail|Post|Independent|People|Star|Tribune|Observer|Sport|Business|Club|Magazine|Review|Standard|Journal|Edition|Night|Bloody)\b/;

// "Kelford TV's Saturday morning children's show": a slot of a channel's or a paper's week.
const SCHEDULE_AFTER =
  /^(?:\s+[\p{Ll}'\u2019-]+){0,3}?\s+(?:show|shows|programme|programmes|program|programs|slot|schedule|edition|bulletin|broadcast)\b/u;
// Named days that are not the weekday of the same name this week.
const NAMED_DAY_BEFORE = /\b(?:Good|Ash|Super|Holy|Easter|Palm|Maundy|Shrove|Cyber|Bloody)\s+$/;
const MONTH_GUARD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const YEAR_GUARD = /\b(?:19|20)\d\d\b/;
const EARLY_YEAR_GUARD = /\b1[0-8]\d\d\b/;
const WEEKDAY_GUARD = /[a-z]day\b/;
const DAY_WORD_GUARD = /day|tomorrow|tonight|morning|afternoon|evening|night/i;
const RELATIVE_GUARD = /\b(?:this|last|next)\s/i;
const AGO_GUARD = /\bago\b/i;
const OF_THE_PERIOD_GUARD = /\bof\sthe\s(?:month|year)\b/i;
const NOTICE_WORD_BEFORE = /\b(?:[Pp]ay|[Pp]ayable|[Rr]ecord|[Dd]ue|[Ee]ffective|[Dd]istribution)\s+$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

export const EXPRESSION_PATTERNS: ExpressionPattern[] = [
  {
    // "March 17, 2017", "on November 19", "Feb 26", "Tuesday, March 3", "last September 26"
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `\\b(?:${PREPOSITION}\\s)?(?:[Ll]ast\\s)?(?:${WEEKDAY},?\\s)?(${ANY_MONTH})\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?:,?\\s(\\d{4})(?!\\d))?`,
      'g',
    ),
    read(match, sentence) {
      if (!match[3] && followedByUnit(match, sentence)) return null;
      return readDay(match[3], match[1]!, match[2]!);
    },
  },
  {
    // "plans to redeem on May one all outstanding notes", "payable April one to holders of
    // record", "Pay July six": newswire style spells days under ten. "May" is as often the verb
    // ("in May one can"), so only "on" makes it the month.
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `\\b([Oo]n\\s)?(${ANY_MONTH})\\s([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\\b(?!\\s(?:of|or|day|days|year|years|more|other)\\b|-)(?:,\\s(\\d{4})(?!\\d))?`,
      'g',
    ),
    read(match, sentence) {
      // A notice's "Pay May One", "Record May two" makes it the month too.
      if (match[2] === 'May' && !match[1] && !NOTICE_WORD_BEFORE.test(sentence.slice(0, match.index))) return null;
      if (followedByUnit(match, sentence)) return null;
      // "paid June two, 1987": the year written after the day belongs to it.
      return readDay(match[4], match[2]!, String(NUMBER_WORDS[match[3]!.toLowerCase()]));
    },
  },
  {
    // "17 March 2017", "on the 3rd of May"
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `(?<![\\d.,])\\b(?:${PREPOSITION}\\s)?(?:${WEEKDAY},?\\s)?(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${ANY_MONTH})(?:,?\\s(\\d{4})(?!\\d))?`,
      'g',
    ),
    read: (match) => readDay(match[3], match[2]!, match[1]!),
  },
  {
    // "in January 1987", "late March 2016"
    guard: MONTH_GUARD,
    pattern: new RegExp(`\\b(?:${PREPOSITION}\\s)?(?:${SPAN_QUALIFIER}[\\s-])?(${ANY_MONTH}),?\\s(\\d{4})(?!\\d)`, 'g'),
    read(match) {
      const year = Number(match[2]);
      return inYearRange(year) ? { kind: 'month', year, month: monthNumber(match[1]!), modifier: null } : null;
    },
  },
  {
    // "between March and April 2004", "from June to August 2003": months of one year, which the
    // range shares; it dates its start.
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `\\b(?:(?:[Bb]etween|[Ff]rom)\\s)?(${FULL_MONTH})\\s(?:and|to|through|until)\\s(${FULL_MONTH}),?\\s(\\d{4})(?!\\d)`,
      'g',
    ),
    read(match) {
      const year = Number(match[3]);
      return inYearRange(year) ? { kind: 'month', year, month: monthNumber(match[1]!), modifier: null } : null;
    },
  },
  {
    // "in January last year", "in May a year ago"
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `\\b(?:${PREPOSITION}\\s)?(?:${SPAN_QUALIFIER}[\\s-])?(${FULL_MONTH})\\s(?:of\\s)?(?:(last|this|next)\\syear|(a)\\syear\\s(?:ago|earlier))\\b`,
      'g',
    ),
    read(match) {
      const yearOffset = match[3] || match[2] === 'last' ? -1 : match[2] === 'next' ? 1 : 0;
      return { kind: 'month-of-relative-year', month: monthNumber(match[1]!), yearOffset };
    },
  },
  {
    // "in October", "last September", "by the end of March", "the end-March auction": the year is
    // left to the reader.
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `\\b(${PREPOSITION}|${capitalisable(['last', 'next', 'this', 'early', 'late', 'mid'])}|[Ee]nd(?=-)|${SPAN_QUALIFIER})[\\s-](${FULL_MONTH})\\b`,
      'g',
    ),
    read(match, sentence) {
      const after = sentence.slice(match.index + match[0].length);
      // "a stake in May Department Stores": a capitalised word after "May" makes it a name.
      if (match[2] === 'May' && /^\s+[A-Z]/.test(after)) return null;
      // A number after the month makes it a day or a quantity, which the day patterns judge.
      if (/^\s*\d/.test(after)) return null;
      return { kind: 'month', year: null, month: monthNumber(match[2]!), modifier: modifierOf(match[1]!) };
    },
  },
  {
    // "the summer of 2014", "in winter 2003"
    guard: YEAR_GUARD,
    pattern: new RegExp(
      `\\b(?:${PREPOSITION}\\s)?(?:[Tt]he\\s)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-])?(${SEASON_WORD})(?:\\sof)?\\s(\\d{4})(?!\\d)`,
      'g',
    ),
    read(match) {
      const year = Number(match[2]);
      return inYearRange(year) ? { kind: 'year', year } : null;
    },
  },
  {
    // "in 2014", "late 2017", "fiscal 1987", "the first half of 1986", "into 2005"; a bare "1986"
    // is too often a label. ("into July" is as often a futures month rolled over.)
    guard: YEAR_GUARD,
    pattern: new RegExp(
      `\\b(?:(?:${PREPOSITION}|[Ii]nto)\\s)?(?:(?:fiscal|calendar)\\s)?(?:${SPAN_QUALIFIER}[\\s-])?(\\d{4})(?![\\da-z/]|-\\d|\\.\\d)`,
      'g',
    ),
    read(match, sentence) {
      const year = Number(match[1]);
      if (!inYearRange(year) || match[0] === match[1] || followedByUnit(match, sentence)) return null;
      return { kind: 'year', year };
    },
  },
  {
    // "a January outline agreement", "its February report", "said February load factor fell": a
    // month before a lower-case noun, not a range ("the July to September period").
    guard: MONTH_GUARD,
    pattern: new RegExp(
      `(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s|(?<=\\b(?:said|that)\\s))(${FULL_MONTH})(?=\\s\\p{Ll})(?!\\s(?:to|through|and|or)\\b)`,
      'gu',
    ),
    read(match) {
      // "the May Department Stores offer": May is as often a name as a month.
      if (match[1] === 'May') return null;
      return { kind: 'month', year: null, month: monthNumber(match[1]!), modifier: null };
    },
  },
  {
    // "notes due 1997", "debentures maturing 2012": the year a debt or contract ends.
    guard: YEAR_GUARD,
    pattern: /\b(?:due|maturing|matures|expiring|expires)\s((?:19|20)\d\d)(?![\da-z/]|-\d|\.\d)/gu,
    read(match, sentence) {
      return followedByUnit(match, sentence) ? null : { kind: 'year', year: Number(match[1]) };
    },
  },
  {
    // "in 1801", "since 1727": a year before 1900 only after a preposition that dates an event;
    // "the Indian mutiny of 1857", "the Great Fire of 1666": or after "of" and a historic event.
    guard: EARLY_YEAR_GUARD,
    // "in 1250 lots": a number before a plural noun is a quantity.
    pattern:
      /(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)|(?<=\b(?:[Ww]ar|[Mm]utiny|[Rr]evolution|[Rr]ebellion|[Uu]prising|[Rr]ising|[Bb]attle|[Ss]iege|[Tt]reaty|[Ff]amine|[Ff]ire|[Ee]arthquake|[Cc]onstitution|[Ee]xhibition|[Mm]assacre|[Rr]iots?|[Cc]lass)\s)of)\s(1[0-8]\d\d)(?![\da-z/]|-\d|\.\d|,\d|\s+\p{Ll}+s\b)/gu,
    read(match, sentence) {
      return followedByUnit(match, sentence) ? null : { kind: 'year', year: Number(match[1]) };
    },
  },
  {
    // "his 1973-90 rule", "the 1914-18 war": a span of years before a noun dates its start.
    guard: YEAR_GUARD,
    pattern:
      /\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ff]rom|[Bb]etween|[Ii]n)\s((?:19|20)\d\d)(?=[-\u2013](?:(?:19|20)\d\d|\d\d)\s\p{L})/gu,
    read(match, sentence) {
      // "the 1987-88 deficit", "the 2004-05 season": two years in a row are one fiscal year or season.
      const start = Number(match[1]);
      const written = /^[-\u2013](\d+)/.exec(sentence.slice(match.index! + match[0].length))![1]!;
      const end = written.length === 4 ? Number(written) : Math.floor(start / 100) * 100 + Number(written);
      return end - start >= 2 ? { kind: 'year', year: start } : null;
    },
  },
  {
    // "1995's family fantasy movie", "2004's election": a year's possessive dates the noun after it;
    // "the 1980's" is a decade.
    guard: YEAR_GUARD,
    // "2003's $1.2bn loss": or an amount.
    pattern: /(?<!\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)\s)\b((?:19|20)\d\d)['\u2019]s(?=\s[\p{L}$\u00a3\u20ac])/gu,
    read(match) {
      return { kind: 'year', year: Number(match[1]) };
    },
  },
  {
    // "the 1997 world record", "the famous 1991 vote", "his 1993 album", "its 2001
    // acquisition", "Allied's 1981 acquisition", "the firm's 2003 loss": a year before a noun
    // (after a name's possessive, a common noun). Not "the same 1985 quarter": a base compared with.
    guard: YEAR_GUARD,
    pattern:
      /(?:\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s(?:(?!(?:same|corresponding|comparable|respective|equivalent|previous|prior)\s)\p{Ll}+\s)?((?:19|20)\d\d)(?=\s\p{L})|\b(?:\p{Lu}[\p{L}&.-]*['\u2019]s?|\p{Ll}+['\u2019]s)\s((?:19|20)\d\d)(?=\s\p{Ll}))(?!\s(?:to|and|or|through)\b)/gu,
    read(match, sentence) {
      return followedByUnit(match, sentence) ? null : { kind: 'year', year: Number(match[1] ?? match[2]) };
    },
  },
  {
    // "on Saturday", "last Wednesday", "next Monday", "Tuesday morning"
    guard: WEEKDAY_GUARD,
    pattern: new RegExp(
      `\\b(?:(${capitalisable(['on', 'last', 'next', 'this', 'by', 'until', 'since', 'from', 'early', 'late'])})\\s)?(${WEEKDAY})(?:'s)?(?:\\s${PART_OF_DAY})?\\b`,
      'g',
    ),
    read(match, sentence) {
      const before = sentence.slice(0, match.index);
      if (NAMED_DAY_BEFORE.test(before)) return null;
      // "The Sunday Times", "the Monday Club": a weekday inside a name. "by Sunday Telegraph
      // journalist X", "Saturday Night Takeaway": so is a weekday before a title's own noun.
      const after = sentence.slice(match.index + match[0].length);
      // "Kelford TV's Saturday morning show": after a possessive, a weekday names a slot of a schedule.
      if (
        (!match[1] && /\b[Tt]he\s+$/.test(before) && /^\s+[A-Z][a-z]/.test(after)) ||
        (!match[1] && /[\p{L}\d]['\u2019]s\s+$/u.test(before) && SCHEDULE_AFTER.test(after)) ||
        (!match[0].endsWith("'s") && TITLE_AFTER_WEEKDAY.test(after))
      )
        return null;
      return { kind: 'weekday', weekday: weekdayNumber(match[2]!), modifier: modifierOf(match[1] ?? '') };
    },
  },
  {
    guard: DAY_WORD_GUARD,
    pattern:
      /\b(?:(?:[Ee]arlier|[Ll]ater)\s)?([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?:[Tt]his|[Ll]ast) (?:morning|afternoon|evening|night))\b/g,
    read(match, sentence) {
      if (/\bUSA\s+$/.test(sentence.slice(0, match.index))) return null;
      // A capitalised "Today" inside a sentence is a title (NBC's "Today" program), not the day.
      if (match[0].startsWith('Today') && /[\p{L}\d,]\S*\s*["\u201c']?$/u.test(sentence.slice(0, match.index)))
        return null;
      const word = match[1]!.toLowerCase();
      const amount = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { kind: 'offset', unit: 'day', amount };
    },
  },
  {
    // "earlier this year", "last month", "next week", "last summer"
    guard: RELATIVE_GUARD,
    pattern: new RegExp(
      `\\b(?:${capitalisable(['earlier', 'later', 'early', 'late'])}\\s)?(${capitalisable(['this', 'last', 'next'])})\\s(year|month|week|${SEASON_WORD})\\b`,
      'g',
    ),
    read(match) {
      const modifier = modifierOf(match[1]!);
      const unit = match[2]!.toLowerCase();
      const amount = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
      if (unit === 'year' || unit === 'month') return { kind: 'offset', unit, amount };
      if (unit === 'week') return { kind: 'offset', unit, amount };
      return { kind: 'season', season: seasonOf(unit), modifier };
    },
  },
  {
    // "before the end of the month", "since the start of the year": the month or year of writing.
    guard: OF_THE_PERIOD_GUARD,
    pattern: /\b(?:the\s)?(end|beginning|start)\sof\sthe\s(month|year)\b/gi,
    read(match) {
      const edge = match[1]!.toLowerCase() === 'end' ? 'end' : 'start';
      return { kind: 'period-edge', unit: match[2]!.toLowerCase() as 'month' | 'year', edge };
    },
  },
  {
    // "two years ago", "three days ago"
    guard: AGO_GUARD,
    pattern:
      /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s(day|week|month|year)s?\sago\b/gi,
    read(match) {
      const count = NUMBER_WORDS[match[1]!.toLowerCase()] ?? Number(match[1]);
      const unit = match[2]!.toLowerCase();
      return { kind: 'offset', unit: unit as OffsetUnit, amount: -count };
    },
  },
];

/** "on" -> "[Oo]n": a preposition may open the sentence. */
function capitalisable(words: string[]): string {
  return `(?:${words.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})`;
}

function readDay(yearText: string | undefined, monthText: string, dayText: string): TemporalValue | null {
  const month = monthNumber(monthText);
  const day = Number(dayText);
  if (!yearText) return isValidDay(2000, month, day) ? { kind: 'day', year: null, month, day } : null;
  const year = Number(yearText);
  if (!inYearRange(year) || !isValidDay(year, month, day)) return null;
  return { kind: 'day', year, month, day };
}

function modifierOf(word: string): Modifier {
  const lower = word.toLowerCase();
  if (lower === 'by' || lower === 'until' || lower === 'till' || lower === 'before') return 'nearest';
  return lower === 'last' || lower === 'next' || lower === 'this' ? lower : null;
}

function inYearRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function followedByUnit(match: RegExpExecArray, sentence: string): boolean {
  return UNIT_AFTER.test(sentence.slice(match.index + match[0].length));
}
