import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['shamkhani', 'shamkhani', 0],
    ['shamkani', 'shamkhani', 1],
    ['shamkahni', 'shamkhani', 1],
    ['rohani', 'rouhani', 1],
    ['dehgan', 'dehqan', 1],
    ['kitten', 'sitting', 3],
  ])('%s to %s: %i edits', (left, right, edits) => {
    expect(editDistance(left, right, 3)).toBe(edits);
  });

  it('stops at the limit: more than it is limit + 1', () => {
    expect(editDistance('merkel', 'shamkhani', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
  });
});
