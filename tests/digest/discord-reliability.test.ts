import { afterEach, describe, expect, it } from 'vitest';
import { openDigestStore } from '../../src/digest/digest-store.js';
import { replyText } from '../support/fake-discord/interaction-record.js';
import type { Json } from '../support/fake-discord/json.js';
import { DigestDiscordHarness } from './support/discord-harness.js';
import { crashableStore } from './support/harness.js';

let harness: DigestDiscordHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const botMessages = (bot: DigestDiscordHarness): Json[] =>
  bot.fake.channelMessages.filter((message) => (message.author as Json).id === bot.fake.world.botUserId);

describe('the digest through the real client and the fake Discord', () => {
  it('never posts twice after a crash right after a post, in a busy channel, long after Discord forgot the nonce', async () => {
    harness = await new DigestDiscordHarness('2024-06-03T05:00:00Z').startFake();
    const bot = harness;
    const crashable = crashableStore(
      openDigestStore({ path: bot.storePath, logger: bot.logs.logger, now: () => bot.clock.now() }),
    );
    await bot.startBot(crashable.store);
    await bot.digest('set', bot.setOptions('08:00', 'Europe/Paris'));
    const crashWhenPosted = (): void => {
      if (botMessages(bot).length > 0) crashable.crash();
    };
    bot.fake.on('change', crashWhenPosted);
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    bot.fake.off('change', crashWhenPosted);
    await bot.stopBot();
    expect(botMessages(bot)).toHaveLength(1);

    // A busy channel: the digest is far beyond the last 50 messages; Discord forgot the nonce.
    bot.fake.chatInChannel(230);
    bot.fake.forgetNonces();
    await bot.clock.advanceTo('2024-06-03T09:00:00Z');
    await bot.startBot();
    expect(botMessages(bot)).toHaveLength(1);
    const store = openDigestStore({ path: bot.storePath, logger: bot.logs.logger });
    expect(store.guild(bot.fake.world.guildId)).toMatchObject({ pending: null, problem: null });
    // The only error is the simulated crash itself.
    expect(bot.logs.errors().every((line) => JSON.stringify(line).includes('the process crashed'))).toBe(true);
  });

  it('a deleted channel stops the post at once, names that channel, and does not block /digest now', async () => {
    harness = await new DigestDiscordHarness('2024-06-03T05:00:00Z').startFake();
    const bot = harness;
    await bot.startBot();
    const deleted = '999999999999999999';
    const options = bot.setOptions('08:00', 'Europe/Paris');
    options[0] = { name: 'channel', type: 7, value: deleted };
    // /digest set with a channel that is deleted before the post.
    const payloadChannel = { id: deleted, type: 0, name: 'old-briefings', permissions: '32' };
    const set = await bot.digestWithChannel('set', options, payloadChannel);
    expect(replyText(set)).toContain(`<#${deleted}>`);
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    await bot.clock.advanceTo('2024-06-03T08:00:00Z');
    const attempts = bot.fake.requests.filter((request) => request.route.includes(deleted));
    expect(attempts).toHaveLength(1);
    const guild = openDigestStore({ path: bot.storePath, logger: bot.logs.logger }).guild(bot.fake.world.guildId);
    expect(guild.pending).toBeNull();
    const show = replyText(await bot.digest('show'));
    expect(show).toContain(`cannot be posted in <#${deleted}>`);
    const now = await bot.digest('now');
    expect(replyText(now)).toContain(`Posted the digest in <#${bot.fake.world.channelId}>`);
    expect(botMessages(bot)).toHaveLength(1);
  });

  it('a channel where the bot lost its permission (403) is a permanent error too', async () => {
    harness = await new DigestDiscordHarness('2024-06-03T05:00:00Z').startFake();
    const bot = harness;
    await bot.startBot();
    await bot.digest('set', bot.setOptions('08:00', 'Europe/Paris'));
    bot.fake.injectFault({ method: 'POST', route: /^\/channels\/\d+\/messages$/, status: 403, times: Infinity });
    await bot.clock.advanceTo('2024-06-03T08:00:00Z');
    expect(bot.fake.faults.hits).toHaveLength(1);
    expect(replyText(await bot.digest('show'))).toMatch(/cannot be posted in <#\d+> \(Missing Permissions\)/);
  });
});
