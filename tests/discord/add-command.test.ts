import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_SETTINGS } from '../../src/fetch/fetch-page.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { bodiesThatCouldPing, isEphemeral, replyText } from '../support/fake-discord/interaction-record.js';
import {
  attachmentCommandPayload,
  createUser,
  messageCommandPayload,
  permissions,
} from '../support/fake-discord/payloads.js';
import { PageServer } from '../support/page-server.js';
import { storyPage } from '../support/story-pages.js';

const STORY_PATH = '/news/2024/05/02/port-strike';
let server: PageServer;
let work: string;
let corpusDir: string;
let service: BriefingService;
let harness: Harness;
const admin = createUser('editor', { permissions: permissions.manageGuild });

beforeAll(async () => {
  server = await new PageServer().start();
  server.page(STORY_PATH, storyPage({ title: 'Dockers end <b>port</b> strike after @everyone pay deal' }));
  server.page(
    '/files/ferry.md',
    '---\ntitle: Ferry timetable changes\ndate: 2024-04-28\nsource: Coast Wire\n---\n\nThe ferry company said on Sunday that summer sailings to the islands would start two weeks early.\n',
    'application/octet-stream',
  );
  server.route('/slow', () => undefined);
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-add-discord-'));
  corpusDir = path.join(work, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  service = await createBriefingService({ corpusDir });
  harness = await startHarness({
    service,
    config: { corpusDir, fetch: { ...DEFAULT_FETCH_SETTINGS, allowPrivateAddresses: true, timeoutMs: 1000 } },
  });
});
afterEach(async () => {
  expect(harness.fake.rejections).toEqual([]);
  expect(bodiesThatCouldPing(harness.fake.interactions.values())).toEqual([]);
  await harness.stop();
  await service.close?.();
  rmSync(work, { recursive: true, force: true });
});

function addedFiles(): string[] {
  const folder = path.join(corpusDir, 'added');
  return existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort() : [];
}

describe('/add through the fake Discord', () => {
  it('adds a page from a link and shows what it understood, then says it is already there', async () => {
    const url = `${server.base}${STORY_PATH}`;
    const record = await harness.ask('add', { url }, admin);
    expect(isEphemeral(record)).toBe(true);
    const text = replyText(record);
    // The page's markup is not the title's; its text is escaped (no mass mention look-alike).
    expect(text).toContain('Added: Dockers end port strike after @\u200beveryone pay deal');
    for (const part of ['Harbour Times', '2024-05-02', 'Paragraphs\n5', 'Maria Okafor', 'added/127-0-0-1/']) {
      expect(text).toContain(part);
    }
    expect((await service.ask('search', 'pay deal')).answers.length).toBeGreaterThan(0);
    expect(addedFiles()).toHaveLength(2); // the site folder and the page

    const again = await harness.ask('add', { url }, admin);
    expect(replyText(again)).toContain('Already in the corpus');
    expect(replyText(again)).toContain('Nothing was added');
    expect(addedFiles()).toHaveLength(2);
  });

  it('adds an attached file', async () => {
    const payload = attachmentCommandPayload(harness.fake.world, admin, 'add', 'file', {
      filename: 'ferry.md',
      size: 160,
      url: `${server.base}/files/ferry.md`,
    });
    const record = await harness.fake.waitFor(harness.fake.dispatchInteraction(payload));
    const text = replyText(record);
    expect(text).toContain('Added: Ferry timetable changes');
    expect(text).toContain('added/files/ferry-timetable-changes');
  });

  it('adds the links and files of a message from the "Add to briefing" menu, refusing what it must', async () => {
    const payload = messageCommandPayload(harness.fake.world, admin, 'Add to briefing', {
      author: createUser('reporter'),
      content: `Worth reading: <${server.base}${STORY_PATH}> and ${server.base}/slow.`,
      attachments: [{ filename: 'photo.png', size: 2000, url: `${server.base}/photo.png` }],
    });
    const record = await harness.fake.waitFor(harness.fake.dispatchInteraction(payload));
    const text = replyText(record);
    expect(text).toContain('Added: Dockers end');
    expect(text).toContain('the site did not answer within 1 s');
    expect(text).toContain('not a file type the corpus reads');
    expect(addedFiles()).toHaveLength(2);
  });

  it('refuses members who are not admins, and messages with nothing to add', async () => {
    const refused = await harness.ask('add', { url: `${server.base}${STORY_PATH}` });
    expect(replyText(refused)).toContain('Only admins can add articles to the corpus');
    const empty = messageCommandPayload(harness.fake.world, admin, 'Add to briefing', {
      author: createUser('reporter'),
      content: 'no link here',
    });
    const record = await harness.fake.waitFor(harness.fake.dispatchInteraction(empty));
    expect(replyText(record)).toContain('Nothing to add');
    expect(addedFiles()).toEqual([]);
  });
});
