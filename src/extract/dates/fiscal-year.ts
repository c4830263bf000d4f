import type { TemporalValue } from './expression.js';

// "in 1985/86 ended June 17", "fiscal 1987, ending September 30": a year-less date that ends a
// named fiscal year falls in that year's last calendar year, whatever the publication date.
const FISCAL_YEAR_END =
  /(?<![\p{L}\d/])(fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)(?:\/(\d\d(?:\d\d)?))?(\s+fiscal)?(?:\s+year)?,?\s+end(?:ed|ing|s)\s+(?:on\s+)?$/iu;
// A half, quarter or run of months of the year ends on another date: "the first quarter of
// fiscal 1987, ended December 28".
const PART_OF_YEAR = /\b(?:half|quarter|months?|weeks?|period|term|semester|season)\s+(?:of\s+|in\s+)?$/i;
const REACH = 60;

/** The value with its year filled in when the words before it say it ends a named fiscal year. */
export function withFiscalYear(value: TemporalValue, sentence: string, start: number): TemporalValue {
  if ((value.kind !== 'day' && value.kind !== 'month') || value.year !== null) return value;
  const before = sentence.slice(Math.max(0, start - REACH), start);
  const match = FISCAL_YEAR_END.exec(before);
  if (!match) return value;
  const [, fiscalBefore, first, second, fiscalAfter] = match;
  // "1987 ending March 31" names a fiscal year only when the words say so: "fiscal 1987", "1986/87".
  if (!second && !fiscalBefore && !fiscalAfter) return value;
  if (PART_OF_YEAR.test(before.slice(0, match.index))) return value;
  const startYear = Number(first);
  const endYear = second ? endYearOf(startYear, second) : startYear;
  return endYear === null ? value : { ...value, year: endYear };
}

function endYearOf(startYear: number, written: string): number | null {
  const year = written.length === 4 ? Number(written) : Math.floor(startYear / 100) * 100 + Number(written);
  const end = year < startYear ? year + 100 : year;
  // "1986/87" names two consecutive years; other pairs are not a fiscal year.
  return end === startYear + 1 ? end : null;
}
