import { describe, expect, it } from 'vitest';
import { withKnightlyTitle } from '../../src/answer/knighted-name.js';

describe('withKnightlyTitle', () => {
  it.each([
    ['a knight as the article names him', 'John Bourn', ['Auditor General Sir John Bourn said so.'], 'Sir John Bourn'],
    ['a dame', 'Kelly Holmes', ['Dame Kelly Holmes won.'], 'Dame Kelly Holmes'],
    ['a name the article gives no title', 'John Bourn', ['John Bourn said so.'], 'John Bourn'],
    ['a surname alone, which a title would not fit', 'Bourn', ['Sir Bourn said so.'], 'Bourn'],
    ['a longer name that only begins the same', 'John Bourn', ['Sir John Bournemouth said so.'], 'John Bourn'],
    ['a name that already has it', 'Sir John Bourn', ['Sir John Bourn said so.'], 'Sir John Bourn'],
  ])('%s', (_rule, name, passages, expected) => {
    expect(withKnightlyTitle(name, passages)).toBe(expected);
  });
});
