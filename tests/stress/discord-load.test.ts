import { afterEach, describe, expect, it } from 'vitest';
import { percentile, startBotProcess, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { callbackTypes, replyText, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import { messagesThatCouldPing } from '../support/fake-discord/inspect-messages.js';
import { commandPayload, createUser, permissions, toOptions, type FakeUser } from '../support/fake-discord/payloads.js';

const burstSize = 1000;
/** 250 users asking 4 each: under the per-user limit (5 at once), so every one gets an answer. */
const userCount = 250;

/** The commands of the burst, in turn: every question command, an article, the overview. */
const MIX: Array<{ name: string; options: Record<string, string> }> = [
  { name: 'who', options: { name: 'Shamkhani' } },
  { name: 'when', options: { event: 'Daesh flushed out of Al-Bukamal' } },
  { name: 'quote', options: { speaker: 'Rouhani' } },
  { name: 'search', options: { query: 'Deir Ezzor' } },
  { name: 'who', options: { name: 'Nobody Atall' } },
  { name: 'article', options: { id: '000_ee9d258b94439a1e' } },
  { name: 'sources', options: {} },
  { name: 'quote', options: { speaker: 'Shamkhani', topic: 'terrorism' } },
];

/** When the user saw the answer: the reply itself, or the first edit of a deferred one. */
function answeredAfterMs(record: InteractionRecord): number {
  const type = record.acknowledgement!.type;
  if (type === callbackTypes.deferredMessage) return record.edits[0]?.afterMs ?? Number.NaN;
  return record.acknowledgement!.afterMs;
}

function describeSpread(values: number[]): string {
  return `p50 ${percentile(values, 0.5).toFixed(0)} ms, p99 ${percentile(values, 0.99).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
}

describe('load through the fake Discord, the bot in its own process', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  afterEach(async () => {
    await bot?.dispose();
    await fake?.stop();
  });

  it(`${burstSize} interactions in one burst (and a /reload among them): each acknowledged within 3 s, each answer delivered`, async () => {
    fake = await new FakeDiscord().start();
    bot = await startBotProcess(fake);
    await bot.waitForLog('logged in to Discord');
    // The bot has been up a moment: one of each command first, as a running bot would have seen.
    const warmUp = MIX.map(({ name, options }) =>
      fake!.dispatchInteraction(commandPayload(fake!.world, createUser('early'), name, toOptions(options))),
    );
    await Promise.all(warmUp.map((record) => fake!.waitFor(record, undefined, 10_000)));

    const users: FakeUser[] = Array.from({ length: userCount }, (_, index) => createUser(`reader${index}`));
    const admin = createUser('editor', { permissions: permissions.manageGuild });
    const started = performance.now();
    const records = Array.from({ length: burstSize }, (_, index) => {
      if (index === burstSize / 2) return fake!.dispatchInteraction(commandPayload(fake!.world, admin, 'reload'));
      const { name, options } = MIX[index % MIX.length]!;
      return fake!.dispatchInteraction(
        commandPayload(fake!.world, users[index % userCount]!, name, toOptions(options)),
      );
    });
    const dispatchMs = performance.now() - started;
    await Promise.all(records.map((record) => fake!.waitFor(record, undefined, 90_000)));
    const totalMs = performance.now() - started;

    const acknowledged = records.map((record) => record.acknowledgement!.afterMs);
    const answered = records.map(answeredAfterMs);
    console.log(
      `load: ${burstSize} interactions dispatched in ${dispatchMs.toFixed(0)} ms, all answered after ${totalMs.toFixed(0)} ms\n` +
        `  acknowledgement: ${describeSpread(acknowledged)}\n` +
        `  answer delivered: ${describeSpread(answered)}\n` +
        `  deferred (answered by an edit): ${records.filter((record) => record.acknowledgement!.type === callbackTypes.deferredMessage).length}`,
    );

    expect(Math.max(...acknowledged)).toBeLessThan(3000);
    expect(answered.every((value) => Number.isFinite(value))).toBe(true);
    for (const record of records) {
      const text = replyText(record);
      expect(text).toMatch(/[A-Za-z]{3,}/);
      // Real answers, not the polite refusals of the rate limit or of a stopping bot.
      expect(text).not.toMatch(/You're asking quickly|The bot is restarting|Something went wrong/);
    }
    expect(replyText(records[burstSize / 2]!)).toMatch(/Corpus reloaded|already running/);
    expect(fake.rejections).toEqual([]);
    expect(messagesThatCouldPing(fake)).toEqual([]);
    expect(bot.lines().filter((line) => line.level >= 50)).toEqual([]);
    expect(bot.stderr()).toBe('');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
