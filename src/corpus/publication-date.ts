/** Publication dates as articles print them, turned into ISO `YYYY-MM-DD`. Never the clock. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

interface DatePattern {
  pattern: RegExp;
  toParts(match: RegExpExecArray): [year: number, month: number, day: number];
}

// Ordered from the least to the most ambiguous form.
const PATTERNS: DatePattern[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/, toParts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // Chinese and Japanese: 2016年10月14日.
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, toParts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { pattern: /\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b/, toParts: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    toParts: (m) => [+m[3]!, monthNumber(m[1]!), +m[2]!],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'),
    toParts: (m) => [+m[3]!, monthNumber(m[2]!), +m[1]!],
  },
];

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

export function formatIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 February and the like
  return date.toISOString().slice(0, 10);
}

/** The first full date (with a year) in the text, as ISO; null when there is none. */
export function findPublicationDate(text: string): string | null {
  let best: { index: number; iso: string } | null = null;
  for (const { pattern, toParts } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = formatIsoDate(...toParts(match));
    if (iso && (!best || match.index < best.index)) best = { index: match.index, iso };
  }
  return best?.iso ?? null;
}

/** A date field from metadata (front matter, JSON, HTML meta): ISO, or a printed date. */
export function parseDateField(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value > 1e11 ? value : value * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  return findPublicationDate(value);
}
