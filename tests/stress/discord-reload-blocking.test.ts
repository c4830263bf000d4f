import { link, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { percentile, startBotProcess, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { isSettled, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, permissions, toOptions } from '../support/fake-discord/payloads.js';

/**
 * A measurement, not part of CI: questions asked through Discord while a large reload runs in
 * the bot's process. Needs a big corpus folder (e.g. the Reuters articles):
 *   BRIEFBOT_LARGE_CORPUS=/tmp/corp/reuters21578/articles npm run test:stress -- discord-reload-blocking
 * The bot starts on part of it; the rest is added and /reload asked, and a question goes out
 * every 100 ms until the reload has answered. Prints how many missed Discord's 3 s deadline.
 */
const largeCorpus = process.env.BRIEFBOT_LARGE_CORPUS;
const startShare = Number(process.env.BRIEFBOT_START_SHARE ?? 0.75);

const QUESTIONS: Array<[string, Record<string, string>]> = [
  ['who', { name: 'Baker' }],
  ['search', { query: 'oil prices' }],
  ['when', { event: 'OPEC meeting' }],
  ['quote', { speaker: 'Volcker' }],
];

describe.skipIf(!largeCorpus)('questions during a large reload (measurement)', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  let seed: string | undefined;
  afterAll(async () => {
    await bot?.dispose();
    await fake?.stop();
    if (seed) await rm(seed, { recursive: true, force: true });
  });

  it(
    'counts the questions that miss the 3 s deadline while the reload builds',
    async () => {
      const names = (await readdir(largeCorpus!)).sort();
      const firstCount = Math.round(names.length * startShare);
      seed = await mkdtemp(path.join(tmpdir(), 'briefbot-large-'));
      for (const name of names.slice(0, firstCount)) await link(path.join(largeCorpus!, name), path.join(seed, name));

      fake = await new FakeDiscord().start();
      const started = Date.now();
      bot = await startBotProcess(fake, { corpusSource: seed });
      await bot.waitForLog('logged in to Discord', 15 * 60_000);
      const startMs = Date.now() - started;
      for (const name of names.slice(firstCount))
        await link(path.join(largeCorpus!, name), path.join(bot.corpusDir, name));

      const users = Array.from({ length: 100 }, (_, index) => createUser(`reader${index}`));
      const admin = createUser('editor', { permissions: permissions.manageGuild });
      const reloadStarted = performance.now();
      const reloadStartedAt = Date.now();
      const reload = fake.dispatchInteraction(commandPayload(fake.world, admin, 'reload'));
      const questions: InteractionRecord[] = [];
      let reloadMs = Number.NaN;
      while (Number.isNaN(reloadMs) || performance.now() - reloadStarted < reloadMs + 2000) {
        const [name, options] = QUESTIONS[questions.length % QUESTIONS.length]!;
        questions.push(
          fake.dispatchInteraction(
            commandPayload(fake.world, users[questions.length % users.length]!, name, toOptions(options)),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (Number.isNaN(reloadMs) && isSettled(reload)) reloadMs = performance.now() - reloadStarted;
        if (performance.now() - reloadStarted > 15 * 60_000) throw new Error('the reload did not finish in 15 minutes');
      }
      await fake.waitUntil(
        () => questions.every((record) => isSettled(record) || record.rejections.length > 0),
        60_000,
      );

      const missed = questions.filter((record) => !record.acknowledgement);
      const acknowledged = questions
        .filter((record) => record.acknowledgement)
        .map((record) => record.acknowledgement!.afterMs);
      const slow = acknowledged.filter((ms) => ms > 1000).length;
      console.log(
        `large reload: ${names.length - firstCount} articles added to ${firstCount} (start ${(startMs / 1000).toFixed(0)} s); ` +
          `reload answered after ${(reloadMs / 1000).toFixed(1)} s\n` +
          `  questions asked during it: ${questions.length}; missed the 3 s deadline: ${missed.length}; acknowledged after > 1 s: ${slow}\n` +
          `  acknowledgement of the others: p50 ${percentile(acknowledged, 0.5).toFixed(0)} ms, p99 ${percentile(acknowledged, 0.99).toFixed(0)} ms, max ${Math.max(...acknowledged).toFixed(0)} ms`,
      );
      // Where the stalls fall: each question acknowledged after 1 s, by when it was asked, beside
      // what the bot logged meanwhile (seconds since /reload).
      const since = (at: number): string => `${(at / 1000).toFixed(1)} s`;
      const stalls = questions
        .filter((record) => (record.acknowledgement?.afterMs ?? Number.POSITIVE_INFINITY) > 1000)
        .map(
          (record) =>
            `${since(record.dispatchedAt - reloadStarted)}: ${record.acknowledgement ? `${record.acknowledgement.afterMs.toFixed(0)} ms` : 'missed'}`,
        );
      const events = bot
        .lines()
        .filter(
          (line) =>
            typeof line.time === 'number' &&
            (line.time as number) >= reloadStartedAt &&
            line.msg !== 'interaction handled',
        )
        .map(
          (line) =>
            `${since((line.time as number) - reloadStartedAt)}: ${line.msg}${line.durationMs ? ` (${String(line.durationMs)} ms)` : ''}`,
        );
      console.log(`  slow: ${stalls.join(', ')}\n  bot: ${[...new Set(events)].join(', ')}`);
      expect(questions.length).toBeGreaterThan(0);
      expect(missed.every((record) => record.rejections.some((rejection) => rejection.code === 10062))).toBe(true);
    },
    40 * 60_000,
  );
});
