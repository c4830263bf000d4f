import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain, until, type RunningMain } from '../support/main-process.js';

describe('npm start in the terminal with CORPUS_WATCH', () => {
  let running: RunningMain | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    if (running && running.child.exitCode === null) process.kill(-running.child.pid!, 'SIGKILL');
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  async function copyCorpus(): Promise<{ corpusDir: string; cacheDir: string }> {
    const corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    folders.push(corpusDir, cacheDir);
    await cp('corpus', corpusDir, { recursive: true });
    return { corpusDir, cacheDir };
  }

  for (const ending of ['SIGTERM', 'SIGINT'] as const) {
    it(`reloads a new file by itself, answers from it, and on ${ending} closes the watch and exits 0 with its snapshot`, async () => {
      const { corpusDir, cacheDir } = await copyCorpus();
      running = startMain({ CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir, CORPUS_WATCH: 'true' });
      const current = running;
      await until(
        () => current.stdout().includes('Watching the corpus folder') || current.child.exitCode !== null,
        'the prompt',
      );
      const startupProgress = current.stderr();
      await writeFile(
        path.join(corpusDir, 'harbour.txt'),
        'Port workers end strike\n\nDock workers in Rotterdam ended a three-day strike on Tuesday, union leader Marta Vingerhoets said.\n',
      );
      await until(() => current.stdout().includes('corpus reloaded:'), 'the reload line', 20_000);
      expect(current.stdout()).toMatch(/corpus reloaded: 0 changed, 1 added, 0 removed \(\d+ ms\)/);
      current.child.stdin.write('/search Rotterdam dock strike\n');
      await until(() => current.stdout().includes('[harbour]'), 'the answer from the new file');
      current.child.kill(ending);
      expect(await current.exited).toBe(0);
      // The progress bar belongs to the first indexing; a watch reload prints only its line.
      expect(current.stderr()).toBe(startupProgress);
      expect((await readdir(cacheDir)).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
    }, 60_000);
  }

  it('ends on end of input (Ctrl-D) with the watch on', async () => {
    const { corpusDir, cacheDir } = await copyCorpus();
    running = startMain({ CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir, CORPUS_WATCH: 'true' });
    const current = running;
    await until(
      () => current.stdout().includes('Watching the corpus folder') || current.child.exitCode !== null,
      'the prompt',
    );
    current.child.stdin.end('/who Shamkhani\n');
    expect(await current.exited).toBe(0);
    expect(current.stdout()).toContain('Ali Shamkhani');
  }, 60_000);

  it('does not watch without CORPUS_WATCH', async () => {
    const { corpusDir, cacheDir } = await copyCorpus();
    running = startMain({ CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir });
    const current = running;
    await until(() => current.stdout().includes('briefbot> ') || current.child.exitCode !== null, 'the prompt');
    await writeFile(
      path.join(corpusDir, 'harbour.txt'),
      'Port workers end strike\n\nDock workers in Rotterdam ended a strike.\n',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    current.child.stdin.end('/sources\n');
    expect(await current.exited).toBe(0);
    expect(current.stdout()).not.toContain('Watching');
    expect(current.stdout()).not.toContain('corpus reloaded');
    expect(current.stdout()).toContain('5 articles');
  }, 60_000);
});
