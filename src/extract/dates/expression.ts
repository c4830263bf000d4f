/** A temporal expression found in a sentence, before it is resolved against a publication date. */
/** "nearest": a deadline ("by April", "until November") takes the nearer of past and future. */
export type Modifier = 'last' | 'next' | 'this' | 'nearest' | null;

/** A week is resolved only to its month: "last week" names no single day. */
export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export type TemporalValue =
  /** A calendar day; `year` is null when the text leaves it to the reader ("on November 19"). */
  | { kind: 'day'; year: number | null; month: number; day: number }
  /** A month; `year` is null when the text leaves it to the reader ("in January"). */
  | { kind: 'month'; year: number | null; month: number; modifier: Modifier }
  /** A month of a year named relative to publication: "January last year", "May a year ago". */
  | { kind: 'month-of-relative-year'; month: number; yearOffset: number }
  | { kind: 'year'; year: number }
  /** 0 = Sunday .. 6 = Saturday */
  | { kind: 'weekday'; weekday: number; modifier: Modifier }
  /** Whole-unit offsets from the publication date: "yesterday", "last month", "two years ago". */
  | { kind: 'offset'; unit: OffsetUnit; amount: number }
  /** The end or start of the month or year of writing: "by the end of the year". */
  | { kind: 'period-edge'; unit: 'month' | 'year'; edge: 'start' | 'end' }
  /** A season named relative to the publication date: "last summer". */
  | { kind: 'season'; season: Season; modifier: Modifier };

export interface TemporalExpression {
  value: TemporalValue;
  /** Exact words of the sentence, e.g. "on Saturday", "the summer of 2014". */
  text: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}
