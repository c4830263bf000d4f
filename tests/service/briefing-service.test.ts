import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService, type ServiceEvent } from '../../src/service/create-briefing-service.js';
import { watchCorpus } from '../../src/service/watch-corpus.js';
import { warmUpExtraction } from '../../src/service/warm-up.js';

let work: string;
let corpusDir: string;
let cacheDir: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-service-'));
  corpusDir = path.join(work, 'corpus');
  cacheDir = path.join(work, 'cache');
  cpSync('corpus', corpusDir, { recursive: true });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const QUESTIONS: Array<[CommandName, string]> = [
  ['who', 'Shamkhani'],
  ['who', 'Iraqi foreign minister'],
  ['who', 'Tom Reyes'],
  ['when', 'Daesh flushed out of Al-Bukamal'],
  ['when', 'the port strike'],
  ['quote', 'Rouhani'],
  ['quote', 'Tom Reyes'],
  ['quote', 'Hezbollah'],
  ['search', 'Al-Bukamal'],
  ['search', 'harbour strike'],
];

function answersOf(service: BriefingService): Promise<unknown[]> {
  return Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));
}

const NEW_ARTICLE = `Port workers strike over pay

Date: 10:00, 05-03-2019.

LONDON. March 5. Wirenews - Port workers walked out on Monday, union leader Tom Reyes said.
“We will stay out until the port pays what it owes,” Reyes said.
`;

