import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/service/snapshot.js';
import { readDelta } from '../../src/service/snapshot-delta.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { startBotProcess, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { isSettled, replyText } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, permissions, toOptions } from '../support/fake-discord/payloads.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const editor = createUser('editor', { permissions: permissions.manageGuild });
const edits = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
const callbacks = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe('Discord answering 429 and 500', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it.each([
    [
      '429 on the route bucket (Retry-After, X-RateLimit-*)',
      { status: 429 as const, retryAfterSeconds: 0.5, times: 2 },
    ],
    [
      '429 on the global limit (X-RateLimit-Global)',
      { status: 429 as const, retryAfterSeconds: 0.5, global: true, times: 2 },
    ],
    ['500 twice', { status: 500 as const, times: 2 }],
    ['502 and 503', { status: 503 as const, times: 1 }],
  ])('edits refused with %s: the bot waits or retries and the answer arrives', async (_label, fault) => {
    harness = await startHarness();
    harness.fake.injectFault({ method: 'PATCH', route: edits, ...fault });
    const started = performance.now();
    const record = await harness.fake.waitFor(harness.send('reload', {}, editor), undefined, 15_000);
    expect(replyText(record)).toContain('Corpus reloaded');
    expect(harness.fake.faults.hits).toHaveLength(fault.times);
    expect(harness.fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(fault.times + 1);
    if (fault.status === 429)
      expect(performance.now() - started).toBeGreaterThanOrEqual(fault.retryAfterSeconds * 1000 * fault.times - 50);
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('interaction callbacks refused with 429 and 500: still acknowledged within 3 s and answered', async () => {
    harness = await startHarness();
    harness.fake.injectFault({ method: 'POST', route: callbacks, status: 429, retryAfterSeconds: 0.3 });
    harness.fake.injectFault({ method: 'POST', route: callbacks, status: 500 });
    const records = await Promise.all([
      harness.ask('who', { name: 'Okafor' }),
      harness.ask('search', { query: 'harbor' }),
    ]);
    for (const record of records) {
      expect(record.acknowledgement!.afterMs).toBeLessThan(3000);
      expect(replyText(record)).toMatch(/Okafor|harbor/i);
    }
    expect(harness.fake.faults.hits.map((hit) => hit.status)).toEqual([429, 500]);
    expect(harness.logs.errors()).toEqual([]);
  });
});

describe('slow REST', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it('every response held 1.5 s: questions and a reload are still answered, nothing rejected', async () => {
    harness = await startHarness();
    harness.fake.injectFault({ delayMs: 1500, times: Number.POSITIVE_INFINITY });
    const records = [
      harness.send('who', { name: 'Reyes' }),
      harness.send('quote', { speaker: 'Okafor' }),
      harness.send('reload', {}, editor),
    ];
    await Promise.all(records.map((record) => harness.fake.waitFor(record, undefined, 15_000)));
    expect(records.map((record) => record.acknowledgement!.afterMs).every((ms) => ms < 3000)).toBe(true);
    expect(replyText(records[2]!)).toContain('Corpus reloaded');
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('an edit that hangs past the REST timeout (15 s) is sent again and lands', async () => {
    harness = await startHarness();
    harness.fake.injectFault({ method: 'PATCH', route: edits, delayMs: 16_000 });
    const record = await harness.fake.waitFor(
      harness.send('reload', {}, editor),
      (candidate) => candidate.edits.length >= 2,
      25_000,
    );
    expect(replyText(record)).toContain('Corpus reloaded');
    expect(harness.logs.errors()).toEqual([]);
  }, 40_000);
});

describe('the gateway dropping the connection', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it.each([
    ['cut without a close frame (1006)', (fake: FakeDiscord) => fake.dropGatewayConnections()],
    ['closed with 4000 (unknown error)', (fake: FakeDiscord) => fake.dropGatewayConnections(4000)],
    ['op 7 RECONNECT', (fake: FakeDiscord) => fake.requestGatewayReconnect()],
  ])('%s: the client resumes (op 6), the questions asked meanwhile are replayed and answered', async (_label, drop) => {
    harness = await startHarness();
    expect(replyText(await harness.ask('who', { name: 'Okafor' }))).toContain('Maria Okafor');
    drop(harness.fake);
    await harness.fake.waitUntil(() => harness.fake.connectedSessions === 0);
    // Asked while the bot is away: Discord keeps the dispatch and replays it after RESUME.
    const meanwhile = harness.send('who', { name: 'Reyes' });
    await harness.fake.waitFor(meanwhile, undefined, 10_000);
    await harness.fake.waitUntil(() => harness.logs.messages().includes('gateway resumed'));
    expect(meanwhile.acknowledgement!.afterMs).toBeLessThan(3000);
    expect(replyText(meanwhile)).toContain('Tom Reyes');
    expect(harness.fake.gatewayResumes).toHaveLength(1);
    expect(harness.fake.gatewayResumes[0]).toMatchObject({ token: harness.fake.token, seq: expect.any(Number) });
    expect(harness.fake.gatewayIdentifies).toHaveLength(1);
    expect(harness.fake.gatewayReplayed).toBeGreaterThanOrEqual(1);
    expect(replyText(await harness.ask('search', { query: 'harbor' }))).toMatch(/harbor/i);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a session Discord no longer knows: RESUME refused (op 9), the client identifies again and answers', async () => {
    harness = await startHarness();
    await harness.ask('who', { name: 'Okafor' });
    harness.fake.forgetGatewaySessions();
    await harness.fake.waitUntil(
      () => harness.fake.gatewayIdentifies.length === 2 && harness.fake.connectedSessions === 1,
      15_000,
    );
    expect(harness.fake.gatewayResumes).toHaveLength(1);
    expect(replyText(await harness.ask('who', { name: 'Reyes' }))).toContain('Tom Reyes');
    expect(harness.logs.errors()).toEqual([]);
  });
});

describe('SIGTERM with interactions in flight (the bot in its own process)', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  afterEach(async () => {
    await bot?.dispose();
    await fake?.stop();
  });

  it('answers every interaction in flight, finishes the reload and its snapshot, exits 0', async () => {
    fake = await new FakeDiscord().start();
    bot = await startBotProcess(fake);
    await bot.waitForLog('logged in to Discord');
    await bot.waitForLog('index snapshot saved');
    await writeFile(
      path.join(bot.corpusDir, 'harbour-strike.txt'),
      'Dock workers end strike\n\nDock workers in Rotterdam ended a three-day strike on Tuesday, union leader Marta Vingerhoets said.\n',
    );
    // Slow REST keeps the replies in flight when the signal comes.
    fake.injectFault({ delayMs: 800, times: Number.POSITIVE_INFINITY });
    const users = Array.from({ length: 10 }, (_, index) => createUser(`reader${index}`));
    const questions = Array.from({ length: 40 }, (_, index) =>
      fake!.dispatchInteraction(
        commandPayload(
          fake!.world,
          users[index % 10]!,
          index % 2 ? 'who' : 'search',
          toOptions(index % 2 ? { name: 'Shamkhani' } : { query: 'Deir Ezzor' }),
        ),
      ),
    );
    const reload = fake.dispatchInteraction(commandPayload(fake.world, editor, 'reload'));
    await fake.waitUntil(() => [...questions, reload].every((record) => record.acknowledgement !== undefined), 10_000);
    // In flight: replies the bot sent but whose responses it is still waiting for, and the reload.
    const heldAtSignal = fake.heldResponses;
    const unsettledAtSignal = [...questions, reload].filter((record) => !isSettled(record)).length;
    bot.child.kill('SIGTERM');

    expect(await bot.exited).toBe(0);
    expect(heldAtSignal).toBeGreaterThan(0);
    expect(unsettledAtSignal).toBeGreaterThan(0);
    for (const record of questions) expect(replyText(record)).toMatch(/Shamkhani|Deir Ezzor/);
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(replyText(reload)).toContain('6 articles indexed');
    const messages = bot.lines().map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining(['shutting down', 'reload finished', 'disconnected from Discord', 'state flushed']),
    );
    expect(messages.lastIndexOf('index snapshot delta saved')).toBeGreaterThan(messages.indexOf('shutting down'));
    // The flushed state: the reload's change, as a delta beside the snapshot it follows.
    const snapshot = await readSnapshot(bot.cacheDir, bot.corpusDir);
    if (!snapshot.snapshot) throw new Error(`no snapshot: ${snapshot.reason}`);
    const delta = await readDelta(bot.cacheDir, bot.corpusDir, snapshot.id);
    expect([...(delta?.entries.values() ?? [])].map((entry) => entry.path)).toContain('harbour-strike.txt');
    expect(bot.lines().filter((line) => line.level >= 50)).toEqual([]);
    expect(fake.rejections).toEqual([]);
    console.log(
      `SIGTERM: ${heldAtSignal} replies awaiting Discord's response and ${unsettledAtSignal} interaction(s) unanswered at the signal; all answered, snapshot written, exit 0`,
    );
  }, 90_000);
});
