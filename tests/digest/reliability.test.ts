import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDigestRuntime, type DigestRuntime } from '../../src/digest/digest-runtime.js';
import { describeDigest, saveDigestSettings, turnDigestOff } from '../../src/digest/digest-settings.js';
import { DigestStoreUnreadableError, openDigestStore } from '../../src/digest/digest-store.js';
import { emptyStoreState } from '../../src/digest/store-state.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import { watchEventLoop } from '../support/event-loop-lag.js';
import { FakeChannels } from './support/fake-poster.js';
import { crashableStore, trackHarnesses, type DigestHarness } from './support/harness.js';
import { ManualClock } from './support/manual-clock.js';

const harness = trackHarnesses();

async function configure(bot: DigestHarness, guildId = 'guild', channelId = 'news', time = '08:00'): Promise<void> {
  const saved = await saveDigestSettings(
    bot.store,
    guildId,
    { channelId, time, timeZone: 'Europe/Paris' },
    bot.clock.now(),
  );
  expect(saved.ok).toBe(true);
  bot.scheduler?.refresh();
}

describe('an unreadable digest store', () => {
  it('is reported and never reset when a permission forbids reading it (EACCES)', () => {
    const bot = harness('2024-06-03T05:00:00Z');
    const stored = { ...emptyStoreState(), ledger: { next: 3, entries: { a: ['x', 1], b: ['y', 2] } } };
    const text = `${JSON.stringify(stored)}\n`;
    writeFileSync(bot.storePath, text);
    // Root reads anything: the check runs as an unprivileged user where the tests run as root.
    const asRoot = process.getuid?.() === 0;
    chmodSync(bot.storePath, asRoot ? 0o600 : 0o000);
    if (asRoot) {
      chownSync(bot.storePath, 0, 0);
      chmodSync(bot.directory, 0o777);
    }
    const script = `
      import { openDigestStore } from ${JSON.stringify(path.resolve('src/digest/digest-store.ts'))};
      const logger = { debug() {}, info() {}, warn() {}, error(fields, message) { console.log('logged', message) } };
      try { openDigestStore({ path: ${JSON.stringify(bot.storePath)}, logger }); console.log('opened'); }
      catch (error) { console.log(error.name, error.message); }`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      // The unprivileged user cannot write in the test run's own temporary folder: tsx's cache goes to the system's.
      ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, TMPDIR: '/tmp' } } : {}),
    });
    chmodSync(bot.storePath, 0o600);
    expect(run.stdout).toContain('DigestStoreUnreadableError');
    expect(run.stdout).toContain('EACCES');
    expect(run.stdout).not.toContain('opened');
    // Left exactly where and as it was: not moved aside, not emptied.
    expect(readdirSync(bot.directory)).toEqual(['digest-store.json']);
    expect(readFileSync(bot.storePath, 'utf8')).toBe(text);
  });

  it('is not reset when a folder stands in its place, and the runtime refuses to start on it', () => {
    const bot = harness('2024-06-03T05:00:00Z');
    mkdirSync(bot.storePath);
    expect(() => openDigestStore({ path: bot.storePath, logger: bot.logger })).toThrow(DigestStoreUnreadableError);
    expect(() =>
      createDigestRuntime({ service: new FakeBriefingService(), logger: bot.logger, storePath: bot.storePath }),
    ).toThrow(/cannot be read \(EISDIR\).*not reset/);
    expect(statSync(bot.storePath).isDirectory()).toBe(true);
    expect(bot.errors()).toEqual([]);
  });
});

