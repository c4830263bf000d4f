import { describe, expect, it } from 'vitest';
import { parseQuoteQuestion, splitLoosely } from '../../src/answer/question/parse-quote-question.js';

describe('parseQuoteQuestion', () => {
  it.each([
    ['what did Volcker say about the dollar', 'Volcker', 'the dollar'],
    ['What did the interior minister say about the border?', 'the interior minister', 'the border'],
    ["what has Ma Kai said on China's exports", 'Ma Kai', "China's exports"],
    ['what did Telewest say', 'Telewest', null],
    ['how did the union respond to the offer', 'the union', 'the offer'],
    ['what the chancellor said about stamp duty', 'the chancellor', 'stamp duty'],
    ['quotes from Maria Lopez about the strike', 'Maria Lopez', 'the strike'],
    ["Obama's comments on race relations", 'Obama', 'race relations'],
    ['what did the report recommend', 'the report', null],
    ['what did Maria Lopez tell the court', 'Maria Lopez', null],
    ['what did the minister tell reporters about the strike', 'the minister', 'the strike'],
    ['what did Volcker tell Congress', 'Volcker', null],
    ['what did the singer say at the awards', 'the singer', 'the awards'],
    ['what did Maria Lopez say during the debate', 'Maria Lopez', 'the debate'],
  ])('%s -> speaker %s, topic %s', (question, speaker, topic) => {
    expect(parseQuoteQuestion(question)).toEqual({ speaker, topic, explicit: true });
  });

  it.each([['what was said about the merger'], ['quotes about the merger']])('%s is a topic alone', (question) => {
    expect(parseQuoteQuestion(question)).toEqual({ speaker: null, topic: 'the merger', explicit: true });
  });

  it('takes a bare phrase as it is, for the answerer to read as a speaker or a topic', () => {
    expect(parseQuoteQuestion('Shamkhani')).toEqual({ speaker: 'Shamkhani', topic: null, explicit: false });
    expect(parseQuoteQuestion('the birth lottery')).toEqual({
      speaker: 'the birth lottery',
      topic: null,
      explicit: false,
    });
  });

  it('offers the loose "X on Y" split of a bare phrase', () => {
    expect(splitLoosely('Shamkhani on Hezbollah')).toEqual({ speaker: 'Shamkhani', topic: 'Hezbollah' });
    expect(splitLoosely('Shamkhani')).toBeNull();
  });
});
