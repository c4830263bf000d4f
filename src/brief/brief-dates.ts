/**
 * The dates a brief keeps to. Dates are compared as the ISO prefixes they are: an article of
 * 1987-03-05 is within `since 1987-03` and within `until 1987`.
 */
const datePattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A reason the date cannot be used, for the person asking; null when it can. */
export function checkBriefDate(name: 'since' | 'until', value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return datePattern.test(value)
    ? null
    : `"${value}" is not a date for ${name}: write it as YYYY, YYYY-MM or YYYY-MM-DD (for example 1987-03).`;
}

/** Whether a date (of any precision) can fall within the range; an undated item only when there is no range. */
export function isWithin(date: string | null, since: string | null, until: string | null): boolean {
  if (!since && !until) return true;
  if (date === null) return false;
  if (since && date.slice(0, since.length) < since.slice(0, date.length)) return false;
  if (until && date.slice(0, until.length) > until.slice(0, date.length)) return false;
  return true;
}
