import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusLoad } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { isEphemeral, replyEmbeds, replyText } from '../support/fake-discord/interaction-record.js';
import { createUser, permissions } from '../support/fake-discord/payloads.js';
import type { Json } from '../support/fake-discord/json.js';

/** The same replies a user sees, from the real core over the sample corpus (corpus/). */
describe('each command over the real service and the sample corpus', () => {
  let service: BriefingService;
  let harness: Harness;
  beforeAll(async () => {
    service = await createBriefingService({ corpusDir: 'corpus' });
  });
  afterEach(async () => {
    expect(harness.fake.rejections).toEqual([]);
    expect(harness.logs.errors()).toEqual([]);
    await harness.stop();
  });

  it.each([
    ['who', { name: 'Shamkhani' }, ['Ali Shamkhani', 'Supreme National Security Council', 'Passage']],
    [
      'who',
      { name: 'Rahmani Fazli' },
      ['Abdolreza Rahmani Fazli', 'nterior', 'Iran’s Interior Minister warned of terrorist groups recruitment'],
    ],
    ['when', { event: 'Daesh flushed out of Al-Bukamal' }, ['2017-11-19', 'Al-Bukamal']],
    ['quote', { speaker: 'Rouhani' }, ['Hassan Rouhani said', 'Iran supports all the regional nations']],
    ['search', { query: 'Shanghai Cooperation Organization' }, ['Shanghai Cooperation Organization']],
    [
      'who',
      { name: 'Angela Merkel' },
      ['No answer in the corpus', '/search query:Angela Merkel', 'The corpus holds 5 articles'],
    ],
    ['sources', {}, ['The corpus at a glance', 'Articles\n5']],
    // A misspelt name: the names it may mean (by edit distance when no name contains it).
    ['who', { name: 'Shamkani' }, ['No answer in the corpus', 'People with similar names:\n• Ali Shamkhani']],
  ] as const)('/%s %j', async (name, options, expected) => {
    harness = await startHarness({ service });
    const record = await harness.ask(name, options);
    const text = replyText(record);
    for (const part of expected) expect(text).toContain(part);
    expect(record.acknowledgement!.afterMs).toBeLessThan(3000);
  });

  it('/when shows the event sentence once, its quotation closed; /who shows a passage naming the person and its source', async () => {
    harness = await startHarness({ service });
    const when = replyEmbeds(await harness.ask('when', { event: 'Daesh flushed out of Al-Bukamal' }))[0]!;
    expect(String(when.description)).toMatch(/^The agency says “on November 19, .*Al-Bukamal\.”$/);
    expect(((when.fields ?? []) as Json[]).map((field) => field.name)).toEqual(['Source']);

    const who = replyEmbeds(await harness.ask('who', { name: 'Shamkhani' }))[0]!;
    const fields = (who.fields ?? []) as Json[];
    expect(fields[0]!.name).toBe('Passage (from Al-Ahed News)');
    expect(String(fields[0]!.value)).toMatch(/^> Ali Shamkhani, who serves as/);
  });

  it('/quote with a topic asks the core for that speaker on that topic, and falls back with a note', async () => {
    harness = await startHarness({ service });
    const onTopic = await harness.ask('quote', { speaker: 'Shamkhani', topic: 'Hezbollah' });
    expect(replyText(onTopic)).toContain('Hezbollah');
    expect(replyText(onTopic)).toContain('Ali Shamkhani');
    expect(String(onTopic.original?.content ?? '')).toBe('');
    const offTopic = await harness.ask('quote', { speaker: 'Shamkhani', topic: 'weather forecast' });
    expect(String(offTopic.original?.content)).toContain('None of these quotations mentions that topic');
    expect(replyText(offTopic)).toContain('Ali Shamkhani');
  });

  it('/article shows the article with the people in it; ids outside the corpus are refused', async () => {
    harness = await startHarness({ service });
    const record = await harness.ask('article', { id: '000_ee9d258b94439a1e' });
    const embed = replyEmbeds(record)[0]!;
    expect(embed.title).toBe('Iran’s Interior Minister warned of terrorist groups recruitment');
    const fields = Object.fromEntries(
      ((embed.fields ?? []) as Json[]).map((field) => [field.name, String(field.value)]),
    );
    expect(fields.Published).toBe('2017-12-14');
    expect(fields.People).toContain('Abdolreza Rahmani Fazli');
    for (const id of ['../etc/passwd', '../corpus/000_ee9d258b94439a1e', '/etc/passwd']) {
      const refused = await harness.ask('article', { id });
      expect(isEphemeral(refused)).toBe(true);
      expect(replyText(refused)).toContain('No such article');
    }
  });

  it('autocomplete suggests known people with article counts, and article titles', async () => {
    harness = await startHarness({ service });
    const people = await harness.autocomplete('who', 'name', 'Shamk');
    const choices = (people.acknowledgement!.body.data as Json).choices as Json[];
    expect(choices[0]).toMatchObject({ value: 'Ali Shamkhani' });
    expect(String(choices[0]!.name)).toMatch(/\(\d+ articles?\)/);
    expect(people.acknowledgement!.afterMs).toBeLessThan(3000);
    const misspelt = await harness.autocomplete('who', 'name', 'Shamkani');
    expect((misspelt.acknowledgement!.body.data as Json).choices).toEqual([
      expect.objectContaining({ value: 'Ali Shamkhani' }),
    ]);
    const titles = await harness.autocomplete('article', 'id', 'Iran');
    const values = ((titles.acknowledgement!.body.data as Json).choices as Json[]).map((choice) => choice.value);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(service.article(String(value))).toBeDefined();
  });
});

