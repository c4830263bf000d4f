import { afterEach, describe, expect, it } from 'vitest';
import * as digestCommand from '../../commands/digest.js';
import { openDigestStore } from '../../src/digest/digest-store.js';
import { createDiscordPoster } from '../../src/discord/digest/discord-poster.js';
import { isEphemeral, replyText } from '../support/fake-discord/interaction-record.js';
import { checkCommands } from '../support/fake-discord/limits.js';
import { createUser } from '../support/fake-discord/payloads.js';
import { makeArticle, storyBody } from './support/articles.js';
import { DigestDiscordHarness } from './support/discord-harness.js';
import { crashableStore } from './support/harness.js';

let harness: DigestDiscordHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

async function started(start = '2024-06-03T05:00:00Z'): Promise<DigestDiscordHarness> {
  harness = await new DigestDiscordHarness(start).startFake();
  await harness.startBot();
  return harness;
}

const channelPosts = (bot: DigestDiscordHarness) =>
  bot.fake.requests.filter((request) => request.method === 'POST' && request.route.startsWith('/channels/'));

describe('/digest registration', () => {
  it('is registered for Manage Server only, in guilds, with its four subcommands, inside Discord limits', () => {
    const json = digestCommand.data.toJSON();
    expect(json.default_member_permissions).toBe('32');
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((option) => option.name)).toEqual(['set', 'off', 'show', 'now']);
    expect(checkCommands([json])).toEqual([]);
  });
});

