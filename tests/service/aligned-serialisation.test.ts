import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { deserialiseAligned, serialiseAligned } from '../../src/service/aligned-serialisation.js';

const value = () => ({
  name: 'part',
  bytes: Uint8Array.from([1, 2, 3]),
  ints: Int32Array.from([-1, 2, 1 << 30]),
  doubles: Float64Array.from([0.5, -2, Number.MAX_VALUE]),
  nested: { shorts: Uint16Array.from([7, 8]), list: [Uint32Array.from([9])] },
  buffer: Buffer.from('text'),
  empty: new Float32Array(0),
});

describe('aligned serialisation', () => {
  it('gives back what it was given, every typed array aligned for its type', () => {
    const back = deserialiseAligned(serialiseAligned(value())) as ReturnType<typeof value>;
    expect(back).toEqual(value());
    expect(Buffer.isBuffer(back.buffer)).toBe(true);
    for (const view of [back.ints, back.doubles, back.nested.shorts, back.nested.list[0]!])
      expect(view.byteOffset % view.BYTES_PER_ELEMENT).toBe(0);
  });

  it('makes views into the part, not copies, when the part starts aligned', () => {
    const bytes = serialiseAligned({ doubles: Float64Array.from([1, 2]) });
    const part = new Uint8Array(new ArrayBuffer(bytes.length));
    part.set(bytes);
    const back = deserialiseAligned(part) as { doubles: Float64Array };
    expect(back.doubles.buffer).toBe(part.buffer);
  });

  it('copies a typed array when the part itself sits at an odd offset', () => {
    const bytes = serialiseAligned({ doubles: Float64Array.from([1.5, 2.5]), ints: Int32Array.from([3]) });
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(deserialiseAligned(shifted)).toEqual({ doubles: Float64Array.from([1.5, 2.5]), ints: Int32Array.from([3]) });
  });

  it("reads Node's own serialisation, so an older snapshot's parts still say what they are", () => {
    expect(deserialiseAligned(serialize({ version: 12, ints: Int32Array.from([1]) }))).toEqual({
      version: 12,
      ints: Int32Array.from([1]),
    });
  });

  it('throws on bytes it did not write, and on a typed array outside its part', () => {
    expect(() => deserialiseAligned(Buffer.from('not a part at all'))).toThrow();
    const bytes = serialiseAligned({ ints: Int32Array.from([1, 2, 3, 4]) });
    expect(() => deserialiseAligned(bytes.subarray(0, bytes.length - 8))).toThrow();
  });
});
