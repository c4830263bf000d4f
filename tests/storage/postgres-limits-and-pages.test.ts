import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SharedPager } from '../../src/discord/pager.js';
import type { ReplyPage } from '../../src/discord/render/reply-page.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { PostgresPageSessions } from '../../src/storage/postgres/postgres-page-sessions.js';
import { PostgresRateLimiter } from '../../src/storage/postgres/postgres-rate-limiter.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { replyButtons, replyEmbeds, replyText } from '../support/fake-discord/interaction-record.js';
import { createUser } from '../support/fake-discord/payloads.js';
import { createTestSchema, isDatabaseReachable } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable)
  console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the shared limit and page tests are skipped');

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe.skipIf(!reachable)('rate limits and pages shared in PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  const harnesses: Harness[] = [];

  beforeAll(async () => {
    schema = await createTestSchema();
    await migrate(schema.pool(1));
  });

  afterEach(async () => {
    for (const harness of harnesses.splice(0)) await harness.stop();
  });

  afterAll(async () => {
    await schema?.drop();
  });

  const pages: ReplyPage[] = [1, 2, 3].map((index) => ({ embeds: [{ description: `page ${index}` }] }));

  it("counts a user's questions across processes, atomically, and refills on the database's clock", async () => {
    const one = new PostgresRateLimiter(schema.pool(4), { capacity: 5, refillPerSecond: 0.001 });
    const two = new PostgresRateLimiter(schema.pool(4), { capacity: 5, refillPerSecond: 0.001 });
    const burst = await Promise.all(
      Array.from({ length: 16 }, (_, index) => (index % 2 === 0 ? one : two).take('burst')),
    );
    expect(burst.filter((decision) => decision.allowed)).toHaveLength(5);
    const refused = burst.find((decision) => !decision.allowed);
    // One token at 0.001 a second: some 1,000 s away.
    expect(refused && !refused.allowed && refused.retryAfterMs).toBeGreaterThan(990_000);
    expect(await two.take('someone else')).toEqual({ allowed: true });

    // A token every 250 ms: wide enough that a loaded machine does not refill one between the
    // two questions (at 50 ms it once did, under a full eval).
    const quick = new PostgresRateLimiter(schema.pool(1), { capacity: 1, refillPerSecond: 4 });
    expect(await quick.take('refill')).toEqual({ allowed: true });
    const waiting = await quick.take('refill');
    expect(waiting.allowed).toBe(false);
    expect(!waiting.allowed && waiting.retryAfterMs).toBeLessThanOrEqual(250);
    await sleep(300);
    expect(await quick.take('refill')).toEqual({ allowed: true });
  });

  it('lets a question through, and its first page, saying so, when the database cannot be asked', async () => {
    const pool = schema.pool(1);
    await pool.end();
    const errors: unknown[] = [];
    const limiter = new PostgresRateLimiter(pool, {
      capacity: 1,
      refillPerSecond: 0.001,
      onError: (error) => errors.push(error),
    });
    expect(await limiter.take('anyone')).toEqual({ allowed: true });
    expect(errors).toHaveLength(1);
    // A reply whose pages cannot be saved is sent without buttons rather than not at all.
    const pager = new SharedPager(new PostgresPageSessions<ReplyPage>(pool), {
      onError: (error) => errors.push(error),
    });
    expect(await pager.open('asker', pages)).toEqual({ ...pages[0], components: [] });
    expect(errors).toHaveLength(2);
  });

  it('turns a page another process opened, for its asker only, until it expires', async () => {
    let now = 1_000_000;
    const opener = new SharedPager(new PostgresPageSessions<ReplyPage>(schema.pool(1)), { lifetimeMs: 1000 });
    const other = new SharedPager(new PostgresPageSessions<ReplyPage>(schema.pool(1)), { now: () => now });
    expect((await opener.open('asker', pages.slice(0, 1))).components).toEqual([]);
    now = Date.now();
    const first = await opener.open('asker', pages);
    const next = (first.components[0]!.components[2] as { custom_id: string }).custom_id;
    const turned = await other.turn(next, 'asker');
    expect(turned.kind === 'page' && turned.reply.embeds[0]!.description).toBe('page 2');
    expect(turned.kind === 'page' && turned.reply.components[0]!.components.length).toBe(3);
    expect((await other.turn(next, 'someone else')).kind).toBe('not-owner');
    expect((await other.turn('page:000000000000:1:next', 'asker')).kind).toBe('expired');
    now += 5000;
    expect((await other.turn(next, 'asker')).kind).toBe('expired');
  });

  it('two bots on one database: a page button of one is answered by the other, and the limit is one', async () => {
    const botOf = async () => {
      const pool = schema.pool(2);
      const harness = await startHarness({
        rateLimiter: new PostgresRateLimiter(pool, { capacity: 3, refillPerSecond: 0.001 }),
        pager: new SharedPager(new PostgresPageSessions<ReplyPage>(pool)),
      });
      harnesses.push(harness);
      return harness;
    };
    const [first, second] = [await botOf(), await botOf()];
    const asker = createUser('asker');
    const asked = await first.ask('who', { name: 'Reyes' }, asker);
    expect(replyEmbeds(asked)[0]?.description).toContain('port director');
    const next = replyButtons(asked)[2]!.customId;
    const turned = await second.click(asked, next, asker);
    expect(turned.acknowledgement?.type).toBe(7);
    expect(replyEmbeds(turned)[0]?.description).toContain('city councillor');
    const stranger = await second.click(asked, next, createUser('stranger'));
    expect(replyText(stranger)).toContain('Only the person who asked can turn these pages');

    await second.ask('search', { query: 'harbor' }, asker);
    await first.ask('who', { name: 'Okafor' }, asker);
    const limited = await second.ask('who', { name: 'Okafor' }, asker);
    expect(replyText(limited)).toMatch(/You're asking quickly: please wait \d+ s/);
    expect(first.logs.errors()).toEqual([]);
    expect(second.logs.errors()).toEqual([]);
  });
});