describe('/digest through the real client and the fake Discord', () => {
  it('refuses a member without Manage Server or an admin role, privately, and changes nothing', async () => {
    const bot = await started();
    for (const [subcommand, options, action] of [
      ['set', bot.setOptions('07:30', 'Europe/Paris'), 'change the daily digest settings'],
      ['now', [], 'post a digest'],
      ['off', [], 'turn off the daily digest'],
      // Only looking: the refusal says so rather than "change".
      ['show', [], 'see the daily digest settings'],
    ] as const) {
      const record = await bot.digest(subcommand, [...options], bot.reader);
      expect(isEphemeral(record)).toBe(true);
      expect(replyText(record)).toContain(`Only admins can ${action}:`);
    }
    expect(openDigestStore({ path: bot.storePath, logger: bot.logs.logger }).state().guilds).toEqual({});
    expect(bot.fake.channelMessages).toEqual([]);
    expect(bot.logs.errors()).toEqual([]);
  });

  it('sets a schedule, shows it, and posts at the local minute with a nonce, inside the limits', async () => {
    const bot = await started();
    const set = await bot.digest('set', bot.setOptions('7:30', 'europe/paris'));
    expect(isEphemeral(set)).toBe(true);
    expect(replyText(set)).toContain('every day at 07:30 (Europe/Paris)');
    expect(replyText(await bot.digest('show'))).toContain('When nothing is new it posts nothing.');
    await bot.clock.advanceTo('2024-06-03T05:29:00Z');
    expect(bot.fake.channelMessages).toHaveLength(0);
    await bot.clock.advanceTo('2024-06-03T05:30:00Z');
    expect(bot.fake.channelMessages).toHaveLength(1);
    const [message] = bot.fake.channelMessages as Array<{ embeds: Array<{ description?: string }>; nonce?: string }>;
    expect(message?.embeds[0]?.description).toContain(
      '[Dock workers end harbor strike after pay deal](https://news.example/harbor-strike)',
    );
    expect(message?.nonce).toMatch(/^[0-9a-f]{20}0$/);
    expect(bot.fake.rejections).toEqual([]);
    expect(bot.logs.errors()).toEqual([]);
  });

  it('accepts a member with a role in ADMIN_ROLE_IDS', async () => {
    const bot = await started();
    const deskChief = createUser('desk chief', { roles: [bot.fake.world.adminRoleId] });
    const record = await bot.digest('show', [], deskChief);
    expect(replyText(record)).toContain('The daily digest is off.');
    expect(isEphemeral(record)).toBe(true);
  });

  it('refuses a time zone it does not know, saying why', async () => {
    const bot = await started();
    const record = await bot.digest('set', bot.setOptions('07:30', 'Europe/Atlantis'));
    expect(replyText(record)).toContain('"Europe/Atlantis" is not a known time zone');
  });

  it('/digest now posts here at once, and the next scheduled digest has only what came after', async () => {
    const bot = await started();
    await bot.digest('set', bot.setOptions('08:00', 'Europe/Paris', 'post'));
    const now = await bot.digest('now');
    expect(replyText(now)).toBe(`Posted the digest in <#${bot.fake.world.channelId}>: 3 new articles in 1 message.`);
    expect(bot.fake.channelMessages).toHaveLength(1);
    bot.addArticle(
      makeArticle({
        id: 'wires/ferry',
        title: 'New ferry line opens',
        published: '2021-04-07',
        paragraphs: storyBody('Ferry'),
      }),
    );
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    const second = bot.fake.channelMessages[1] as { embeds: Array<{ description?: string; title?: string }> };
    expect(second.embeds[0]?.title).toContain('1 new story');
    expect(second.embeds[0]?.description).toContain('New ferry line opens');
    expect(replyText(await bot.digest('off'))).toBe('The daily digest is off.');
    await bot.clock.advanceTo('2024-06-05T06:00:00Z');
    expect(bot.fake.channelMessages).toHaveLength(2);
    expect(bot.logs.errors()).toEqual([]);
  });

  it('/digest now counts in words: one new article in one message', async () => {
    const bot = await started();
    await bot.digest('now');
    bot.addArticle(makeArticle({ id: 'wires/ferry', title: 'New ferry line opens', paragraphs: storyBody('Ferry') }));
    const second = await bot.digest('now');
    expect(replyText(second)).toBe(`Posted the digest in <#${bot.fake.world.channelId}>: 1 new article in 1 message.`);
  });

  it('the footer of a posted digest shows no reference code people cannot use', async () => {
    const bot = await started();
    await bot.digest('now');
    const [message] = bot.fake.channelMessages as Array<{ embeds: Array<{ footer?: { text: string } }> }>;
    const footer = message?.embeds.at(-1)?.footer?.text ?? '';
    // What a reader sees: the invisible characters that let the bot find its own message are not shown.
    expect(footer.replace(/[\u200b-\u200d\u2060]/g, '')).toBe('Briefbot daily digest · 1/1');
  });

  it.each([
    { name: 'found in the channel history after Discord forgot the nonce', forget: true, history: true, posts: 1 },
    { name: 'answered by Discord from the enforced nonce', forget: false, history: false, posts: 2 },
  ])('no duplicate after a crash between post and record: $name', async ({ forget, history, posts }) => {
    harness = await new DigestDiscordHarness('2024-06-03T05:00:00Z').startFake();
    const bot = harness;
    const crashable = crashableStore(
      openDigestStore({ path: bot.storePath, logger: bot.logs.logger, now: () => bot.clock.now() }),
    );
    await bot.startBot(crashable.store);
    await bot.digest('set', bot.setOptions('08:00', 'Europe/Paris'));
    const crashWhenPosted = (): void => {
      if (bot.fake.channelMessages.length > 0) crashable.crash();
    };
    bot.fake.on('change', crashWhenPosted);
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    bot.fake.off('change', crashWhenPosted);
    expect(bot.fake.channelMessages).toHaveLength(1);
    await bot.stopBot();
    if (forget) bot.fake.forgetNonces();

    expect(
      openDigestStore({ path: bot.storePath, logger: bot.logs.logger }).guild(bot.fake.world.guildId).pending
        ?.messages[0]?.attempted,
    ).toBe(true);
    // The restarted process: the store from disk, a fresh client, a scheduler that resumes at once.
    await bot.startBot(undefined, (client) => {
      const poster = createDiscordPoster(client);
      return history ? poster : { render: poster.render, send: poster.send };
    });
    expect(bot.fake.channelMessages).toHaveLength(1);
    expect(channelPosts(bot)).toHaveLength(posts);
    const store = openDigestStore({ path: bot.storePath, logger: bot.logs.logger });
    expect(store.guild(bot.fake.world.guildId)).toMatchObject({ pending: null, lastSlot: '2024-06-03T06:00:00.000Z' });
  });

  it('suggests time zones as the admin types', async () => {
    const bot = await started();
    const payload = {
      ...(await import('../support/fake-discord/payloads.js')).autocompletePayload(
        bot.fake.world,
        bot.admin,
        'digest',
        [{ name: 'set', type: 1, options: [{ name: 'timezone', type: 3, value: 'new_y', focused: true }] }],
      ),
    };
    const record = await bot.fake.waitFor(bot.fake.dispatchInteraction(payload));
    const choices = (record.acknowledgement?.body as { data: { choices: Array<{ value: string }> } }).data.choices;
    expect(choices.map((choice) => choice.value)).toContain('America/New_York');
  });
});
