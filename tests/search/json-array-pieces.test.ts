import { describe, expect, it } from 'vitest';
import { jsonArrayPieces } from '../../src/search/json-array-pieces.js';

const bytesOf = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const piecesOf = (value: unknown, pieceBytes: number): unknown[][] => [
  ...jsonArrayPieces(bytesOf(JSON.stringify(value)), pieceBytes),
];

// Entries shaped as flexsearch's term map exports them, with terms that look like its seams.
const termMap: unknown[] = [
  ['oil', [[1, 2, 3], null, [4]]],
  ['crude', [[5]]],
  ['a],["b', [[6, 7]]],
  ['quote"],["inside\\', [[8], [9]]],
  ['pöhl', [[10]]],
  ['', []],
  ['東京', [[11, 12]]],
  ['last', [[13], [14], [15]]],
];

describe('a JSON array parsed in pieces', () => {
  it.each([1, 8, 20, 64, 10_000])('gives every entry once, in order, with pieces of about %i bytes', (pieceBytes) => {
    const pieces = piecesOf(termMap, pieceBytes);
    expect(pieces.flat()).toEqual(termMap);
    if (pieceBytes === 10_000) expect(pieces).toHaveLength(1);
    if (pieceBytes === 1) expect(pieces.length).toBeGreaterThan(4);
  });

  it('cuts other arrays too: nested entries whose inner arrays hold the same seam, numbers, objects', () => {
    const nested = [
      [
        'k',
        [
          ['x', [[1]]],
          ['y', [[2]]],
        ],
      ],
      ['l', [['z', [[3]]]]],
      { key: '],["', list: [1, 2] },
      42,
      'text with \\ and "quotes"',
    ];
    for (const pieceBytes of [1, 5, 30]) expect(piecesOf(nested, pieceBytes).flat()).toEqual(nested);
    const numbers = Array.from({ length: 500 }, (_, index) => index * 7);
    expect(piecesOf(numbers, 100).flat()).toEqual(numbers);
    expect(piecesOf(numbers, 100).length).toBeGreaterThan(10);
  });

  it('gives an empty array as one empty piece, and refuses what is no whole JSON array', () => {
    expect(piecesOf([], 4)).toEqual([[]]);
    expect([...jsonArrayPieces(bytesOf(' [1, 2] '), 1)].flat()).toEqual([1, 2]);
    for (const broken of ['{"a":1}', '[1,2', '[["a",[1]],["b"', '[1] 2', 'x[1]', '[1,]'])
      expect(() => [...jsonArrayPieces(bytesOf(broken), 1)], broken).toThrow(SyntaxError);
  });
});