describe('exactly once after a crash right after a post', () => {
  it('never posts twice when the channel cannot be searched and Discord has forgotten the nonce', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    const crashable = crashableStore(bot.openStore());
    await bot.start(crashable.store);
    await configure(bot);
    bot.channels.afterPost = () => crashable.crash();
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    bot.channels.afterPost = null;
    await bot.stop();
    expect(bot.channels.posted).toHaveLength(1);

    // Back after an outage longer than Discord's nonce memory, without Read Message History.
    bot.channels.forgetNonces();
    bot.channels.historyReadable = false;
    await bot.clock.advanceTo('2024-06-03T06:30:00Z');
    await bot.start();
    expect(bot.channels.posted).toHaveLength(1);
    const guild = bot.store.guild('guild');
    expect(guild.pending).toBeNull();
    expect(guild.problem?.message).toMatch(/could not be confirmed and was not sent again/);
    // The admin is told, and the next digest goes out as usual.
    expect(describeDigest(guild, bot.clock.now())).toMatch(/Problem .*may be missing/);
    bot.corpus.add('The next story');
    await bot.clock.advanceTo('2024-06-04T06:00:00Z');
    expect(bot.channels.posted).toHaveLength(2);
    expect(bot.channels.posted[1]?.message.embeds[0]?.description).toContain('The next story');
  });

  it('sends again with the nonce while Discord still remembers it, and that posts nothing new', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    const crashable = crashableStore(bot.openStore());
    await bot.start(crashable.store);
    await configure(bot);
    bot.channels.afterPost = () => crashable.crash();
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    bot.channels.afterPost = null;
    await bot.stop();
    bot.channels.historyReadable = false;
    await bot.clock.advanceTo('2024-06-03T06:01:00Z');
    await bot.start();
    expect(bot.channels.posted).toHaveLength(1);
    expect(bot.store.guild('guild')).toMatchObject({ pending: null, problem: null });
  });
});

describe('stored times', () => {
  it("one server's bad record never stops the others: it is repaired and logged", async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add();
    const good = {
      settings: {
        channelId: 'paris-news',
        time: '08:00',
        timeZone: 'Europe/Paris',
        whenEmpty: 'skip',
        enabled: true,
        updatedAt: '2024-06-01T00:00:00.000Z',
      },
      highWater: 0,
      lastSlot: null,
      lastDigestAt: null,
      pending: null,
    };
    const broken = { ...good, settings: { ...good.settings, channelId: 'broken-news', time: '25:61' } };
    const badDate = { ...good, settings: { ...good.settings, channelId: 'late-news' }, lastSlot: 'yesterday-ish' };
    writeFileSync(
      bot.storePath,
      JSON.stringify({ ...emptyStoreState(), guilds: { broken, paris: good, late: badDate } }),
    );
    await bot.start();
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    expect(bot.channels.in('paris-news')).toHaveLength(1);
    expect(bot.channels.in('late-news')).toHaveLength(1);
    expect(bot.channels.in('broken-news')).toHaveLength(0);
    const logged = bot.errors().map((line) => line.fields as { guildId?: string; problems?: string[] });
    expect(logged.map((fields) => fields.guildId).sort()).toEqual(['broken', 'late']);
    expect(logged.find((fields) => fields.guildId === 'broken')?.problems?.join()).toMatch(/settings\.time/);
    expect(bot.store.guild('broken').settings).toBeNull();
    expect(describeDigest(bot.store.guild('broken'), bot.clock.now())).toMatch(/stored schedule was invalid/);
  });
});

describe('a deleted or forbidden channel', () => {
  it('is a permanent error: dropped at once, no retries, the admin told, the next digest posts', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add('Grain exports rise');
    await bot.start();
    await configure(bot, 'guild', 'deleted');
    bot.channels.gone.add('deleted');
    await bot.clock.advanceTo('2024-06-03T08:00:00Z');
    expect(bot.channels.sendCalls).toBe(1);
    const guild = bot.store.guild('guild');
    expect(guild.pending).toBeNull();
    expect(describeDigest(guild, bot.clock.now())).toContain('cannot be posted in <#deleted>');
    expect(bot.errors().map((line) => line.message)).toEqual([
      'digest channel unusable: the post is dropped, its articles go into the next digest',
    ]);
    // /digest now elsewhere is not blocked, and carries the articles.
    const outcome = await bot.scheduler!.postNow('guild', 'elsewhere');
    expect(outcome).toMatchObject({ delivery: 'delivered', channelId: 'elsewhere', articles: 1 });
  });

  it('a digest waiting for a retry is dropped by /digest set and by /digest off', async () => {
    for (const change of ['set', 'off'] as const) {
      const bot = harness('2024-06-03T05:00:00Z');
      bot.corpus.add('Grain exports rise');
      await bot.start();
      await configure(bot, 'guild', 'flaky');
      bot.channels.failures = 100;
      await bot.clock.advanceTo('2024-06-03T06:30:00Z');
      expect(bot.store.guild('guild').pending).not.toBeNull();
      if (change === 'set') await configure(bot, 'guild', 'sturdy');
      else expect(await turnDigestOff(bot.store, 'guild', bot.clock.now())).toBe(true);
      expect(bot.store.guild('guild').pending).toBeNull();
      bot.channels.failures = 0;
      const calls = bot.channels.sendCalls;
      await bot.clock.advanceTo('2024-06-04T06:30:00Z');
      expect(bot.channels.in('flaky')).toHaveLength(0);
      if (change === 'set') expect(bot.channels.in('sturdy')).toHaveLength(1);
      else expect(bot.channels.sendCalls).toBe(calls);
    }
  });
});

