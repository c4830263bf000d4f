/**
 * A map that notes the keys asked of it and not held: the in-memory engine's code reads its
 * knowledge synchronously, so a question read from the database runs it, reads what it missed,
 * and runs it again until nothing was missing.
 */
export class LookupMap<K, V> extends Map<K, V> {
  constructor(
    held: ReadonlyMap<K, V>,
    private readonly missing: Set<K>,
  ) {
    super(held);
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value === undefined) this.missing.add(key);
    return value;
  }
}
