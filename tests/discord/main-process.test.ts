import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { replyText } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, permissions, toOptions } from '../support/fake-discord/payloads.js';
import { startMain, until, type RunningMain } from '../support/main-process.js';

describe('npm start', () => {
  let fake: FakeDiscord | undefined;
  let running: RunningMain | undefined;
  let corpusDir: string | undefined;
  let cacheDir: string | undefined;
  afterEach(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      process.kill(-running.child.pid!, 'SIGKILL');
    }
    await fake?.stop();
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  it('with a token: logs in to the fake, answers /who and /reload, finishes in-flight work on SIGTERM and exits 0', async () => {
    fake = await new FakeDiscord().start();
    corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    await cp('corpus', corpusDir, { recursive: true });
    cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    const started = Date.now();
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DIGEST_STORE_PATH: path.join(corpusDir, '..', `${path.basename(corpusDir)}-digest.json`),
      LOG_LEVEL: 'info',
    });
    const current = running;
    await until(() => current.stdout().includes('logged in to Discord') || current.child.exitCode !== null, 'login');
    expect(current.stderr()).toBe('');
    const loginMs = Date.now() - started;

    const reader = createUser('reader');
    const who = await fake.waitFor(
      fake.dispatchInteraction(commandPayload(fake.world, reader, 'who', toOptions({ name: 'Shamkhani' }))),
    );
    expect(replyText(who)).toContain('Ali Shamkhani');

    const admin = createUser('editor', { permissions: permissions.manageGuild });
    const reload = await fake.waitFor(
      fake.dispatchInteraction(commandPayload(fake.world, admin, 'reload')),
      undefined,
      20_000,
    );
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(replyText(reload)).toContain('5 articles indexed');

    // A reload still running when SIGTERM comes is answered before the process exits.
    const inFlight = fake.dispatchInteraction(commandPayload(fake.world, admin, 'reload'));
    await fake.waitFor(inFlight, (record) => record.acknowledgement !== undefined);
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    expect(replyText(inFlight)).toMatch(/Corpus reloaded|A reload is already running/);

    const lines = current
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining([
        'corpus indexed',
        'index snapshot saved',
        'logged in to Discord',
        'shutting down',
        'disconnected from Discord',
        'state flushed',
      ]),
    );
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
    expect(current.stdout() + current.stderr()).not.toContain(fake.token);
    expect(fake.rejections).toEqual([]);
    console.info(
      `npm start: login after ${loginMs} ms (includes indexing); /who acknowledged ${who.acknowledgement!.afterMs.toFixed(1)} ms after dispatch`,
    );
  }, 60_000);

  it('with CORPUS_WATCH: a new file in the corpus folder is picked up without /reload', async () => {
    fake = await new FakeDiscord().start();
    corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    await cp('corpus', corpusDir, { recursive: true });
    cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      CORPUS_WATCH: 'true',
      DIGEST_STORE_PATH: path.join(cacheDir, 'digest.json'),
    });
    const current = running;
    await until(
      () => current.stdout().includes('watching the corpus folder') || current.child.exitCode !== null,
      'login and watch',
    );
    await writeFile(
      path.join(corpusDir, 'harbour.txt'),
      'Port workers end strike\n\nDock workers in Rotterdam ended a three-day strike on Tuesday, union leader Marta Vingerhoets said.\n',
    );
    await until(() => current.stdout().includes('corpus reloaded after a change'), 'the watch reload', 20_000);
    const sources = await fake.waitFor(
      fake.dispatchInteraction(commandPayload(fake.world, createUser('reader'), 'sources')),
    );
    expect(replyText(sources)).toMatch(/^Articles\n6$/m);
    const search = await fake.waitFor(
      fake.dispatchInteraction(
        commandPayload(fake.world, createUser('reader'), 'search', toOptions({ query: 'Rotterdam dock strike' })),
      ),
    );
    expect(replyText(search)).toContain('Port workers end strike');
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    const lines = current
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; added?: number });
    expect(lines.find((line) => line.msg === 'corpus reloaded after a change')).toMatchObject({ added: 1 });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  }, 60_000);

  it('without a token: says how to run the bot and starts the terminal prompt, with the snapshot in CACHE_DIR', async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    running = startMain({ CORPUS_DIR: 'corpus', CACHE_DIR: cacheDir });
    running.child.stdin.end('/quit\n');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain('DISCORD_TOKEN is not set');
    expect(running.stdout()).toContain('/who');
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
  }, 60_000);

  it('with a CORPUS_DIR that does not exist and a token of the wrong shape: one error naming both, no stack trace, exit 1', async () => {
    const badToken = 'MTA5ODc2NTQzMjEwOTg3NjU0';
    running = startMain({ CORPUS_DIR: '/nonexistent/briefbot-articles', DISCORD_TOKEN: badToken });
    expect(await running.exited).toBe(1);
    const lines = running.stderr().trim().split('\n');
    expect(lines).toEqual([
      'Invalid settings (check .env or the environment):',
      expect.stringMatching(/^ {2}- DISCORD_TOKEN: does not look like a bot token/),
      '  - CORPUS_DIR: the folder "/nonexistent/briefbot-articles" does not exist',
    ]);
    expect(running.stdout() + running.stderr()).not.toContain(badToken);
  }, 60_000);

  it('without a token, a file as CORPUS_DIR stops the terminal with that one error', async () => {
    running = startMain({ CORPUS_DIR: 'package.json' });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain('CORPUS_DIR: "package.json"');
    expect(running.stderr()).toContain('is a file, not a folder of articles');
    expect(running.stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('an empty corpus folder: the terminal warns and still opens the prompt; the bot logs a warning', async () => {
    corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
    running = startMain({ CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir });
    running.child.stdin.end('/quit\n');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain(
      `Warning: no articles in "${corpusDir}" (CORPUS_DIR): it holds no .txt, .md, .html, .json or .jsonl file.`,
    );

    fake = await new FakeDiscord().start();
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DIGEST_STORE_PATH: path.join(cacheDir, 'digest.json'),
    });
    const current = running;
    await until(() => current.stdout().includes('logged in to Discord') || current.child.exitCode !== null, 'login');
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    const warning = current
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; corpusDir?: string })
      .find((line) => line.level === 40 && line.msg.startsWith('the corpus is empty'));
    expect(warning).toMatchObject({ corpusDir });
  }, 60_000);

  it('with bad settings: one error naming each key, exit 1', async () => {
    running = startMain({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_API_BASE: 'discord', LOG_LEVEL: 'chatty' });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain('DISCORD_API_BASE');
    expect(running.stderr()).toContain('LOG_LEVEL');
    expect(running.stderr()).not.toContain('x'.repeat(30));
  }, 60_000);
});