describe('two processes on one store', () => {
  function runtimeOf(bot: DigestHarness, channels: FakeChannels, clock: ManualClock): DigestRuntime {
    return createDigestRuntime({
      service: bot.corpus as never,
      logger: bot.logger,
      storePath: bot.storePath,
      clock,
      lock: { staleMs: 400, retryMs: 20 },
    });
  }

  it('only one schedules and posts; the other says so, then takes over when the first stops', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    bot.corpus.add('First story');
    const clock = new ManualClock('2024-06-03T05:00:00Z', async () => {
      await first.services.scheduler()?.idle();
      await second.services.scheduler()?.idle();
    });
    const channels = new FakeChannels(() => clock.now());
    const first = runtimeOf(bot, channels, clock);
    const second = runtimeOf(bot, channels, clock);
    first.start(channels);
    second.start(channels);
    expect(first.services.store).not.toBeNull();
    expect(second.services.store).toBeNull();
    expect(second.services.standby()).toMatch(/run by another briefbot process \(pid \d+/);
    expect(bot.logger.lines.map((line) => line.message)).toContain(
      'digest store held by another briefbot process: serving questions without the digest scheduler',
    );
    await saveDigestSettings(
      first.services.store!,
      'guild',
      { channelId: 'news', time: '08:00', timeZone: 'Europe/Paris' },
      clock.now(),
    );
    first.services.scheduler()?.refresh();
    await clock.advanceTo('2024-06-03T06:00:00Z');
    expect(channels.posted).toHaveLength(1);
    const highWater = (await first.services.store!.readGuild('guild')).highWater;

    await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.services.store).not.toBeNull();
    // It read the store afresh: the first's digest is known, nothing is posted again.
    expect((await second.services.store!.readGuild('guild')).highWater).toBe(highWater);
    bot.corpus.add('Second story');
    await clock.advanceTo('2024-06-04T06:00:00Z');
    expect(channels.posted).toHaveLength(2);
    expect(channels.posted[1]?.message.embeds[0]?.description).toContain('Second story');
    expect(channels.posted[1]?.message.embeds[0]?.description).not.toContain('First story');
    await second.stop();
  });

  it('takes over at once from a process of this host that died (kill -9)', () => {
    const bot = harness('2024-06-03T05:00:00Z');
    writeFileSync(
      `${bot.storePath}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), instance: 'gone', since: '2024-06-01T00:00:00Z' }),
    );
    const clock = new ManualClock('2024-06-03T05:00:00Z');
    const runtime = runtimeOf(bot, new FakeChannels(), clock);
    expect(runtime.services.store).not.toBeNull();
    void runtime.stop();
  });
});

describe('the store stays small and off the event loop', () => {
  it('drops the entries of articles no longer in the corpus, and a post holds the event loop briefly', async () => {
    const bot = harness('2024-06-03T05:00:00Z');
    for (let index = 0; index < 20; index += 1) bot.corpus.add();
    const entries: Record<string, [string, number]> = {};
    for (let index = 0; index < 365_000; index += 1)
      entries[`removed/article-${index}`] = ['0123456789abcdef', index + 1];
    writeFileSync(
      bot.storePath,
      JSON.stringify({ ...emptyStoreState(), ledger: { next: 365_001, entries }, guilds: {} }),
    );
    await bot.start();
    await configure(bot);
    const lag = watchEventLoop();
    await bot.clock.advanceTo('2024-06-03T06:00:00Z');
    const longest = lag.stop();
    expect(bot.channels.posted).toHaveLength(1);
    const stored = JSON.parse(readFileSync(bot.storePath, 'utf8'));
    expect(Object.keys(stored.ledger.entries)).toHaveLength(20);
    // Copying, serialising and syncing 365,000 entries on each of the post's updates held it for seconds.
    expect(longest).toBeLessThan(400);
  }, 60_000);
});
