import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import { isEphemeral, replyText } from '../support/fake-discord/interaction-record.js';
import { createUser, permissions } from '../support/fake-discord/payloads.js';

describe('stopping the bot', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.fake.stop();
  });

  it('finishes interactions in flight, turns new ones away politely, then disconnects', async () => {
    const service = new FakeBriefingService();
    let openGate = (): void => undefined;
    service.reloadGate = new Promise((resolve) => {
      openGate = resolve;
    });
    harness = await startHarness({ service });
    const admin = createUser('editor', { permissions: permissions.manageGuild });
    const reload = harness.send('reload', {}, admin);
    await harness.fake.waitUntil(() => service.isReloading());

    const stopped = harness.bot.stop({ drainTimeoutMs: 5000 });
    const late = await harness.ask('who', { name: 'Okafor' });
    expect(isEphemeral(late)).toBe(true);
    expect(replyText(late)).toContain('The bot is restarting');
    expect(harness.fake.connectedSessions).toBe(1);

    openGate();
    await stopped;
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(harness.fake.connectedSessions).toBe(0);
    expect(harness.logs.messages()).toContain('disconnected from Discord');
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a command the bot no longer has gets a private reply, not silence', async () => {
    harness = await startHarness();
    const record = await harness.ask('weather', { city: 'Oslo' });
    expect(isEphemeral(record)).toBe(true);
    expect(replyText(record)).toContain('/weather is not a command of this bot any more');
    await harness.bot.stop();
  });
});

describe('Discord-side trouble', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it('an interaction that expired before the reply is a warning, not a crash or an error', async () => {
    harness = await startHarness({ fake: { acknowledgeDeadlineMs: -1 } });
    const record = harness.send('who', { name: 'Okafor' });
    await harness.fake.waitUntil(() => harness.logs.messages().includes('interaction expired before the reply'));
    expect(record.acknowledgement).toBeUndefined();
    expect(record.rejections.map((rejection) => rejection.code)).toEqual([10062]);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a reload report whose edit loses its connection is sent again', async () => {
    harness = await startHarness();
    harness.fake.dropEdits = 1;
    const record = await harness.ask('reload', {}, createUser('editor', { permissions: permissions.manageGuild }));
    expect(replyText(record)).toContain('Corpus reloaded');
    expect(harness.fake.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2);
    expect(harness.logs.errors()).toEqual([]);
    expect(harness.logs.messages()).not.toContain('reload failed; the previous index keeps serving');
  });
});
