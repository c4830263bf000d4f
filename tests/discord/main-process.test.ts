import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { replyText } from '../support/fake-discord/interaction-record.js';
import { commandPayload, createUser, permissions, toOptions } from '../support/fake-discord/payloads.js';

const tsx = path.resolve('node_modules/.bin/tsx');

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start` without npm in between: the same `tsx src/main.ts`, so signals reach it directly. */
function startMain(environment: Record<string, string>): Running {
  const child = spawn(tsx, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm start', () => {
  let fake: FakeDiscord | undefined;
  let running: Running | undefined;
  let corpusDir: string | undefined;
  afterEach(async () => {
    if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
    await fake?.stop();
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
  });

  it('with a token: logs in to the fake, answers /who and /reload, finishes in-flight work on SIGTERM and exits 0', async () => {
    fake = await new FakeDiscord().start();
    corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
    await cp('corpus', corpusDir, { recursive: true });
    const started = Date.now();
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      DIGEST_STORE_PATH: path.join(corpusDir, '..', `${path.basename(corpusDir)}-digest.json`),
      LOG_LEVEL: 'info',
    });
    const current = running;
    await until(() => current.stdout().includes('logged in to Discord') || current.child.exitCode !== null, 'login');
    expect(current.stderr()).toBe('');
    const loginMs = Date.now() - started;

    const reader = createUser('reader');
    const who = await fake.waitFor(fake.dispatchInteraction(commandPayload(fake.world, reader, 'who', toOptions({ name: 'Shamkhani' }))));
    expect(replyText(who)).toContain('Ali Shamkhani');

    const admin = createUser('editor', { permissions: permissions.manageGuild });
    const reload = await fake.waitFor(fake.dispatchInteraction(commandPayload(fake.world, admin, 'reload')), undefined, 20_000);
    expect(replyText(reload)).toContain('Corpus reloaded');
    expect(replyText(reload)).toContain('5 articles indexed');

    // A reload still running when SIGTERM comes is answered before the process exits.
    const inFlight = fake.dispatchInteraction(commandPayload(fake.world, admin, 'reload'));
    await fake.waitFor(inFlight, (record) => record.acknowledgement !== undefined);
    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    expect(replyText(inFlight)).toMatch(/Corpus reloaded|A reload is already running/);

    const lines = current.stdout().trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['corpus indexed', 'logged in to Discord', 'shutting down', 'disconnected from Discord']));
    expect(current.stdout() + current.stderr()).not.toContain(fake.token);
    expect(fake.rejections).toEqual([]);
    console.info(`npm start: login after ${loginMs} ms (includes indexing); /who acknowledged ${who.acknowledgement!.afterMs.toFixed(1)} ms after dispatch`);
  }, 60_000);

  it('without a token: says how to run the bot and starts the terminal prompt', async () => {
    running = startMain({ CORPUS_DIR: 'corpus' });
    running.child.stdin.end('/quit\n');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain('DISCORD_TOKEN is not set');
    expect(running.stdout()).toContain('/who');
  }, 60_000);

  it('with bad settings: one error naming each key, exit 1', async () => {
    running = startMain({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_API_BASE: 'discord', LOG_LEVEL: 'chatty' });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain('DISCORD_API_BASE');
    expect(running.stderr()).toContain('LOG_LEVEL');
    expect(running.stderr()).not.toContain('x'.repeat(30));
  }, 60_000);
});
