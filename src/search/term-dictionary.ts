/** Terms as small integers, so each passage's terms fit in a compact sorted array. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly frequencies: number[] = [];

  constructor(terms: readonly string[] = [], frequencies: readonly number[] = []) {
    terms.forEach((term, id) => this.ids.set(term, id));
    this.frequencies = [...frequencies];
  }

  /** The id of a term, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.frequencies.push(0);
    }
    return id;
  }

  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Sorted unique ids of the terms, each counted once more (or less) in the document frequency. */
  count(termIds: Uint32Array, delta: 1 | -1): void {
    for (const id of termIds) this.frequencies[id] = (this.frequencies[id] ?? 0) + delta;
  }

  frequency(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  toSortedIds(terms: readonly string[]): Uint32Array {
    const ids = new Set<number>();
    for (const term of terms) ids.add(this.intern(term));
    return Uint32Array.from(ids).sort();
  }

  /** Plain data for a snapshot. */
  export(): { terms: string[]; frequencies: number[] } {
    return { terms: [...this.ids.keys()], frequencies: [...this.frequencies] };
  }
}

/** Whether `sorted` (between `low` and `high`, both included) holds `id`, by binary search. */
export function containsId(sorted: Uint32Array, id: number, low = 0, high = sorted.length - 1): boolean {
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
