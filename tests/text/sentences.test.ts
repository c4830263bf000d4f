import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

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
    ['No final stop', ['No final stop']],
  ];
  it.each(cases)('splits %j', (paragraph, expected) => {
    const sentences = splitSentences(paragraph);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected);
    for (const sentence of sentences) expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
