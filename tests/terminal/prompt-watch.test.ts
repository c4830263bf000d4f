import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService, type BriefingServiceOptions } from '../../src/service/create-briefing-service.js';
import { watchCorpus } from '../../src/service/watch-corpus.js';
import { runInteractivePrompt } from '../../src/terminal/interactive-prompt.js';

const HARBOUR_ARTICLE =
  'Port workers end strike\n\nDock workers in Rotterdam ended a three-day strike on Tuesday, union leader Marta Vingerhoets said.\n';
const FERRY_ARTICLE =
  'Ferry line adds winter crossings\n\nA ferry operator in Tallinn will add four winter crossings to Helsinki, its spokesman Juhan Rebane said on Monday.\n';

/** A prompt over piped streams that a test talks to line by line, reading the output as it comes. */
interface Session {
  type(line: string): void;
  output(): string;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  end(): Promise<void>;
}

function openSession(service: MemoryBriefingService, corpusDir: string): Session {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runInteractivePrompt(
    service,
    { input, output },
    { watch: (reports) => watchCorpus(service, corpusDir, { ...reports, debounceMs: 50 }) },
  );
  return {
    type: (line) => input.write(`${line}\n`),
    output: () => text,
    async waitFor(expected, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!text.includes(expected)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for "${expected}" in:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async end() {
      input.end();
      await done;
    },
  };
}

describe('interactive prompt with the corpus folder watched', () => {
  let corpusDir: string | undefined;
  afterEach(async () => {
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
  });

  async function startOver(
    options: Partial<BriefingServiceOptions> = {},
  ): Promise<{ service: MemoryBriefingService; dir: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefbot-prompt-watch-'));
    corpusDir = dir;
    await cp('corpus', dir, { recursive: true });
    return { service: await createBriefingService({ corpusDir: dir, ...options }), dir };
  }

  it('answers from a new article file after the reload line, with the counts of the change', async () => {
    const { service, dir } = await startOver();
    const session = openSession(service, dir);
    await session.waitFor('Watching the corpus folder');
    session.type('/search Rotterdam dock strike');
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR_ARTICLE);
    await session.waitFor('corpus reloaded:');
    expect(session.output()).toMatch(/\ncorpus reloaded: 0 changed, 1 added, 0 removed \(\d+ ms\)\nbriefbot> $/);
    session.type('/search Rotterdam dock strike');
    session.type('/sources');
    await session.end();
    const afterReload = session.output().split('corpus reloaded:')[1]!;
    expect(afterReload).toContain('Dock workers in Rotterdam ended a three-day strike');
    expect(afterReload).toContain('[harbour]');
    expect(afterReload).toContain('6 articles');
    expect(session.output().split('corpus reloaded:')[0]).not.toContain('[harbour]');
  }, 30_000);

  it('reports a broken file once, by name and reason, and the other articles keep answering', async () => {
    const { service, dir } = await startOver();
    const session = openSession(service, dir);
    await session.waitFor('Watching the corpus folder');
    await writeFile(path.join(dir, 'wire-feed.json'), '{"title": "Half a record", "body": ');
    await session.waitFor('corpus reloaded:');
    expect(session.output()).toMatch(
      /corpus reloaded: 0 changed, 0 added, 0 removed, 1 skipped \(\d+ ms\)\n {2}skipped wire-feed\.json: cannot be parsed/,
    );
    // A later change reports only itself: the broken file is not named again.
    await writeFile(path.join(dir, 'ferry.txt'), FERRY_ARTICLE);
    await session.waitFor('1 added');
    session.type('/search Al-Bukamal');
    session.type('/who Rebane');
    await session.end();
    const text = session.output();
    expect(text.match(/skipped wire-feed\.json/g)).toHaveLength(1);
    expect(text).toMatch(/corpus reloaded: 0 changed, 1 added, 0 removed \(\d+ ms\)/);
    expect(text).toContain('Daesh terrorists were flushed out of their last stronghold in Syria’s Al-Bukamal');
    expect(text).toContain('Juhan Rebane');
  }, 30_000);

  it('prints why a reload failed and keeps answering from the previous index', async () => {
    let failing = false;
    const { service, dir } = await startOver({
      load: (directory, previous) =>
        failing ? Promise.reject(new Error('corpus folder is not readable')) : loadCorpus(directory, { previous }),
    });
    const session = openSession(service, dir);
    await session.waitFor('Watching the corpus folder');
    failing = true;
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR_ARTICLE);
    await session.waitFor('corpus reload failed:');
    session.type('/search Al-Bukamal');
    session.type('/sources');
    await session.end();
    const text = session.output();
    expect(text).toContain(
      'corpus reload failed: corpus folder is not readable; still answering from the previous index',
    );
    expect(text).not.toContain('corpus reloaded:');
    expect(text).toContain('[000_ee9d258b94439a1e]');
    expect(text).toContain('5 articles');
  }, 30_000);

  it('closes the watch when the prompt ends: a later change reloads nothing', async () => {
    const { service, dir } = await startOver();
    const session = openSession(service, dir);
    await session.waitFor('Watching the corpus folder');
    session.type('/quit');
    await session.end();
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR_ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.isReloading()).toBe(false);
    expect(service.overview().articles).toBe(5);
    expect(session.output()).not.toContain('corpus reloaded');
  }, 30_000);

  it('says nothing about watching when no watch is started', async () => {
    const { service } = await startOver();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runInteractivePrompt(service, { input, output }, { watch: () => null });
    input.end('/quit\n');
    await done;
    expect(text).toContain('Commands:');
    expect(text).not.toContain('Watching');
  }, 30_000);
});
