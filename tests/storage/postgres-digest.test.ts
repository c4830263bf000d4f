import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DigestRecords } from '../../src/digest/digest-records.js';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { prepareDigest } from '../../src/digest/prepare-digest.js';
import { startDigestScheduler, type DigestScheduler } from '../../src/digest/scheduler.js';
import { openDigestStore } from '../../src/digest/digest-store.js';
import { importDigestStore } from '../../src/storage/postgres/import-digest-store.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { PostgresDigestRecords } from '../../src/storage/postgres/postgres-digest-records.js';
import { FakeChannels } from '../digest/support/fake-poster.js';
import { GrowingCorpus, recordingLogger } from '../digest/support/harness.js';
import { makeArticle, storyBody } from '../digest/support/articles.js';
import { ManualClock } from '../digest/support/manual-clock.js';
import { createTestSchema, isDatabaseReachable } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the shared digest tests are skipped');

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Records whose every call fails from `crash()` on, as if their process had died there. */
function crashable(inner: DigestRecords): { records: DigestRecords; crash(): void } {
  let dead = false;
  const guard = <Result>(call: () => Promise<Result>): Promise<Result> =>
    dead ? Promise.reject(new Error('the process crashed')) : call();
  return {
    records: {
      readGuilds: () => guard(() => inner.readGuilds()),
      readGuild: (guildId) => guard(() => inner.readGuild(guildId)),
      updateGuild: (guildId, change) => guard(() => inner.updateGuild(guildId, change)),
      tryUpdateGuild: (guildId, change) => guard(() => inner.tryUpdateGuild(guildId, change)),
      numberArticles: (articles) => guard(() => inner.numberArticles(articles)),
      claimPending: (guildId, digestId) => guard(() => inner.claimPending(guildId, digestId)),
      releasePending: (guildId, digestId) => guard(() => inner.releasePending(guildId, digestId)),
    },
    crash: () => void (dead = true),
  };
}

