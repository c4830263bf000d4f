import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { replyText } from '../support/fake-discord/interaction-record.js';
import { createUser } from '../support/fake-discord/payloads.js';

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

describe('a burst of questions', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it('200 questions from 50 users at once: every one answered within Discord deadline, nothing rejected', async () => {
    harness = await startHarness();
    const users = Array.from({ length: 50 }, (_, index) => createUser(`reader${index}`));
    const records = Array.from({ length: 200 }, (_, index) =>
      harness.send(
        index % 2 === 0 ? 'who' : 'search',
        index % 2 === 0 ? { name: 'Reyes' } : { query: 'harbor' },
        users[index % 50],
      ),
    );
    await Promise.all(records.map((record) => harness.fake.waitFor(record, undefined, 10_000)));
    const acknowledged = records.map((record) => record.acknowledgement!.afterMs);
    expect(Math.max(...acknowledged)).toBeLessThan(3000);
    expect(records.every((record) => replyText(record).length > 0)).toBe(true);
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
    console.info(
      `burst of 200: answer (first response) p50 ${percentile(acknowledged, 0.5).toFixed(1)} ms, p99 ${percentile(acknowledged, 0.99).toFixed(1)} ms, max ${Math.max(...acknowledged).toFixed(1)} ms`,
    );
  });
});
