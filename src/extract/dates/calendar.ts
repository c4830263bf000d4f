/**
 * Calendar arithmetic on plain year/month/day values. Everything goes through Date.UTC so that
 * the host's time zone and clock never influence a resolved date.
 */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function parseIsoDay(iso: string | null): CalendarDay | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function toEpochDay(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;
}

export function fromEpochDay(epochDay: number): CalendarDay {
  const date = new Date(epochDay * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: CalendarDay, offset: number): CalendarDay {
  return fromEpochDay(toEpochDay(day) + offset);
}

/** 0 = Sunday .. 6 = Saturday */
export function weekdayOf(day: CalendarDay): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const roundTrip = fromEpochDay(toEpochDay({ year, month, day }));
  return roundTrip.month === month && roundTrip.day === day;
}

/** Months since year 0, so month distances are plain subtraction. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function formatDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatMonthIndex(index: number): string {
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
