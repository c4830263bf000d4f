import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { replyText } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, toOptions } from '../support/fake-discord/payloads.js';
import { isRunning, startMain, until, type RunningMain } from '../support/main-process.js';

interface Line {
  level: number;
  msg: string;
  pid: number;
  shardId?: number;
}

describe('SHARDS=2 npm start', () => {
  let fake: FakeDiscord | undefined;
  let running: RunningMain | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      process.kill(-running.child.pid!, 'SIGKILL');
    }
    await fake?.stop();
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it("runs one bot process a shard through the ShardingManager: each answers its guilds' interactions once, SIGTERM stops them all", async () => {
    fake = await new FakeDiscord().start();
    const corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    await cp('corpus', corpusDir, { recursive: true });
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    folders.push(corpusDir, cacheDir);
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DIGEST_STORE_PATH: path.join(cacheDir, 'digest-store.json'),
      LOG_LEVEL: 'info',
      SHARDS: '2',
    });
    const current = running;
    const lines = (): Line[] =>
      current
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Line);
    await until(
      () => lines().some((line) => line.msg === 'every shard logged in') || current.child.exitCode !== null,
      'every shard logged in',
      90_000,
    );
    expect(current.stderr()).toBe('');
    expect(fake.gatewayIdentifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const shardPids = [
      ...new Set(
        lines()
          .filter((line) => line.msg === 'logged in to Discord')
          .map((line) => line.pid),
      ),
    ];
    expect(shardPids).toHaveLength(2);
    expect(shardPids).not.toContain(current.child.pid);

    // The world's guild is on one shard; a guild id one step further on (id >> 22) is on the other.
    const reader = createUser('reader');
    const otherGuild = String(BigInt(fake.world.guildId) + (1n << 22n));
    const here = commandPayload(fake.world, reader, 'who', toOptions({ name: 'Shamkhani' }));
    const there = {
      ...commandPayload(fake.world, reader, 'who', toOptions({ name: 'Shamkhani' })),
      guild_id: otherGuild,
    };
    const answers = await Promise.all(
      [here, there].map((payload) => fake!.waitFor(fake!.dispatchInteraction(payload))),
    );
    for (const answer of answers) expect(replyText(answer)).toContain('Ali Shamkhani');
    expect(fake.rejections).toEqual([]);

    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    for (const pid of shardPids) expect(isRunning(pid)).toBe(false);
    const messages = lines().map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down every shard', 'every shard stopped']));
    expect(messages.filter((message) => message === 'state flushed')).toHaveLength(2);
    expect(lines().filter((line) => line.level >= 50)).toEqual([]);
  }, 120_000);
});
