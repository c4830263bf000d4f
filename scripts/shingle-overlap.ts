/**
 * How much of an expected article body an extraction holds, the article-extraction benchmark's
 * way: word 4-gram shingles counted as multisets, precision over the extraction's shingles and
 * recall over the expected ones.
 */
export function overlap(extracted: string, expected: string): { precision: number; recall: number } {
  const got = shingles(extracted);
  const want = shingles(expected);
  let common = 0;
  for (const [key, count] of got) common += Math.min(count, want.get(key) ?? 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  return {
    precision: gotTotal === 0 ? 0 : common / gotTotal,
    recall: wantTotal === 0 ? (gotTotal === 0 ? 1 : 0) : common / wantTotal,
  };
}

function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index + 4 <= words.length; index++) {
    const key = words.slice(index, index + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A text shorter than one shingle is its own shingle, so a short article still counts.
  if (words.length > 0 && words.length < 4) counts.set(words.join(' '), 1);
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
