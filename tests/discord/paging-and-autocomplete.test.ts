import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerSet, WhoAnswer } from '../../src/answer/types.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import {
  bodiesThatCouldPing,
  isEphemeral,
  replyButtons,
  replyEmbeds,
  replyText,
} from '../support/fake-discord/interaction-record.js';
import { createUser } from '../support/fake-discord/payloads.js';
import type { Json } from '../support/fake-discord/json.js';

function embedTotal(embed: Json): number {
  const fields = (embed.fields ?? []) as Json[];
  return [
    embed.title,
    embed.description,
    (embed.footer as Json | undefined)?.text,
    (embed.author as Json | undefined)?.name,
  ]
    .concat(fields.flatMap((field) => [field.name, field.value]))
    .reduce<number>((sum, text) => sum + (typeof text === 'string' ? text.length : 0), 0);
}

describe('pages, autocomplete and Discord limits', () => {
  let harness: Harness;
  afterEach(async () => {
    if (harness) expect(bodiesThatCouldPing(harness.fake.interactions.values())).toEqual([]);
    await harness?.stop();
  });

  it('several answers get previous/next buttons that only the asker can use', async () => {
    harness = await startHarness();
    const first = await harness.ask('who', { name: 'Reyes' });
    expect(replyEmbeds(first)[0]?.description).toContain('port director');
    const buttons = replyButtons(first);
    expect(buttons.map((button) => [button.label, button.disabled])).toEqual([
      ['Previous', true],
      ['1 / 2', true],
      ['Next', false],
    ]);

    const stranger = createUser('stranger');
    const refused = await harness.click(first, buttons[2]!.customId, stranger);
    expect(isEphemeral(refused)).toBe(true);
    expect(replyText(refused)).toContain('Only the person who asked can turn these pages');
    expect(refused.acknowledgement?.type).toBe(4);

    const turned = await harness.click(first, buttons[2]!.customId);
    expect(turned.acknowledgement?.type).toBe(7);
    expect(replyEmbeds(turned)[0]?.description).toContain('city councillor');
    expect(String((replyEmbeds(turned)[0]?.footer as Json).text)).toContain('Answer 2 of 2');
    expect(replyButtons(turned).map((button) => button.disabled)).toEqual([false, true, true]);

    const back = await harness.click(turned, replyButtons(turned)[0]!.customId);
    expect(replyEmbeds(back)[0]?.description).toContain('port director');
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('expired page buttons say so instead of failing', async () => {
    harness = await startHarness();
    const first = await harness.ask('who', { name: 'Reyes' });
    const stale = replyButtons(first)[2]!.customId.replace(/page:[0-9a-f]+:/, 'page:000000000000:');
    const reply = await harness.click(first, stale);
    expect(replyText(reply)).toContain('These buttons have expired');
  });

  it('/who autocomplete suggests people with article counts and roles that tell namesakes apart, in time', async () => {
    harness = await startHarness();
    const record = await harness.autocomplete('who', 'name', 'tom');
    expect(record.acknowledgement?.type).toBe(8);
    expect(record.acknowledgement!.afterMs).toBeLessThan(3000);
    const choices = (record.acknowledgement!.body.data as Json).choices as Json[];
    expect(choices.map((choice) => choice.name)).toEqual([
      'Tom Reyes (1 article) · port director',
      'Tom Reyes (1 article) · city councillor',
    ]);
    expect(choices.map((choice) => choice.value)).toEqual(['Tom Reyes', 'Tom Reyes']);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('/quote and /article autocomplete suggest speakers and titles; overlong suggestions are cut to Discord limits', async () => {
    const service = new FakeBriefingService();
    const original = service.suggest.bind(service);
    service.suggest = async (kind, text, limit) =>
      kind === 'article' && text === 'many'
        ? Array.from({ length: 40 }, (_, index) => ({
            label: `A very long title ${'x'.repeat(150)} ${index}`,
            value: `desk/${index}`,
          })).concat([{ label: 'too long id', value: 'y'.repeat(140) }])
        : original(kind, text, limit);
    harness = await startHarness({ service });
    const speakers = await harness.autocomplete('quote', 'speaker', 'oka');
    expect(((speakers.acknowledgement!.body.data as Json).choices as Json[])[0]).toMatchObject({
      value: 'Maria Okafor',
    });
    const titles = await harness.autocomplete('article', 'id', 'harbor');
    expect((titles.acknowledgement!.body.data as Json).choices).toEqual([
      { name: 'Dock workers end harbor strike after pay deal', value: 'wires/harbor-strike' },
      { name: 'Council *votes* on_harbor [zoning]', value: 'desk/council-vote' },
    ]);
    const many = await harness.autocomplete('article', 'id', 'many');
    const choices = (many.acknowledgement!.body.data as Json).choices as Json[];
    expect(choices).toHaveLength(25);
    expect(choices.every((choice) => String(choice.name).length <= 100)).toBe(true);
    expect(harness.fake.rejections).toEqual([]);
  });

  it('an answer far past the limits is trimmed and paged, never rejected', async () => {
    const service = new FakeBriefingService();
    const citation = (index: number) => ({
      article: `wires/long-${index}`,
      title: `A long article title number ${index} ${'about the harbor '.repeat(12)}`,
      source: 'Example Wire',
      published: '2021-04-06',
      url: `https://news.example/long/${index}`,
      passage: `The harbor *board* met again. ${'The talks went on through the night. '.repeat(400)}`,
    });
    const answers: WhoAnswer[] = Array.from({ length: 30 }, (_, index) => ({
      person: `Maria Okafor ${'the younger '.repeat(40)}${index}`,
      roles: Array.from(
        { length: 80 },
        (__, role) => `chair of committee ${role} of the harbor union ${'and more '.repeat(5)}`,
      ),
      citations: Array.from({ length: 40 }, (__, cited) => citation(cited)),
    }));
    const set: AnswerSet = { command: 'who', query: 'Okafor', answers };
    service.fixedAnswers.set('who:Okafor', set);
    harness = await startHarness({ service });
    const first = await harness.ask('who', { name: 'Okafor' });
    expect(harness.fake.rejections).toEqual([]);
    const embed = replyEmbeds(first)[0]!;
    expect(embedTotal(embed)).toBeLessThanOrEqual(6000);
    expect(String(embed.description).length).toBeLessThanOrEqual(4096);
    expect(String(embed.title).length).toBeLessThanOrEqual(256);
    for (const field of (embed.fields ?? []) as Json[]) expect(String(field.value).length).toBeLessThanOrEqual(1024);
    expect(replyText(first)).toMatch(/… and \d+ more/);
    expect(replyButtons(first)[1]?.label).toBe('1 / 30');
    const last = await harness.click(first, replyButtons(first)[2]!.customId.replace(/:1:next$/, ':29:next'));
    expect(String((replyEmbeds(last)[0]?.footer as Json).text)).toContain('Answer 30 of 30');
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
  });
});
