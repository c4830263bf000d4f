import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { openDigestStore } from '../../src/digest/digest-store.js';
import { crashableStore, recordingLogger, trackHarnesses, type DigestHarness } from './support/harness.js';

const harness = trackHarnesses();

async function configure(bot: DigestHarness, whenEmpty: 'skip' | 'post' = 'skip'): Promise<void> {
  await saveDigestSettings(
    bot.store,
    'guild',
    { channelId: 'news', time: '08:00', timeZone: 'Europe/Paris', whenEmpty },
    bot.clock.now(),
  );
  bot.scheduler?.refresh();
}

/** A bot whose first post "crashes" the process right after Discord stored the message. */
async function crashAfterPost(bot: DigestHarness, afterParts = 1): Promise<void> {
  const crashable = crashableStore(bot.openStore());
  await bot.start(crashable.store);
  await configure(bot);
  let parts = 0;
  bot.channels.afterPost = () => {
    parts += 1;
    if (parts === afterParts) crashable.crash();
  };
  await bot.clock.advanceTo('2024-06-03T06:00:00Z');
  bot.channels.afterPost = null;
  await bot.stop();
}

describe('digest delivery', () => {
  it('does not post twice after a crash between the post and its record (found in the channel)', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await crashAfterPost(bot);
    expect(bot.channels.posted).toHaveLength(1);
    expect(
      openDigestStore({ path: bot.storePath, logger: recordingLogger() }).guild('guild').pending?.messages[0],
    ).toMatchObject({
      attempted: true,
      messageId: null,
    });
    // Restarted much later: Discord has forgotten the nonce, the footer marker is still in the channel.
    bot.channels.forgetNonces();
    await bot.clock.advanceTo('2024-06-03T07:00:00Z');
    await bot.start();
    expect(bot.channels.posted).toHaveLength(1);
    expect(bot.store.guild('guild')).toMatchObject({ pending: null, lastSlot: '2024-06-03T06:00:00.000Z' });
    await bot.clock.advanceTo('2024-06-04T07:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
  });

  it('does not post twice after a crash when only the nonce can tell (history unreadable)', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await crashAfterPost(bot);
    bot.channels.historyReadable = false;
    const callsBefore = bot.channels.sendCalls;
    await bot.start();
    expect(bot.channels.sendCalls).toBe(callsBefore + 1);
    expect(bot.channels.posted).toHaveLength(1);
    expect(bot.store.guild('guild').pending).toBeNull();
  });

  it('resumes a long digest after the part where it crashed', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    for (let index = 0; index < 40; index += 1)
      bot.corpus.add(`${'Regional election results and turnout in the northern districts '.repeat(3)}${index}`);
    await crashAfterPost(bot, 1);
    expect(bot.channels.posted).toHaveLength(1);
    await bot.start();
    const parts = bot.channels.posted.map((posted) => posted.message.embeds.at(-1)?.footer?.text.replace(/.*· /, ''));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, index) => `${index + 1}/${parts.length}`));
    expect(bot.errors().every((line) => line.message === 'digest check failed')).toBe(true);
  });

  it('retries a failed post and posts it once', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot);
    bot.channels.failures = 2;
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    expect(bot.channels.posted).toHaveLength(0);
    expect(bot.store.guild('guild').pending).toMatchObject({ attempts: 1, nextAttemptAt: '2024-06-03T06:01:00.000Z' });
    await bot.clock.advanceTo('2024-06-03T06:05:00Z');
    expect(postTimesOf(bot)).toEqual(['2024-06-03T06:03:00.000Z']);
    expect(bot.logger.lines.filter((line) => line.message === 'digest post failed: will retry')).toHaveLength(2);
  });

  it('gives up after repeated failures and carries the articles into the next digest', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add('Grain exports rise');
    await bot.start();
    await configure(bot);
    bot.channels.failures = 100;
    await bot.clock.advanceTo('2024-06-03T22:00:00Z');
    expect(bot.errors().map((line) => line.message)).toEqual([
      'digest post failed for good: its articles go into the next digest',
    ]);
    bot.channels.failures = 0;
    await bot.clock.advanceTo('2024-06-04T06:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
    expect(bot.channels.posted[0]?.message.embeds[0]?.description).toContain('Grain exports rise');
  });

  it('puts an article added while a digest is being posted into the next digest', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add('First story');
    await bot.start();
    await configure(bot);
    bot.channels.afterPost = () => void bot.corpus.add('Late story');
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    bot.channels.afterPost = null;
    await bot.clock.advanceTo('2024-06-04T06:00:00Z');
    const descriptions = bot.channels.posted.map((posted) => posted.message.embeds[0]?.description ?? '');
    expect(descriptions).toHaveLength(2);
    expect(descriptions[0]).toContain('First story');
    expect(descriptions[0]).not.toContain('Late story');
    expect(descriptions[1]).toContain('Late story');
    expect(descriptions[1]).not.toContain('First story');
  });

  it('posts /digest now to the channel given, and counts it as sent', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add('Harbour reopens');
    const scheduler = await bot.start();
    await configure(bot);
    const outcome = await scheduler.postNow('guild', 'here');
    expect(outcome).toMatchObject({ delivery: 'delivered', parts: 1, articles: 1 });
    expect(bot.channels.in('here')).toHaveLength(1);
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    expect(bot.channels.in('news')).toHaveLength(0);
  });
});

