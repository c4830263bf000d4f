import { afterEach, describe, expect, it } from 'vitest';
import { renderReloadReport } from '../../src/discord/render/reload-page.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { FakeBriefingService } from '../support/fake-briefing-service.js';
import { REINDEX_ELSEWHERE } from '../../src/storage/postgres/postgres-briefing-service.js';
import { bodiesThatCouldPing, isEphemeral, replyText } from '../support/fake-discord/interaction-record.js';
import { createUser, permissions } from '../support/fake-discord/payloads.js';

describe('/reload', () => {
  let harness: Harness;
  afterEach(async () => {
    if (harness) expect(bodiesThatCouldPing(harness.fake.interactions.values())).toEqual([]);
    await harness?.stop();
  });

  const admin = createUser('editor', { permissions: permissions.manageGuild });

  it('refuses a member without Manage Server or an admin role, privately, and reloads nothing', async () => {
    const service = new FakeBriefingService();
    harness = await startHarness({ service });
    const record = await harness.ask('reload');
    expect(isEphemeral(record)).toBe(true);
    expect(replyText(record)).toContain('Only admins can reload the corpus');
    expect(service.reloads).toBe(0);
    expect(harness.logs.errors()).toEqual([]);
  });

  it.each([
    ['Manage Server', () => admin],
    ['a role in ADMIN_ROLE_IDS', () => createUser('desk chief', { roles: [harness.fake.world.adminRoleId] })],
  ])('an admin by %s gets the report: added, changed, removed, skipped with reasons', async (_, user) => {
    const service = new FakeBriefingService();
    harness = await startHarness({ service });
    const record = await harness.ask('reload', {}, user());
    expect(record.acknowledgement?.type).toBe(5);
    expect(isEphemeral(record)).toBe(true);
    const text = replyText(record);
    expect(text).toContain('Corpus reloaded');
    expect(text).toContain('4 articles indexed');
    expect(text).toContain('Added (1)\n• wires/new-ferry');
    // Only what happened: no empty "Changed (0) None" fields.
    expect(text).not.toMatch(/Changed|Removed|None/);
    expect(text).toContain('Skipped (1)\n• notes/empty.txt: empty file');
    expect(service.reloads).toBe(1);
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a process serving from PostgreSQL tells an admin how to reindex, and reloads nothing', async () => {
    const service = new FakeBriefingService();
    service.reloadElsewhere = REINDEX_ELSEWHERE;
    harness = await startHarness({ service });
    const record = await harness.ask('reload', {}, admin);
    expect(isEphemeral(record)).toBe(true);
    expect(replyText(record)).toContain('npm run indexer');
    expect(replyText(record)).not.toContain('Corpus reloaded');
    expect(service.reloads).toBe(0);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a member with an unrelated role is still refused', async () => {
    harness = await startHarness();
    const reader = createUser('reader', { roles: [harness.fake.world.memberRoleId] });
    expect(replyText(await harness.ask('reload', {}, reader))).toContain('Only admins');
  });

  it('questions are answered from the old index while a reload runs; a second reload is refused', async () => {
    const service = new FakeBriefingService();
    let openGate = (): void => undefined;
    service.reloadGate = new Promise((resolve) => {
      openGate = resolve;
    });
    harness = await startHarness({ service });
    const reload = harness.send('reload', {}, admin);
    await harness.fake.waitFor(reload, (record) => record.acknowledgement !== undefined);
    await harness.fake.waitUntil(() => service.isReloading());

    const during = await harness.ask('search', { query: 'harbor' });
    expect(replyText(during)).toContain('strike at the harbor was over');
    const ferry = await harness.ask('search', { query: 'ferry line' });
    expect(replyText(ferry)).toContain('No answer in the corpus');
    const second = await harness.ask('reload', {}, admin);
    expect(replyText(second)).toContain('A reload is already running');
    expect(reload.edits).toHaveLength(0);

    openGate();
    await harness.fake.waitFor(reload);
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(replyText(await harness.ask('search', { query: 'ferry line' }))).toContain(
      'The ferry line opened on Saturday',
    );
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a failed reload tells the admin why and the old index keeps serving', async () => {
    const service = new FakeBriefingService();
    service.nextReloadFailure = "corpus folder 'corpus' cannot be read: EACCES";
    harness = await startHarness({ service });
    const record = await harness.ask('reload', {}, admin);
    const text = replyText(record);
    expect(text).toContain('Reload failed');
    expect(text).toContain('The previous index keeps answering');
    expect(text).toContain("corpus folder 'corpus' cannot be read: EACCES");
    expect(replyText(await harness.ask('who', { name: 'Okafor' }))).toContain('Maria Okafor');
    expect(
      harness.logs
        .lines()
        .some((line) => line.msg === 'reload failed; the previous index keeps serving' && line.level === 40),
    ).toBe(true);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('a reload that found nothing new says so in one line instead of four empty fields', () => {
    const page = renderReloadReport({
      added: [],
      changed: [],
      removed: [],
      skipped: [],
      articles: 1,
      milliseconds: 40,
    });
    expect(page.embeds[0]).toMatchObject({
      title: 'Corpus reloaded',
      description:
        '1 article indexed in 0.0 s; the new index now answers.\nNo file was added, changed, removed or skipped since the last load.',
      fields: [],
    });
  });
});
