/** The numbers in every list (persons in every posting a question reaches); none when a list is missing. */
export function intersect(lists: ReadonlyArray<readonly number[] | undefined>): number[] {
  if (lists.length === 0 || lists.some((list) => !list)) return [];
  const sorted = (lists as ReadonlyArray<readonly number[]>).slice().sort((left, right) => left.length - right.length);
  let result = [...new Set(sorted[0])];
  for (const list of sorted.slice(1)) {
    const next = new Set(list);
    result = result.filter((value) => next.has(value));
  }
  return result;
}
