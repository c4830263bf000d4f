import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { indexCorpus } from '../../src/storage/postgres/index-corpus.js';
import { PostgresDigestRecords } from '../../src/storage/postgres/postgres-digest-records.js';
import { startBotProcess, killGroup, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import type { Json } from '../support/fake-discord/json.js';
import { createTestSchema, isDatabaseReachable, testDatabaseUrl } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable)
  console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the two-process digest test is skipped');

function isDigestPart(message: Json): boolean {
  const embeds = (message.embeds ?? []) as Json[];
  return embeds.some((embed) =>
    String((embed.footer as Json | undefined)?.text ?? '').includes('Briefbot daily digest'),
  );
}

describe.skipIf(!reachable)('two `npm start` processes on one database', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let fake: FakeDiscord;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    schema = await createTestSchema();
    const pool = schema.pool(1);
    await migrate(pool);
    // As a deployment does: `npm run indexer` writes the corpus, then the bots serve it.
    const memory = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
    const knowledge = memory.knowledge();
    await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped: memory.overview().skipped });
    await memory.close?.();
    fake = await new FakeDiscord().start();
  }, 60_000);

  afterAll(async () => {
    for (const bot of bots) await bot.dispose();
    await fake?.stop();
    await schema?.drop();
  });

  it('both schedulers find the same digest due at start: it is posted once', async () => {
    // A schedule set yesterday for two minutes ago (UTC): due at once in every process that starts.
    const now = Date.now();
    const due = new Date(now - 2 * 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    const saved = await saveDigestSettings(
      new PostgresDigestRecords(schema.pool(1)),
      fake.world.guildId,
      { channelId: fake.world.channelId, time, timeZone: 'UTC' },
      new Date(now - 86_400_000),
    );
    expect(saved.ok).toBe(true);

    const separator = testDatabaseUrl.includes('?') ? '&' : '?';
    const databaseUrl = `${testDatabaseUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
    const started = await Promise.all(
      [0, 1].map(() => startBotProcess(fake, { environment: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'debug' } })),
    );
    bots.push(...started);
    await Promise.all(started.map((bot) => bot.waitForLog('logged in to Discord')));
    await fake.waitUntil(
      () => fake.channelMessages.some(isDigestPart),
      30_000,
      () => 'a digest in the channel',
    );
    // Each checks as soon as it has logged in; a few seconds more let the later one finish.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const bot of started) killGroup(bot.child, 'SIGTERM');
    // Logs are written asynchronously: read once the processes have ended.
    expect(await Promise.all(started.map((bot) => bot.exited))).toEqual([0, 0]);
    const parts = fake.channelMessages.filter(isDigestPart);
    const partCount = Number(
      /· \d+\/(\d+)/.exec(String(((parts[0]!.embeds as Json[]).at(-1)!.footer as Json).text))?.[1],
    );
    expect(parts).toHaveLength(partCount);
    const posted = started.map((bot) => bot.lines().filter((line) => line.msg === 'digest posted').length);
    expect(posted.sort()).toEqual([0, 1]);
    for (const bot of started) expect(bot.lines().filter((line) => line.level >= 50)).toEqual([]);
    // Neither built the corpus: both read it from the database.
    for (const bot of started) {
      expect(bot.lines().filter((line) => line.msg === 'serving the corpus from the database')).toHaveLength(1);
      expect(bot.lines().filter((line) => line.msg === 'corpus indexed')).toEqual([]);
    }
    const state = await new PostgresDigestRecords(schema.pool(1)).readGuild(fake.world.guildId);
    expect(state.pending).toBeNull();
    expect(state.lastDigestAt).not.toBeNull();

    console.log(
      'digest lines',
      started.map((bot) =>
        bot
          .lines()
          .filter((line) => /digest/.test(line.msg))
          .map((line) => line.msg),
      ),
    );
  }, 120_000);
});
