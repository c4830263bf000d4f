import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unescapeBriefText } from '../../src/presentation/brief-markdown.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { writeBriefCorpus } from '../brief/brief-corpus.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { sentMessages } from '../support/fake-discord/inspect-messages.js';
import { isEphemeral, replyButtons, replyEmbeds, replyText } from '../support/fake-discord/interaction-record.js';
import type { Json } from '../support/fake-discord/json.js';

/** /brief, /timeline and /ask through the real discord.js client, over the real core and hand-written stories. */
describe('briefs in Discord', () => {
  let folder: string;
  let service: MemoryBriefingService;
  let harness: Harness;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'briefbot-brief-discord-'));
    await writeBriefCorpus(folder);
    service = await createBriefingService({ corpusDir: folder, workers: 0 });
  });
  afterAll(async () => {
    await service.close?.();
    await rm(folder, { recursive: true, force: true });
  });
  afterEach(async () => {
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
    await harness.stop();
  });

  it('/brief answers with a summary embed, a page a section, and the whole brief as a Markdown file', async () => {
    harness = await startHarness({ service });
    const record = await harness.ask('brief', { subject: 'Okafor' });
    const [summary] = replyEmbeds(record);
    expect(summary!.title).toBe('Brief: Maria Okafor');
    expect(((summary!.fields ?? []) as Json[]).map((field) => field.name)).toEqual([
      "Who's who",
      'Timeline',
      'What was said',
      'Sources',
    ]);
    expect(replyText(record)).toContain('**2021-02-26** Maria Okafor, the leader of the dock workers union');

    const attachments = (record.original?.attachments ?? []) as Json[];
    expect(attachments).toHaveLength(1);
    const file = attachments[0]!;
    expect(String(file.filename)).toMatch(/^brief-maria-okafor-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = String(file.content);
    expect(markdown).toMatch(/^# Brief: Maria Okafor\n/);
    // Every footnote names an article of the corpus and quotes a passage it holds.
    const notes = [...markdown.matchAll(/^\[\^\d+\]: .*, `([^`]+)`: “(.*)”$/gm)];
    expect(notes.length).toBeGreaterThan(3);
    for (const [, articleId, passage] of notes) {
      expect(service.article(articleId!)!.paragraphs.join(' ')).toContain(unescapeBriefText(passage!));
    }

    // Pages: summary, who's who, timeline, what was said, sources; the file stays on page turns.
    const buttons = replyButtons(record);
    expect(buttons[1]!.label).toBe('1 / 5');
    const timeline = await harness.click(record, buttons[2]!.customId.replace(/:1:next$/, ':2:next'));
    const page = replyEmbeds(timeline)[0]!;
    expect(page.title).toBe('Brief: Maria Okafor · Timeline');
    expect(String(page.description).indexOf('2021-02-26')).toBeLessThan(String(page.description).indexOf('2021-04-05'));
    expect(String(page.description)).toContain('_+1 copy_');
    expect(((timeline.original?.attachments ?? []) as Json[]).map((attachment) => attachment.filename)).toEqual([
      file.filename,
    ]);
    for (const { message } of sentMessages(harness.fake)) expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('/brief says why when there is no brief, and escapes what was asked', async () => {
    harness = await startHarness({ service });
    const none = await harness.ask('brief', { subject: '*volcanic* eruption', private: true });
    expect(replyText(none)).toBe('Nothing in the corpus names or matches "\\*volcanic\\* eruption".');
    expect(isEphemeral(none)).toBe(true);
    expect(none.original?.attachments).toEqual([]);
    const badDate = await harness.ask('brief', { subject: 'Okafor', since: 'spring' });
    expect(replyText(badDate)).toContain('write it as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('/timeline pages the events, oldest first unless asked otherwise', async () => {
    harness = await startHarness({ service });
    const oldest = replyText(await harness.ask('timeline', { subject: 'Okafor' }));
    expect(oldest.indexOf('2021-02-26')).toBeLessThan(oldest.indexOf('2021-04-05'));
    const newest = replyText(await harness.ask('timeline', { subject: 'Okafor', order: 'newest' }));
    expect(newest.indexOf('2021-04-05')).toBeLessThan(newest.indexOf('2021-02-26'));
    expect(newest).toContain('2 dated, 0 undated · newest first');
  });

  it('/ask names the command it used and answers as that command would', async () => {
    harness = await startHarness({ service });
    const who = await harness.ask('ask', { question: 'who is Tom Reyes?' });
    expect(String(who.original?.content)).toBe('_Asked as /who Tom Reyes_');
    expect(replyEmbeds(who)[0]!.title).toBe('Tom Reyes');

    const quote = await harness.ask('ask', { question: 'what did Okafor say about wages' });
    expect(String(quote.original?.content)).toBe('_Asked as /quote speaker:Okafor topic:wages_');
    expect(replyText(quote)).toContain('The crews cannot live on these wages');

    const brief = await harness.ask('ask', { question: 'brief me on the fishing quotas' });
    expect(String(brief.original?.content)).toBe('_Asked as /brief the fishing quotas_');
    expect(((brief.original?.attachments ?? []) as Json[])[0]?.filename).toMatch(/^brief-the-fishing-quotas-/);
  });
});