function postTimesOf(bot: DigestHarness): string[] {
  return bot.channels.posted.map((posted) => posted.at.toISOString());
}

describe('digest store', () => {
  it.each([
    { name: 'not JSON', text: '{"format": "briefbot-digest-store", "ver' },
    { name: 'the wrong shape', text: JSON.stringify({ format: 'briefbot-digest-store', version: 1, guilds: 'x' }) },
  ])('moves a corrupt store ($name) aside, logs why, and starts fresh', async ({ text }) => {
    const bot = harness('2024-06-03T05:00:00Z');
    writeFileSync(bot.storePath, text);
    bot.corpus.add();
    await bot.start();
    const [error] = bot.errors();
    expect(error?.message).toBe('digest store unreadable: moved aside, starting with an empty store');
    const backup = (error?.fields as { backup: string }).backup;
    expect(readFileSync(backup, 'utf8')).toBe(text);
    expect(bot.store.state().guilds).toEqual({});
    await configure(bot);
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
    expect(JSON.parse(readFileSync(bot.storePath, 'utf8')).guilds.guild.lastSlot).toBe('2024-06-03T06:00:00.000Z');
  });

  it('writes atomically: no temporary file is left and the state reads back', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    const store = bot.openStore();
    await saveDigestSettings(
      store,
      'guild',
      { channelId: 'news', time: '7:05', timeZone: 'asia/tokyo' },
      bot.clock.now(),
    );
    expect(readdirSync(bot.directory)).toEqual(['digest-store.json']);
    expect(openDigestStore({ path: bot.storePath, logger: recordingLogger() }).guild('guild').settings).toMatchObject({
      time: '07:05',
      timeZone: 'Asia/Tokyo',
      whenEmpty: 'skip',
      enabled: true,
    });
  });

  it.each([
    { time: '25:00', timeZone: 'Europe/Paris', problem: 'not a time of day' },
    { time: '08:00', timeZone: 'Mars/Olympus', problem: 'not a known time zone' },
  ])('refuses settings with $problem', async ({ time, timeZone, problem }) => {
    const bot = harness('2024-06-03T05:00:00Z');
    const result = await saveDigestSettings(
      bot.openStore(),
      'guild',
      { channelId: 'news', time, timeZone },
      bot.clock.now(),
    );
    expect(result.ok ? '' : result.problem).toContain(problem);
  });
});
