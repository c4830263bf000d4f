/**
 * What sharing the Discord adapter's state through PostgreSQL costs a question:
 *   node --import tsx scripts/bench-shared-state.ts [--users 200] [--takes 3000]
 * p50/p99 of a rate-limit take (in memory and in the database), of saving and loading a
 * three-page reply's session, and of a digest claim renewed. Works in a schema of its own,
 * dropped at the end; BENCH_DATABASE_URL, else the machine's server.
 */
import { parseArgs } from 'node:util';
import { createRateLimiter, defaultRateLimit } from '../src/discord/rate-limiter.js';
import { migrate } from '../src/storage/postgres/migrate.js';
import { PostgresDigestRecords } from '../src/storage/postgres/postgres-digest-records.js';
import { PostgresPageSessions } from '../src/storage/postgres/postgres-page-sessions.js';
import { PostgresRateLimiter } from '../src/storage/postgres/postgres-rate-limiter.js';
import { createBenchSchema } from './bench-schema.js';
import { log, percentile, round } from './bench-timing.js';

const { values } = parseArgs({
  options: { users: { type: 'string', default: '200' }, takes: { type: 'string', default: '3000' } },
});
const users = Number(values.users);
const takes = Number(values.takes);
const connectionString = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Times `count` runs after 50 unmeasured ones; each run gets its own index (warm-up ones included). */
async function timeEach(count: number, run: (index: number) => unknown): Promise<number[]> {
  for (let index = 0; index < 50; index += 1) await run(count + index);
  const timings: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await run(index);
    timings.push(performance.now() - start);
  }
  return timings;
}

const figure = (timings: number[]) => `${round(percentile(timings, 0.5))} / ${round(percentile(timings, 0.99))} ms`;

const { pool, drop } = await createBenchSchema(connectionString);
try {
  await migrate(pool);
  const memory = createRateLimiter(defaultRateLimit);
  const shared = new PostgresRateLimiter(pool, defaultRateLimit);
  const user = (index: number) => `user-${index % users}`;
  log(`rate limit take, in memory (p50 / p99): ${figure(await timeEach(takes, (index) => memory.take(user(index))))}`);
  log(`rate limit take, PostgreSQL (p50 / p99): ${figure(await timeEach(takes, (index) => shared.take(user(index))))}`);

  const sessions = new PostgresPageSessions<{ embeds: Array<{ description: string }> }>(pool);
  // Three pages of an answer's size (a few kB of embed text each).
  const pages = [1, 2, 3].map((page) => ({ embeds: [{ description: `page ${page} `.repeat(400) }] }));
  const expiresAt = Date.now() + 15 * 60_000;
  const saves = await timeEach(takes / 3, (index) =>
    sessions.save(`bench${index}`, { ownerId: user(index), pages, expiresAt }),
  );
  log(`page session save (p50 / p99): ${figure(saves)}`);
  log(`page session load (p50 / p99): ${figure(await timeEach(takes / 3, (index) => sessions.load(`bench${index}`)))}`);

  const records = new PostgresDigestRecords(pool);
  const claimed = await records.updateGuild('bench', (guild) => {
    guild.pending = {
      digestId: 'benchdigest',
      channelId: 'channel',
      slot: null,
      createdAt: new Date().toISOString(),
      highWater: 0,
      articleCount: 0,
      messages: [],
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
    };
    return true;
  });
  if (!claimed) throw new Error('no pending digest to claim');
  log(
    `digest claim renewed (p50 / p99): ${figure(await timeEach(takes / 3, () => records.claimPending('bench', 'benchdigest')))}`,
  );
} finally {
  await drop();
}
