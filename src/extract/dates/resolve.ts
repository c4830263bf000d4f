import type { Modifier, OffsetUnit, Season, TemporalValue } from './expression.js';
import type { Direction } from './tense.js';
import {
  type CalendarDay,
  addDays,
  isValidDay,
  formatDay,
  formatMonthIndex,
  formatYear,
  monthIndex,
  toEpochDay,
  weekdayOf,
} from './calendar.js';

// An unmarked year-less date is taken as future only when the future reading is much closer
// than the past one ("payable April 10" in early March), because news mostly reports the past.
const FUTURE_PREFERENCE = 3;
// A year-less day within about three months on one side and most of a year off on the other is
// the near one, whatever the verb: writers add the year to a date that far back or ahead
// ("authorized the redemption on April 20" in an article of March 6).
const NEAR_DAYS = 95;
const FAR_DAYS = 270;

/**
 * The ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) of a temporal value read in an article
 * published on `published`. Values that need a reference date get null without one: the clock
 * is never a substitute for the publication date.
 */
export function resolveValue(value: TemporalValue, published: CalendarDay | null, direction: Direction): string | null {
  switch (value.kind) {
    case 'year':
      return formatYear(value.year);
    case 'day':
      if (value.year !== null) return formatDay({ year: value.year, month: value.month, day: value.day });
      return published ? formatDay(resolveYearlessDay(value.month, value.day, published, direction)) : null;
    case 'month':
      if (value.year !== null) return formatMonthIndex(monthIndex(value.year, value.month));
      return published
        ? formatMonthIndex(resolveYearlessMonth(value.month, value.modifier, published, direction))
        : null;
    case 'month-of-relative-year':
      return published ? formatMonthIndex(monthIndex(published.year + value.yearOffset, value.month)) : null;
    case 'weekday':
      return published ? formatDay(resolveWeekday(value.weekday, value.modifier, published, direction)) : null;
    case 'offset':
      return published ? resolveOffset(value.unit, value.amount, published) : null;
    case 'period-edge':
      return published ? resolvePeriodEdge(value.unit, value.edge, published, direction) : null;
    case 'season':
      return published ? formatYear(resolveSeasonYear(value.season, value.modifier, published)) : null;
  }
}

function resolveYearlessDay(month: number, day: number, published: CalendarDay, direction: Direction): CalendarDay {
  const reference = toEpochDay(published);
  // February 29 falls back to the 28th in a year without it.
  const candidates = [published.year - 1, published.year, published.year + 1].map((year) => ({
    year,
    month,
    day: isValidDay(year, month, day) ? day : day - 1,
  }));
  const past = candidates.filter((candidate) => toEpochDay(candidate) <= reference).at(-1)!;
  const future = candidates.find((candidate) => toEpochDay(candidate) >= reference)!;
  const pastDistance = reference - toEpochDay(past);
  const futureDistance = toEpochDay(future) - reference;
  // A year-less day a few weeks off on one side and most of a year off on the other is the near
  // one, whatever the verb: "extended to April 13" in an article of April 9.
  if (Math.min(pastDistance, futureDistance) <= NEAR_DAYS && Math.max(pastDistance, futureDistance) >= FAR_DAYS) {
    return pastDistance <= futureDistance ? past : future;
  }
  return choose(past, future, pastDistance, futureDistance, direction);
}

function resolveYearlessMonth(month: number, modifier: Modifier, published: CalendarDay, direction: Direction): number {
  const current = monthIndex(published.year, published.month);
  const sameYear = monthIndex(published.year, month);
  const past = sameYear <= current ? sameYear : sameYear - 12;
  const future = sameYear >= current ? sameYear : sameYear + 12;
  if (modifier === 'last') return past < current ? past : past - 12;
  if (modifier === 'next') return future > current ? future : future + 12;
  if (modifier === 'this') return sameYear;
  // "by August": a deadline, ahead or behind as the clause says, else the nearer one.
  if (modifier === 'nearest') {
    if (direction === 'past' || direction === 'future') return direction === 'past' ? past : future;
    return current - past <= future - current ? past : future;
  }
  return choose(past, future, current - past, future - current, direction);
}

function resolveWeekday(
  weekday: number,
  modifier: Modifier,
  published: CalendarDay,
  direction: Direction,
): CalendarDay {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(published) + 7) % 7;
  if (modifier === 'last') return addDays(published, -(back || 7));
  if (modifier === 'next') return addDays(published, forward || 7);
  // "this Friday": the Friday of the publication's week (Monday to Sunday), whatever the tense.
  if (modifier === 'this') return addDays(published, mondayFirst(weekday) - mondayFirst(weekdayOf(published)));
  // A bare weekday in news is the past one (or today); only a future clause looks ahead.
  return addDays(published, direction === 'future' || direction === 'hedged-future' ? forward : -back);
}

/**
 * "was closed by the end of the year" in a story of March: the end of the year of writing is still
 * to come, so a past verb means the year before; its start, and anything ahead, is this year's.
 */
function resolvePeriodEdge(
  unit: 'month' | 'year',
  edge: 'start' | 'end',
  published: CalendarDay,
  direction: Direction,
): string {
  const before = edge === 'end' && direction === 'past' ? -1 : 0;
  return resolveOffset(unit, before, published);
}

function mondayFirst(weekday: number): number {
  return (weekday + 6) % 7;
}

function resolveOffset(unit: OffsetUnit, amount: number, published: CalendarDay): string {
  if (unit === 'day') return formatDay(addDays(published, amount));
  if (unit === 'week') {
    const day = addDays(published, amount * 7);
    return formatMonthIndex(monthIndex(day.year, day.month));
  }
  if (unit === 'month') return formatMonthIndex(monthIndex(published.year, published.month) + amount);
  return formatYear(published.year + amount);
}

function resolveSeasonYear(season: Season, modifier: Modifier, published: CalendarDay): number {
  // Rough season ends in the northern hemisphere, where the corpora's news is written.
  const endMonth = { spring: 5, summer: 8, autumn: 11, winter: 2 }[season];
  if (modifier === 'next') return published.month < endMonth - 2 ? published.year : published.year + 1;
  if (modifier === 'last') return published.month > endMonth ? published.year : published.year - 1;
  return published.year;
}

function choose<T>(past: T, future: T, pastDistance: number, futureDistance: number, direction: Direction): T {
  if (direction === 'past') return past;
  if (direction === 'future') return future;
  // Hedged ("hopes to sell it by June", "said it would pay in May"): a verb that looks ahead, so
  // the past gets no preference: the nearer reading.
  if (direction === 'hedged-future') return futureDistance < pastDistance ? future : past;
  // Unmarked: news mostly reports the past, unless the future is much nearer.
  return futureDistance * FUTURE_PREFERENCE < pastDistance ? future : past;
}
