import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import { DEFER_AFTER_MS } from '../../src/discord/answer-question.js';
import {
  bodiesThatCouldPing,
  callbackTypes,
  isEphemeral,
  replyButtons,
  replyEmbeds,
  replyText,
} from '../support/fake-discord/interaction-record.js';
import type { Json } from '../support/fake-discord/json.js';

describe('question commands through a real client and the fake Discord', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  function expectCleanRun(): void {
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
    expect(harness.logs.raw.join('\n')).not.toContain(harness.fake.token);
    expect(bodiesThatCouldPing(harness.fake.interactions.values())).toEqual([]);
  }

  it('/who answers with the person, roles, passage and a linked citation, never pinging', async () => {
    harness = await startHarness();
    const record = await harness.ask('who', { name: 'Okafor' });
    const [embed] = replyEmbeds(record);
    expect(embed?.title).toBe('Maria Okafor');
    expect(embed?.description).toContain('union leader');
    const fields = (embed?.fields ?? []) as Json[];
    expect(fields.map((field) => field.name)).toEqual(['Passage', 'Source']);
    expect(String(fields[0]!.value)).toContain('strike at the harbor was over');
    expect(String(fields[1]!.value)).toBe(
      '[Dock workers end harbor strike after pay deal](https://news.example/harbor-strike) · Example Wire · 2021-04-06',
    );
    expect(record.acknowledgement!.afterMs).toBeLessThan(3000);
    expect(isEphemeral(record)).toBe(false);
    expect((record.acknowledgement!.body.data as Json).allowed_mentions).toEqual({ parse: [] });
    expect(replyButtons(record)).toEqual([]);
    expectCleanRun();
  });

  it('answers privately when asked to', async () => {
    harness = await startHarness();
    const record = await harness.ask('who', { name: 'Okafor', private: true });
    expect(isEphemeral(record)).toBe(true);
    expect(replyText(record)).toContain('Maria Okafor');
  });

  it.each([
    ['when', { event: 'rail budget approved' }, ['2021-03-02', 'rail budget approved by the council']],
    ['quote', { speaker: 'Okafor' }, ['Maria Okafor said', '“We won a fair deal for every crew”']],
    [
      'search',
      { query: 'freight autumn' },
      ['Freight will move faster by autumn', 'Rail budget approved after long debate'],
    ],
  ] as const)('/%s replies with the answer and its citation', async (name, options, expected) => {
    harness = await startHarness();
    const record = await harness.ask(name, options);
    const text = replyText(record);
    for (const part of expected) expect(text).toContain(part);
    expectCleanRun();
  });

  it('/quote with a topic keeps the quotations about it, and says so when none is', async () => {
    harness = await startHarness();
    const onTopic = await harness.ask('quote', { speaker: 'Reyes', topic: 'freight' });
    expect(replyText(onTopic)).toContain('Freight will move faster');
    expect(String(onTopic.original?.content ?? '')).toBe('');
    const offTopic = await harness.ask('quote', { speaker: 'Reyes', topic: 'weather' });
    expect(String(offTopic.original?.content)).toContain('None of these quotations mentions that topic');
    expectCleanRun();
  });

  it('with no answer, says what the corpus holds: nearest names, a /search to try, the corpus size', async () => {
    harness = await startHarness();
    const record = await harness.ask('who', { name: 'Tom Smith' });
    const text = replyText(record);
    expect(text).toContain('No answer in the corpus');
    expect(text).toContain('Tom Reyes');
    expect(text).toContain('/search query:Tom Smith');
    expect(text).toContain('The corpus holds 3 articles dated 2021-03-02 to 2021-04-06');
    expectCleanRun();
  });

  it('escapes markdown and neutralises mass mentions taken from the corpus or the question', async () => {
    const service = new FakeBriefingService();
    service.fixedAnswers.set('search:harbor', {
      command: 'search',
      query: 'harbor',
      answers: [{ text: 'Crowds shouted @everyone to the *harbor* __now__ `x` <@123456789012345678>', citations: [] }],
    });
    harness = await startHarness({ service });
    const record = await harness.ask('search', { query: 'harbor' });
    const description = String(replyEmbeds(record)[0]?.description);
    expect(description).toContain('\\*harbor\\*');
    expect(description).toContain('\\_\\_now\\_\\_');
    expect(description).not.toContain('@everyone');
    expect(description).not.toMatch(/<@\d/);
    expectCleanRun();
  });

  it('an answer slower than DEFER_AFTER_MS is deferred first, then edited in with the answer, still private', async () => {
    const service = new FakeBriefingService();
    service.answerDelayMs = DEFER_AFTER_MS + 300;
    harness = await startHarness({ service });
    const record = await harness.ask('who', { name: 'Okafor', private: true });
    expect(record.acknowledgement!.type).toBe(callbackTypes.deferredMessage);
    expect(isEphemeral(record)).toBe(true);
    expect(record.edits).toHaveLength(1);
    expect(replyEmbeds(record)[0]?.title).toBe('Maria Okafor');
    expectCleanRun();
  });

  it('a fast answer is the first response itself (no deferral)', async () => {
    harness = await startHarness();
    const record = await harness.ask('search', { query: 'harbor' });
    expect(record.acknowledgement!.type).toBe(callbackTypes.message);
    expect(record.edits).toEqual([]);
  });

  it('a failing interaction gets an error reply with a reference and one error log line; the bot keeps serving', async () => {
    const service = new FakeBriefingService();
    service.failAsk = 'index table missing';
    harness = await startHarness({ service });
    const failed = await harness.ask('who', { name: 'Okafor' });
    const reference = /Reference `([0-9a-f]{8})`/.exec(replyText(failed))?.[1];
    expect(reference).toBeDefined();
    expect(isEphemeral(failed)).toBe(true);
    const errors = harness.logs.errors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'interaction failed', reference, command: 'who' });
    service.failAsk = null;
    expect(replyText(await harness.ask('who', { name: 'Okafor' }))).toContain('Maria Okafor');
  });
});
