import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { isSettled, replyText, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, permissions, toOptions } from '../support/fake-discord/payloads.js';
import { weekdayLine } from '../support/event-loop-lag.js';

const editor = createUser('editor', { permissions: permissions.manageGuild });
// Many readers, so the rate limit (5 in a burst per user) never answers instead of the bot.
const readers = Array.from({ length: 100 }, (_, index) => createUser(`reader${index}`));

/**
 * A 9.9 MB scraped page flattened into one line without full stops, full of weekdays, dropped
 * into the corpus of a serving bot: before, its extraction held the event loop for minutes, so
 * every question missed Discord's 3 s deadline, the gateway heartbeat stopped and SIGTERM waited.
 */
describe('a 9.9 MB one-line file in the corpus of a serving bot', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  afterEach(async () => {
    await bot?.dispose();
    await fake?.stop();
  });

  it('is skipped over the time budget while every question is answered in time, and SIGTERM is obeyed during its reload', async () => {
    fake = await new FakeDiscord().start();
    bot = await startBotProcess(fake, { environment: { EXTRACTION_BUDGET_SECONDS: '5' } });
    await bot.waitForLog('logged in to Discord');
    const line = weekdayLine(9_900_000);
    await writeFile(path.join(bot.corpusDir, 'flattened-page.txt'), `A flattened page\n\n${line}\n`);

    const reload = fake.dispatchInteraction(commandPayload(fake.world, editor, 'reload'));
    const questions: InteractionRecord[] = [];
    const started = performance.now();
    while (!isSettled(reload)) {
      questions.push(
        fake.dispatchInteraction(
          commandPayload(
            fake.world,
            readers[questions.length % readers.length]!,
            'search',
            toOptions({ query: 'Deir Ezzor' }),
          ),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (performance.now() - started > 120_000) throw new Error('the reload did not answer in 2 minutes');
    }
    await fake.waitUntil(() => questions.every(isSettled), 30_000);
    const acknowledged = questions.map((record) => record.acknowledgement?.afterMs ?? Number.POSITIVE_INFINITY);
    console.log(
      `9.9 MB line: reload answered after ${((performance.now() - started) / 1000).toFixed(1)} s; ${questions.length} questions meanwhile, slowest acknowledged after ${Math.max(...acknowledged).toFixed(0)} ms`,
    );
    expect(questions.length).toBeGreaterThan(4);
    expect(Math.max(...acknowledged)).toBeLessThan(3000);
    for (const record of questions) expect(replyText(record)).toMatch(/Deir Ezzor/);
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(replyText(reload)).toMatch(/flattened-page\.txt: extraction took over 5 s/);
    expect(fake.rejections).toEqual([]);

    // Another such file and a reload, then SIGTERM while its extraction runs: the bot stops at once.
    await writeFile(path.join(bot.corpusDir, 'flattened-page-2.txt'), `Another flattened page\n\n${line}\n`);
    const second = fake.dispatchInteraction(commandPayload(fake.world, editor, 'reload'));
    await fake.waitUntil(() => second.acknowledgement !== undefined, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalled = performance.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const exitSeconds = (performance.now() - signalled) / 1000;
    console.log(`SIGTERM during that reload: exited 0 after ${exitSeconds.toFixed(1)} s`);
    expect(exitSeconds).toBeLessThan(8);
    expect(replyText(second)).toMatch(/stopped: briefbot is shutting down/);
  }, 240_000);
});
