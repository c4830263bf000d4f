import { describe, expect, it } from 'vitest';
import { parseWhoQuestion } from '../../src/answer/question/parse-who-question.js';

describe('parseWhoQuestion', () => {
  it.each([
    ['Shamkhani', 'Shamkhani'],
    ['who is Ali Shamkhani?', 'Ali Shamkhani'],
    ["who's the Iraqi president", 'the Iraqi president'],
    ['Who was the chairman of K Mart', 'the chairman of K Mart'],
    ['tell me about Maria Lopez', 'Maria Lopez'],
    ['who heads the Fishing Vessel Owners Association', 'head of the Fishing Vessel Owners Association'],
    ['who chairs the surveillance committee?', 'chairman of the surveillance committee'],
    ['who founded Easyjet', 'founder of Easyjet'],
  ])('%s -> %s', (question, subject) => {
    expect(parseWhoQuestion(question)).toBe(subject);
  });
});