describe.skipIf(!reachable)('the daily digest shared in PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  const schedulers: DigestScheduler[] = [];

  beforeAll(async () => {
    schema = await createTestSchema();
    await migrate(schema.pool(1));
  });

  afterAll(async () => {
    await schema?.drop();
  });

  afterEach(async () => {
    for (const scheduler of schedulers.splice(0)) await scheduler.stop();
    const pool = schema.pool(1);
    await pool.query('TRUNCATE digest_guilds, digest_articles');
    await pool.end();
  });

  /** One bot process: its own pool and records, the world's clock, channels and corpus. */
  function processOf(world: { clock: ManualClock; channels: FakeChannels; corpus: GrowingCorpus }, claimMs = 60_000) {
    const logger = recordingLogger();
    const records = new PostgresDigestRecords(schema.pool(2), { claimMs, logger });
    const start = (store: DigestRecords = records): DigestScheduler => {
      const scheduler = startDigestScheduler({
        poster: world.channels,
        service: world.corpus,
        store,
        clock: world.clock,
        logger,
        busyPauseMs: 60_000,
      });
      schedulers.push(scheduler);
      return scheduler;
    };
    return { records, logger, start };
  }

  function worldAt(start: string) {
    // After each timer, every process's work is awaited (it talks to a real server).
    const clock = new ManualClock(start, async () => {
      await Promise.all(schedulers.map((scheduler) => scheduler.idle()));
    });
    return { clock, channels: new FakeChannels(() => clock.now()), corpus: new GrowingCorpus() };
  }

  const guilds = ['one', 'two', 'three', 'four', 'five', 'six'];

  /** `post` when nothing is new: a second digest of one slot would show as a second message. */
  async function configureAll(records: DigestRecords, clock: ManualClock): Promise<void> {
    for (const guildId of guilds) {
      const saved = await saveDigestSettings(
        records,
        guildId,
        { channelId: `channel-${guildId}`, time: '08:00', timeZone: 'Europe/Paris', whenEmpty: 'post' },
        clock.now(),
      );
      expect(saved.ok).toBe(true);
    }
  }

  /** Fires every timer due by `target` without waiting between them: both processes check at once. */
  async function fireTogether(world: { clock: ManualClock }, target: string, running: DigestScheduler[]) {
    await world.clock.advanceTo(target, async () => undefined);
    await Promise.all(running.map((scheduler) => scheduler.idle()));
  }

  it('two processes whose schedulers fire at once post each digest once', async () => {
    const world = worldAt('2024-06-03T05:00:00Z');
    world.corpus.add('First harbour story');
    const first = processOf(world);
    const second = processOf(world);
    await configureAll(first.records, world.clock);
    const running = [first.start(), second.start()];
    await Promise.all(running.map((scheduler) => scheduler.idle()));
    expect(world.channels.posted).toHaveLength(0);

    await fireTogether(world, '2024-06-03T06:00:00Z', running);
    for (const guildId of guilds) expect(world.channels.in(`channel-${guildId}`)).toHaveLength(1);

    world.corpus.add('Second harbour story');
    await fireTogether(world, '2024-06-04T06:00:00Z', running);
    for (const guildId of guilds) {
      const posts = world.channels.in(`channel-${guildId}`);
      expect(posts).toHaveLength(2);
      expect(posts[1]?.message.embeds[0]?.description).toContain('Second harbour story');
      expect(posts[1]?.message.embeds[0]?.description).not.toContain('First harbour story');
    }
    const states = await first.records.readGuilds();
    expect(Object.values(states).every((guild) => guild.pending === null && guild.lastSlot !== null)).toBe(true);
    const posted = (process: { logger: { lines: Array<{ message: string }> } }) =>
      process.logger.lines.filter((line) => line.message === 'digest posted').length;
    expect(posted(first) + posted(second)).toBe(guilds.length * 2);
    expect([...first.logger.lines, ...second.logger.lines].filter((line) => line.level === 'error')).toEqual([]);
  });

  it('of two processes preparing one slot, at once or one after the other has posted it, one prepares it', async () => {
    const world = worldAt('2024-06-03T06:00:00Z');
    world.corpus.add('First harbour story');
    const first = processOf(world);
    const second = processOf(world);
    await configureAll(first.records, new ManualClock('2024-06-02T12:00:00Z'));
    const options = (guildId: string) => ({
      guildId,
      channelId: `channel-${guildId}`,
      slot: new Date('2024-06-03T06:00:00Z'),
      whenEmpty: 'post' as const,
      now: world.clock.now(),
      render: world.channels.render.bind(world.channels),
    });
    const together = await Promise.all([
      prepareDigest(first.records, world.corpus, options('one')),
      prepareDigest(second.records, world.corpus, options('one')),
    ]);
    expect(together.map((outcome) => outcome.kind).sort()).toEqual(['pending', 'taken']);

    // The second read the guild before the first posted; it prepares after: the slot is settled.
    expect((await prepareDigest(first.records, world.corpus, options('two'))).kind).toBe('pending');
    const scheduler = first.start();
    await scheduler.idle();
    expect(world.channels.in('channel-two')).toHaveLength(1);
    expect((await prepareDigest(second.records, world.corpus, options('two'))).kind).toBe('taken');
    expect((await second.records.readGuild('two')).pending).toBeNull();
  });

  it('a process that claims a digest and dies before posting blocks it only until its claim runs out', async () => {
    const world = worldAt('2024-06-03T06:00:30Z');
    world.corpus.add('First harbour story');
    const dead = processOf(world, 400);
    const alive = processOf(world, 400);
    await configureAll(alive.records, new ManualClock('2024-06-02T12:00:00Z'));
    const prepared = await prepareDigest(dead.records, world.corpus, {
      guildId: 'one',
      channelId: 'channel-one',
      slot: new Date('2024-06-03T06:00:00Z'),
      whenEmpty: 'skip',
      now: world.clock.now(),
      render: world.channels.render.bind(world.channels),
    });
    expect(prepared.kind).toBe('pending');
    // The dead process posts nothing; the live one starts now and finds the digest claimed.
    const scheduler = alive.start();
    await scheduler.idle();
    expect(world.channels.in('channel-one')).toHaveLength(0);
    expect(world.channels.in('channel-two')).toHaveLength(1);
    // It waits a minute before it looks again: it does not spin on the claim.
    await world.clock.advance(30_000);
    const busy = () =>
      alive.logger.lines.filter((line) => line.message === 'digest pending: another process is posting it').length;
    expect(busy()).toBe(1);

    await sleep(500);
    await world.clock.advance(61_000);
    expect(world.channels.in('channel-one')).toHaveLength(1);
    expect(world.channels.in('channel-one')[0]?.message.embeds[0]?.description).toContain('First harbour story');

    world.corpus.add('Second harbour story');
    await world.clock.advanceTo('2024-06-04T06:00:00Z');
    expect(world.channels.in('channel-one')).toHaveLength(2);
    expect((await alive.records.readGuild('one')).lastSlot).toBe('2024-06-04T06:00:00.000Z');
  });

  it('a process that dies between the post and its record: the next one finds the message, never posts it twice', async () => {
    const world = worldAt('2024-06-03T05:00:00Z');
    world.corpus.add('First harbour story');
    const dying = processOf(world, 400);
    const crashing = crashable(dying.records);
    const survivor = processOf(world, 400);
    const saved = await saveDigestSettings(
      survivor.records,
      'one',
      { channelId: 'channel-one', time: '08:00', timeZone: 'Europe/Paris' },
      world.clock.now(),
    );
    expect(saved.ok).toBe(true);
    const first = dying.start(crashing.records);
    await first.idle();
    world.channels.afterPost = () => crashing.crash();
    await world.clock.advanceTo('2024-06-03T06:00:00Z');
    world.channels.afterPost = null;
    expect(world.channels.posted).toHaveLength(1);
    expect((await survivor.records.readGuild('one')).pending?.messages[0]).toMatchObject({
      attempted: true,
      messageId: null,
    });
    // Discord has forgotten the nonce: only the marker in the channel can tell.
    world.channels.forgetNonces();
    const second = survivor.start();
    await second.idle();
    expect(world.channels.posted).toHaveLength(1);
    await sleep(500);
    await world.clock.advance(61_000);
    expect(world.channels.posted).toHaveLength(1);
    expect(await survivor.records.readGuild('one')).toMatchObject({
      pending: null,
      lastSlot: '2024-06-03T06:00:00.000Z',
    });
  });

  it('a failed post gives its claim up: another process retries it at its time', async () => {
    const world = worldAt('2024-06-03T05:00:00Z');
    world.corpus.add('First harbour story');
    const first = processOf(world);
    const second = processOf(world);
    const saved = await saveDigestSettings(
      first.records,
      'one',
      { channelId: 'channel-one', time: '08:00', timeZone: 'Europe/Paris' },
      world.clock.now(),
    );
    expect(saved.ok).toBe(true);
    const running = first.start();
    await running.idle();
    world.channels.failures = 1;
    await world.clock.advanceTo('2024-06-03T06:00:00Z');
    expect((await first.records.readGuild('one')).pending).toMatchObject({ attempts: 1 });
    await running.stop();
    const other = second.start();
    await other.idle();
    await world.clock.advanceTo('2024-06-03T06:01:00Z');
    expect(world.channels.in('channel-one')).toHaveLength(1);
    expect((await second.records.readGuild('one')).pending).toBeNull();
  });

  it('numbers each article version once, whichever process sees it first', async () => {
    const pool = schema.pool(2);
    const left = new PostgresDigestRecords(pool);
    const right = new PostgresDigestRecords(schema.pool(2));
    const older = makeArticle({ id: 'b', published: '2024-05-01', paragraphs: storyBody('Older') });
    const newer = makeArticle({ id: 'a', published: '2024-05-02', paragraphs: storyBody('Newer') });
    const [one, two] = await Promise.all([left.numberArticles([newer, older]), right.numberArticles([older, newer])]);
    expect(one).toEqual(two);
    expect(one.get('b')! < one.get('a')!).toBe(true);
    // A process still holding the old version does not renumber the new one, nor the old.
    const edited = makeArticle({ id: 'a', published: '2024-05-02', paragraphs: storyBody('Edited') });
    const afterEdit = await left.numberArticles([older, edited]);
    expect(afterEdit.get('a')).toBeGreaterThan(one.get('a')!);
    expect((await right.numberArticles([older, newer])).get('a')).toBe(one.get('a'));
    expect((await left.numberArticles([older, edited])).get('a')).toBe(afterEdit.get('a'));
    await pool.end();
  });

  it("imports a one-process bot's JSON store once: schedules, high water and ledger numbers carry on", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-digest-import-'));
    const file = openDigestStore({ path: path.join(folder, 'digest-store.json'), logger: recordingLogger() });
    const saved = await saveDigestSettings(
      file,
      'one',
      { channelId: 'channel-one', time: '08:00', timeZone: 'Europe/Paris' },
      new Date('2024-06-01T00:00:00Z'),
    );
    expect(saved.ok).toBe(true);
    const articles = ['a', 'b', 'c'].map((id, index) =>
      makeArticle({ id, published: `2024-05-0${index + 1}`, paragraphs: storyBody(id) }),
    );
    const fileNumbers = await file.numberArticles(articles);
    await file.updateGuild('one', (guild) => {
      guild.highWater = fileNumbers.get('b')!;
      guild.lastSlot = '2024-06-03T06:00:00.000Z';
    });
    const pool = schema.pool(1);
    const records = new PostgresDigestRecords(pool);
    expect(await importDigestStore(pool, file.state())).toEqual({ imported: true, guilds: 1, articles: 3 });
    expect(await records.readGuild('one')).toEqual(file.guild('one'));
    const fresh = makeArticle({ id: 'd', published: '2024-05-04', paragraphs: storyBody('d') });
    const numbers = await records.numberArticles([...articles, fresh]);
    for (const article of articles) expect(numbers.get(article.id)).toBe(fileNumbers.get(article.id));
    expect(numbers.get('d')).toBe(4);
    expect(await importDigestStore(pool, file.state())).toEqual({
      imported: false,
      reason: 'the database holds digest records already',
    });
    await pool.end();
    rmSync(folder, { recursive: true, force: true });
  });
});
