/**
 * A map read as `base` with some entries replaced and some deleted, without copying `base`:
 * what a reload's knowledge looks like before it is committed. Replaced keys must be keys of
 * `base` (a new key would have no place in its order), so iteration keeps `base`'s order.
 */
export class PatchedMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly replaced: ReadonlyMap<K, V>,
    private readonly deleted: ReadonlySet<K>,
  ) {
    for (const key of replaced.keys()) {
      if (!base.has(key) || deleted.has(key))
        throw new Error('PatchedMap: a replaced key must be in the base map and not deleted');
    }
    for (const key of deleted) if (!base.has(key)) throw new Error('PatchedMap: a deleted key must be in the base map');
  }

  get size(): number {
    return this.base.size - this.deleted.size;
  }

  get(key: K): V | undefined {
    if (this.deleted.has(key)) return undefined;
    return this.replaced.has(key) ? this.replaced.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return !this.deleted.has(key) && this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      if (this.deleted.has(key)) continue;
      yield [key, this.replaced.has(key) ? (this.replaced.get(key) as V) : value];
    }
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArgument?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArgument, value, key, this);
  }

  /** Writes the patch into `target` (the base itself, once nothing reads the old state). */
  applyTo(target: Map<K, V>): void {
    for (const key of this.deleted) target.delete(key);
    for (const [key, value] of this.replaced) target.set(key, value);
  }
}
