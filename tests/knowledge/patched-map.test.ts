import { describe, expect, it } from 'vitest';
import { PatchedMap } from '../../src/knowledge/patched-map.js';

const base = (): Map<string, number> =>
  new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ]);

describe('PatchedMap', () => {
  it.each<[string, Array<[string, number]>, string[], Array<[string, number]>]>([
    [
      'nothing',
      [],
      [],
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ],
    ],
    [
      'a replacement, in place',
      [['c', 30]],
      [],
      [
        ['a', 1],
        ['b', 2],
        ['c', 30],
        ['d', 4],
      ],
    ],
    [
      'a deletion',
      [],
      ['b'],
      [
        ['a', 1],
        ['c', 3],
        ['d', 4],
      ],
    ],
    [
      'both',
      [
        ['a', 10],
        ['d', 40],
      ],
      ['c'],
      [
        ['a', 10],
        ['b', 2],
        ['d', 40],
      ],
    ],
  ])('reads %s as the base with the patch applied, in the base order', (_, replaced, deleted, expected) => {
    const original = base();
    const patched = new PatchedMap(original, new Map(replaced), new Set(deleted));
    expect([...patched]).toEqual(expected);
    expect([...patched.keys()]).toEqual(expected.map(([key]) => key));
    expect([...patched.values()]).toEqual(expected.map(([, value]) => value));
    expect(patched.size).toBe(expected.length);
    for (const [key, value] of expected) {
      expect(patched.get(key)).toBe(value);
      expect(patched.has(key)).toBe(true);
    }
    for (const key of deleted) {
      expect(patched.get(key)).toBeUndefined();
      expect(patched.has(key)).toBe(false);
    }
    const visited: Array<[string, number]> = [];
    patched.forEach((value, key) => visited.push([key, value]));
    expect(visited).toEqual(expected);
    expect([...original]).toEqual([...base()]);
    patched.applyTo(original);
    expect([...original]).toEqual(expected);
  });

  it.each([
    ['a replaced key the base lacks', new Map([['z', 26]]), new Set<string>()],
    ['a deleted key the base lacks', new Map<string, number>(), new Set(['z'])],
    ['a key both replaced and deleted', new Map([['a', 10]]), new Set(['a'])],
  ])('refuses %s', (_, replaced, deleted) => {
    expect(() => new PatchedMap(base(), replaced, deleted)).toThrow(/^PatchedMap: /);
  });
});