describe('/reload over the real service', () => {
  let corpusDir: string;
  let harness: Harness;
  const admin = createUser('editor', { permissions: permissions.manageGuild });
  beforeAll(async () => {
    corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-reload-'));
    await cp('corpus', corpusDir, { recursive: true });
  });
  afterAll(async () => {
    await rm(corpusDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    expect(harness.logs.errors()).toEqual([]);
    await harness.stop();
  });

  it('reports an added article and a skipped file, answering from the old index until the swap', async () => {
    let release = (): void => undefined;
    let calls = 0;
    const gated = async (dir: string): Promise<CorpusLoad> => {
      calls += 1;
      if (calls > 1) await new Promise<void>((resolve) => (release = resolve));
      return loadCorpus(dir);
    };
    const service = await createBriefingService({ corpusDir, load: gated });
    harness = await startHarness({ service });
    await writeFile(
      path.join(corpusDir, 'ferry.md'),
      '---\ntitle: Harbor ferry line reopens\ndate: 2018-01-05\nsource: Example Wire\n---\n\nThe harbor ferry line reopened on Friday, port officials said.\n',
    );
    await writeFile(path.join(corpusDir, 'empty.txt'), '');
    const reload = harness.send('reload', {}, admin);
    await harness.fake.waitUntil(() => service.isReloading() && calls > 1);
    expect(replyText(await harness.ask('search', { query: 'ferry line reopened' }))).not.toContain(
      'Harbor ferry line reopens',
    );
    expect(replyText(await harness.ask('who', { name: 'Shamkhani' }))).toContain('Ali Shamkhani');
    release();
    await harness.fake.waitFor(reload, undefined, 20_000);
    const text = replyText(reload);
    expect(text).toContain('Corpus reloaded');
    expect(text).toContain('6 articles indexed');
    expect(text).toContain('Added (1)\n• ferry');
    expect(text).toMatch(/Skipped \(1\)\n• empty\.txt: /);
    expect(replyText(await harness.ask('search', { query: 'ferry line reopened' }))).toContain(
      'Harbor ferry line reopens',
    );
  });

  it('a failed reload tells the admin why; the old index keeps answering', async () => {
    let calls = 0;
    const failing = async (dir: string): Promise<CorpusLoad> => {
      calls += 1;
      if (calls > 1) throw new Error(`cannot read ${dir}: EACCES: permission denied`);
      return loadCorpus(dir);
    };
    const service = await createBriefingService({ corpusDir, load: failing });
    harness = await startHarness({ service });
    const reload = await harness.ask('reload', {}, admin);
    expect(replyText(reload)).toContain('Reload failed');
    expect(replyText(reload)).toContain('EACCES: permission denied');
    expect(replyText(await harness.ask('who', { name: 'Shamkhani' }))).toContain('Ali Shamkhani');
    expect(service.isReloading()).toBe(false);
  });
});
