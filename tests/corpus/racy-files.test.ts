import { describe, expect, it } from 'vitest';
import { isRacy } from '../../src/corpus/walk-files.js';

// A walk begun at 10:00:00.000; whether a file it saw may have changed since unseen.
const WALK = Date.UTC(2026, 11, 4, 10, 0, 0);

describe('a file modified near the walk that saw it is read again', () => {
  it.each([
    ['a fine time 10 ms before the walk', WALK - 10 + 0.123456, true],
    ['a fine time 200 ms before the walk', WALK - 200 + 0.123456, false],
    ['a whole-second time one second before the walk', WALK - 1000, true],
    ['a whole-second time three seconds before the walk', WALK - 3000, false],
    ['a time after the walk began', WALK + 5 + 0.5, true],
  ])('%s', (_case, modifiedMs, racy) => {
    expect(isRacy(modifiedMs, WALK)).toBe(racy);
  });
});
