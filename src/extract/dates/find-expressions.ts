import type { TemporalExpression } from './expression.js';
import { withFiscalYear } from './fiscal-year.js';
import { EXPRESSION_PATTERNS } from './patterns.js';

// A sentence without any of these words holds no expression the patterns know; testing for them
// first keeps the patterns off most of the text (news sentences mostly carry no date).
const PRECHECK = new RegExp(
  [
    'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec',
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
    'yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|year|month|week|ago',
    'spring|summer|autumn|fall|winter|1\\d\\d\\d|20\\d\\d',
  ]
    .map((words) => `\\b(?:${words})`)
    .join('|'),
  'i',
);

/** Every temporal expression of one sentence, longest first where two overlap, in text order. */
export function findExpressions(sentence: string): TemporalExpression[] {
  if (!PRECHECK.test(sentence)) return [];
  const found: TemporalExpression[] = [];
  for (const { guard, pattern, read } of EXPRESSION_PATTERNS) {
    if (!guard.test(sentence)) continue;
    for (const match of sentence.matchAll(pattern)) {
      const value = read(match as RegExpExecArray, sentence);
      if (!value) continue;
      const start = match.index!;
      found.push({
        value: withFiscalYear(value, sentence, start),
        text: match[0],
        start,
        end: start + match[0].length,
      });
    }
  }
  return removeOverlaps(found);
}

function removeOverlaps(found: TemporalExpression[]): TemporalExpression[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TemporalExpression[] = [];
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