describe('briefing service builds', () => {
  it('answers the same from a warm start and after incremental reloads as from a cold build', async () => {
    const events: ServiceEvent[] = [];
    const first = await createBriefingService({
      corpusDir,
      cacheDir,
      workers: 0,
      onEvent: (event) => events.push(event),
    });
    await first.close?.();
    expect(events.map((event) => event.kind)).toEqual(['snapshot-unused', 'snapshot-saved']);

    const warm = await createBriefingService({
      corpusDir,
      cacheDir,
      workers: 0,
      onEvent: (event) => events.push(event),
    });
    expect(events.at(-1)).toEqual({ kind: 'snapshot-loaded', articles: 5 });
    expect(await answersOf(warm)).toEqual(await answersOf(first));

    writeFileSync(path.join(corpusDir, 'new-strike.txt'), NEW_ARTICLE);
    unlinkSync(path.join(corpusDir, '003_d6daf2ee1ee61935.txt'));
    const report = await warm.reload();
    expect(report).toMatchObject({
      added: ['new-strike'],
      changed: [],
      removed: ['003_d6daf2ee1ee61935'],
      articles: 5,
    });
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(warm)).toEqual(await answersOf(cold));
    expect((await warm.ask('quote', 'Tom Reyes')).answers.length).toBeGreaterThan(0);
    expect((await warm.ask('quote', 'Rouhani')).answers).toEqual([]);
  });

  it('answers as a cold build after edits that keep every article id (knowledge updated in place)', async () => {
    const warm = await createBriefingService({ corpusDir, workers: 0 });
    const edited = path.join(corpusDir, '001_6eeeba46674b202d.txt');
    const text = readFileSync(edited, 'utf8');
    writeFileSync(
      edited,
      `${text}\n\n“We will stay out until the port pays what it owes,” union leader Tom Reyes said on Monday.\n`,
    );
    unlinkSync(path.join(corpusDir, '003_d6daf2ee1ee61935.txt'));
    const before = warm.knowledge();
    const report = await warm.reload();
    expect(report).toMatchObject({
      added: [],
      changed: ['001_6eeeba46674b202d'],
      removed: ['003_d6daf2ee1ee61935'],
      articles: 4,
    });
    expect(before.articles.size).toBe(4);
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(warm)).toEqual(await answersOf(cold));
    expect([...warm.knowledge().articles.keys()]).toEqual([...cold.knowledge().articles.keys()]);
    expect([...warm.knowledge().extractions.values()]).toEqual([...cold.knowledge().extractions.values()]);
    expect(warm.knowledge().people.persons).toEqual(cold.knowledge().people.persons);
    expect((await warm.ask('quote', 'Tom Reyes')).answers).toMatchObject([
      { speaker: 'Tom Reyes', quote: expect.stringContaining('until the port pays') },
    ]);
  });

  it('answers as a cold build after a reload of many files (index and tables built anew, in slices)', async () => {
    const warm = await createBriefingService({ corpusDir, workers: 0 });
    for (let index = 0; index < 60; index++) {
      writeFileSync(
        path.join(corpusDir, `strike-${String(index).padStart(2, '0')}.txt`),
        NEW_ARTICLE.replace('Tom Reyes', `Tom Reyes${index % 5 === 0 ? '' : ` Jr${index}`}`),
      );
    }
    unlinkSync(path.join(corpusDir, '002_2bc597ee5486c2f4.txt'));
    const report = await warm.reload();
    expect(report).toMatchObject({ changed: [], removed: ['002_2bc597ee5486c2f4'], articles: 64 });
    expect(report.added).toHaveLength(60);
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(warm)).toEqual(await answersOf(cold));
    expect(await warm.ask('who', 'Tom Reyes Jr7')).toEqual(await cold.ask('who', 'Tom Reyes Jr7'));
  });

  it('starts from a snapshot of an older corpus and answers as a cold build of the new one', async () => {
    const first = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
    await first.close?.();
    writeFileSync(path.join(corpusDir, 'new-strike.txt'), NEW_ARTICLE);
    unlinkSync(path.join(corpusDir, '002_2bc597ee5486c2f4.txt'));
    const events: ServiceEvent[] = [];
    const warm = await createBriefingService({
      corpusDir,
      cacheDir,
      workers: 0,
      onEvent: (event) => events.push(event),
    });
    expect(events[0]).toEqual({ kind: 'snapshot-loaded', articles: 5 });
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(warm)).toEqual(await answersOf(cold));
    expect((await warm.ask('quote', 'Hezbollah')).answers).toEqual([]);
  });

  it('keeps the old index serving when a reload fails, and refuses a second reload meanwhile', async () => {
    let fail = false;
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const service = await createBriefingService({
      corpusDir,
      workers: 0,
      load: async (dir, previous) => {
        if (fail) throw new Error('disk on fire');
        return loadCorpus(dir, { previous });
      },
    });
    const before = await answersOf(service);
    fail = true;
    const reload = service.reload();
    expect(service.isReloading()).toBe(true);
    await expect(service.reload()).rejects.toThrow(/already running/);
    await expect(reload).rejects.toThrow('disk on fire');
    expect(service.isReloading()).toBe(false);
    expect(await answersOf(service)).toEqual(before);
  });

  it('uses workers for a large corpus and gets the same extraction as one thread', async () => {
    for (let index = 0; index < 450; index++) {
      writeFileSync(
        path.join(corpusDir, `copy-${index}.txt`),
        NEW_ARTICLE.replace('Tom Reyes', `Tom Reyes${index % 7 === 0 ? '' : ` Jr${index}`}`),
      );
    }
    const threaded = await createBriefingService({ corpusDir, workers: 2 });
    const single = await createBriefingService({ corpusDir, workers: 0 });
    expect(threaded.knowledge().extractions).toEqual(single.knowledge().extractions);
    expect(readdirSync(corpusDir)).toHaveLength(455);
  }, 60_000);

  it('reloads by itself when the folder changes', async () => {
    const service = await createBriefingService({ corpusDir, workers: 0 });
    const reloaded = new Promise((resolve) => {
      const watch = watchCorpus(service, corpusDir, {
        debounceMs: 50,
        onReload: (report) => {
          watch.close();
          resolve(report);
        },
      });
    });
    writeFileSync(path.join(corpusDir, 'new-strike.txt'), NEW_ARTICLE);
    await expect(reloaded).resolves.toMatchObject({ added: ['new-strike'] });
    expect((await service.ask('search', 'port pays what it owes')).answers[0]?.citations[0]?.article).toBe(
      'new-strike',
    );
  });

  it('reloads a change made while a reload it did not start was running', async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    let release: () => void = () => undefined;
    let hold = false;
    const service = await createBriefingService({
      corpusDir,
      workers: 0,
      load: async (dir, previous) => {
        const loaded = await loadCorpus(dir, { previous });
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return loaded;
      },
    });
    const reports: unknown[] = [];
    const watch = watchCorpus(service, corpusDir, { debounceMs: 20, onReload: (report) => reports.push(report) });
    try {
      hold = true;
      const manual = service.reload(); // an admin's /reload: it has listed the folder already
      await new Promise((resolve) => setTimeout(resolve, 20));
      hold = false;
      writeFileSync(path.join(corpusDir, 'new-strike.txt'), NEW_ARTICLE);
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      await expect(manual).resolves.toMatchObject({ added: [] });
      await expect
        .poll(() => reports, { timeout: 5_000 })
        .toEqual([expect.objectContaining({ added: ['new-strike'] })]);
    } finally {
      watch.close();
    }
  });

  it('warms up on an article that runs every extractor (so a first reload does not pay for it)', () => {
    const extraction = warmUpExtraction();
    expect(extraction.people).toEqual([expect.objectContaining({ name: 'Anna de Vries' })]);
    expect(extraction.events.map((event) => event.date)).toEqual(['2020-03-05', '2019-10']);
    expect(extraction.quotations).toEqual([
      expect.objectContaining({ speaker: 'Anna de Vries', quote: 'We will keep the harbour open through the winter' }),
    ]);
  });
});
