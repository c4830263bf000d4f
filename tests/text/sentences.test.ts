import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['The minister resigned. He gave no reason.', ['The minister resigned.', 'He gave no reason.']],
    [
      'Mr. Baker met Gen. Smith on Jan. 5 in Washington. Talks ended.',
      ['Mr. Baker met Gen. Smith on Jan. 5 in Washington.', 'Talks ended.'],
    ],
    ['President George W. Bush spoke. Aides listened.', ['President George W. Bush spoke.', 'Aides listened.']],
    [
      'The U.S. Treasury said prices rose 1.5 pct. Analysts agreed.',
      ['The U.S. Treasury said prices rose 1.5 pct.', 'Analysts agreed.'],
    ],
    ['“We will not allow it,” he said. “Never.”', ['“We will not allow it,” he said.', '“Never.”']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    ['The deal closes in the U.S. The board approved it.', ['The deal closes in the U.S.', 'The board approved it.']],
    [
      'He will explain it when he visits the U.S. On April 19. Talks follow.',
      ['He will explain it when he visits the U.S. On April 19.', 'Talks follow.'],
    ],
    [
      'She gave to the school programme. 40 Kelford announced a fund.',
      ['She gave to the school programme.', '40 Kelford announced a fund.'],
    ],
    ['Output rose 5 pct. 3 Kelford mines closed.', ['Output rose 5 pct. 3 Kelford mines closed.']],
    ['No final stop', ['No final stop']],
  ];
  it.each(cases)('splits %j', (paragraph, expected) => {
    const sentences = splitSentences(paragraph);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected);
    for (const sentence of sentences) expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('splitSentences on over-long runs', () => {
  const words = ['the', 'council', 'met', 'on', 'Monday', 'and', 'said,', 'Ahmed', 'Khan;', 'would', 'visit'];
  const run = (length: number): string => {
    let text = '';
    for (let index = 0; text.length < length; index++) text += `${words[index % words.length]} `;
    return text.trim();
  };

  it('cuts a run without full stops into pieces within the limit, each an exact slice, losing no word', () => {
    const paragraph = run(120_000);
    const sentences = splitSentences(paragraph);
    expect(sentences.length).toBeGreaterThan(120);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(paragraph);
    // At a clause mark where there is one, so a piece reads as a clause.
    expect(sentences[0]!.text).toMatch(/[;,]$/);
  });

  it('cuts a run without any space at the limit, never inside a surrogate pair', () => {
    const paragraph = '\u{1F600}'.repeat(1500);
    const sentences = splitSentences(paragraph);
    expect(sentences.map((sentence) => sentence.text).join('')).toBe(paragraph);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(sentence.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('leaves sentences of edited copy as they are', () => {
    const long = `${run(900)}.`;
    expect(splitSentences(`${long} Talks ended.`).map((sentence) => sentence.text)).toEqual([long, 'Talks ended.']);
  });
});

describe("a firm's suffix and its full stop", () => {
  it.each([
    [
      'end the sentence before a capital',
      'Prices fell, said Omar Haddad, director of Kelford Asia Ltd. Ardenco shares rose two dlrs.',
      ['Prices fell, said Omar Haddad, director of Kelford Asia Ltd.', 'Ardenco shares rose two dlrs.'],
    ],
    [
      'do not end it before another suffix of the name',
      'It bought Kelford Corp. Ltd shares on Monday.',
      ['It bought Kelford Corp. Ltd shares on Monday.'],
    ],
    [
      'do not end it before a lower-case word',
      'Kelford Inc. said it would buy Ardenco.',
      ['Kelford Inc. said it would buy Ardenco.'],
    ],
  ])('%s', (_, paragraph, expected) => {
    expect(splitSentences(paragraph).map((sentence) => sentence.text)).toEqual(expected);
  });
});
