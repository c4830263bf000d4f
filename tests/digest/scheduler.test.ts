import { describe, expect, it } from 'vitest';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { trackHarnesses, type DigestHarness } from './support/harness.js';

const harness = trackHarnesses();

function configure(
  bot: DigestHarness,
  guildId: string,
  time: string,
  timeZone: string,
  whenEmpty: 'skip' | 'post' = 'skip',
): Promise<void> {
  return saveDigestSettings(
    bot.store,
    guildId,
    { channelId: `channel-${guildId}`, time, timeZone, whenEmpty },
    bot.clock.now(),
  ).then((saved) => {
    expect(saved.ok).toBe(true);
    bot.scheduler?.refresh();
  });
}

const postTimes = (bot: DigestHarness, guildId: string) =>
  bot.channels.in(`channel-${guildId}`).map((posted) => posted.at.toISOString());

describe('digest scheduler', () => {
  it('posts at the right minute in two time zones', async () => {
    const bot = harness('2024-06-03T00:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris');
    await configure(bot, 'newyork', '08:00', 'America/New_York');
    await bot.scheduler?.idle();
    await bot.clock.advanceTo('2024-06-03T05:59:59Z');
    expect(bot.channels.posted).toHaveLength(0);
    await bot.clock.advanceTo('2024-06-03T11:59:00Z');
    expect(postTimes(bot, 'paris')).toEqual(['2024-06-03T06:00:00.000Z']);
    expect(postTimes(bot, 'newyork')).toEqual([]);
    await bot.clock.advanceTo('2024-06-03T12:00:00Z');
    expect(postTimes(bot, 'newyork')).toEqual(['2024-06-03T12:00:00.000Z']);
    expect(bot.channels.in('channel-paris')[0]?.message.embeds[0]?.description).toContain('Harbour story number 1');
    expect(bot.errors()).toEqual([]);
  });

  it('keeps local time across the spring change in Europe', async () => {
    const bot = harness('2024-03-29T12:00:00Z');
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris', 'post');
    await bot.clock.advanceTo('2024-04-01T12:00:00Z');
    // CET (UTC+1) until Sunday 31 March, CEST (UTC+2) from that day on.
    expect(postTimes(bot, 'paris')).toEqual([
      '2024-03-30T07:00:00.000Z',
      '2024-03-31T06:00:00.000Z',
      '2024-04-01T06:00:00.000Z',
    ]);
    expect(bot.errors()).toEqual([]);
  });

  it('posts once at the first valid minute when the local time is skipped', async () => {
    const bot = harness('2024-03-08T12:00:00Z');
    await bot.start();
    await configure(bot, 'newyork', '02:30', 'America/New_York', 'post');
    await bot.clock.advanceTo('2024-03-11T12:00:00Z');
    // 02:30 does not exist on 10 March: the digest goes out at 03:00 EDT, once.
    expect(postTimes(bot, 'newyork')).toEqual([
      '2024-03-09T07:30:00.000Z',
      '2024-03-10T07:00:00.000Z',
      '2024-03-11T06:30:00.000Z',
    ]);
  });

  it('fires once on the autumn night whose local hour repeats', async () => {
    const bot = harness('2024-11-02T12:00:00Z');
    await bot.start();
    await configure(bot, 'newyork', '01:30', 'America/New_York', 'post');
    await bot.clock.advanceTo('2024-11-04T12:00:00Z');
    expect(postTimes(bot, 'newyork')).toEqual(['2024-11-03T05:30:00.000Z', '2024-11-04T06:30:00.000Z']);
  });

  it('does not post again after a restart, and posts the next day', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris');
    await bot.clock.advanceTo('2024-06-03T07:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
    await bot.stop();
    await bot.clock.advanceTo('2024-06-03T09:00:00Z');
    await bot.start();
    await bot.clock.advanceTo('2024-06-03T20:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
    bot.corpus.add('Port strike ends');
    await bot.clock.advanceTo('2024-06-04T06:00:00Z');
    expect(postTimes(bot, 'paris')).toEqual(['2024-06-03T06:00:00.000Z', '2024-06-04T06:00:00.000Z']);
    const second = bot.channels.posted[1]?.message.embeds[0]?.description ?? '';
    expect(second).toContain('Port strike ends');
    expect(second).not.toContain('Harbour story number 1');
  });

  it('catches up a digest missed while the bot was down, once', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris');
    await bot.clock.advanceTo('2024-06-03T07:00:00Z');
    await bot.stop();
    bot.corpus.add('Miners return to work');
    // Down through Tuesday's and Wednesday's slots.
    await bot.clock.advanceTo('2024-06-05T09:30:00Z');
    await bot.start();
    expect(postTimes(bot, 'paris')).toEqual(['2024-06-03T06:00:00.000Z', '2024-06-05T09:30:00.000Z']);
    await bot.clock.advanceTo('2024-06-05T23:00:00Z');
    expect(bot.channels.posted).toHaveLength(2);
    expect(bot.channels.posted[1]?.message.embeds[0]?.description).toContain('Miners return to work');
  });

  it('does not fire a slot that passed before the settings were made', async () => {
    const bot = harness('2024-06-03T10:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris');
    await bot.clock.advanceTo('2024-06-03T23:00:00Z');
    expect(bot.channels.posted).toHaveLength(0);
    await bot.clock.advanceTo('2024-06-04T06:00:00Z');
    expect(bot.channels.posted).toHaveLength(1);
  });

  it.each([
    { whenEmpty: 'skip' as const, expected: [] },
    { whenEmpty: 'post' as const, expected: ['Daily digest: no new articles since 2024-06-03 06:00 UTC.'] },
  ])('with nothing new it posts $whenEmpty', async ({ whenEmpty, expected }) => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    await bot.start();
    await configure(bot, 'paris', '08:00', 'Europe/Paris', whenEmpty);
    await bot.clock.advanceTo('2024-06-03T07:00:00Z');
    await bot.clock.advanceTo('2024-06-04T07:00:00Z');
    const later = bot.channels.posted.slice(1).map((posted) => posted.message.content?.replace(/ \(Briefbot.*\)$/, ''));
    expect(later).toEqual(expected);
    expect(bot.store.guild('paris').lastSlot).toBe('2024-06-04T06:00:00.000Z');
  });
});
