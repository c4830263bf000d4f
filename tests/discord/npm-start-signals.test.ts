import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { isRunning, startNpm, until, type RunningMain } from '../support/main-process.js';

interface LogLine {
  msg: string;
  level: number;
  pid: number;
}

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/**
 * What a supervisor does: `npm start`, then a signal to the process it started (npm). The bot
 * must get it, finish its work and exit, and npm must exit with it, leaving nothing running.
 */
describe('npm start under a supervisor', () => {
  let fake: FakeDiscord | undefined;
  let running: RunningMain | undefined;
  let work: string | undefined;
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      try {
        process.kill(-running.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await fake?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function startBot(): Promise<{ current: RunningMain; cacheDir: string; botPid: number }> {
    fake = await new FakeDiscord().start();
    work = await mkdtemp(path.join(tmpdir(), 'briefbot-npm-start-'));
    const corpusDir = path.join(work, 'corpus');
    const cacheDir = path.join(work, 'cache');
    await cp('corpus', corpusDir, { recursive: true });
    running = startNpm({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DIGEST_STORE_PATH: path.join(work, 'digest-store.json'),
    });
    const current = running;
    await until(
      () => current.stdout().includes('logged in to Discord') || current.child.exitCode !== null,
      'login',
      60_000,
    );
    const login = logLines(current.stdout()).find((line) => line.msg === 'logged in to Discord');
    expect(login, current.stdout() + current.stderr()).toBeDefined();
    // The bot is its own process under npm (pino writes the pid on every line).
    expect(login!.pid).not.toBe(current.child.pid);
    return { current, cacheDir, botPid: login!.pid };
  }

  it('SIGTERM to the npm process reaches the bot: it shuts down cleanly, writes its snapshot, and npm exits 0', async () => {
    const { current, cacheDir, botPid } = await startBot();
    process.kill(current.child.pid!, 'SIGTERM');
    const messages = (): string[] => logLines(current.stdout()).map((line) => line.msg);
    await until(() => messages().includes('state flushed'), 'the bot to flush its state', 20_000);
    expect(messages()).toEqual(expect.arrayContaining(['shutting down', 'disconnected from Discord']));
    expect(await current.exited).toBe(0);
    await until(() => !isRunning(botPid), 'the bot process to be gone', 5_000);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
  }, 90_000);

  it('Ctrl-C (SIGINT to the whole group, so the bot gets it twice: from the terminal and from npm) still shuts down once, cleanly', async () => {
    const { current, botPid } = await startBot();
    process.kill(-current.child.pid!, 'SIGINT');
    const messages = (): string[] => logLines(current.stdout()).map((line) => line.msg);
    await until(() => messages().includes('state flushed'), 'the bot to flush its state', 20_000);
    await current.exited;
    const lines = logLines(current.stdout());
    expect(lines.filter((line) => line.msg === 'shutting down')).toHaveLength(1);
    expect(lines.map((line) => line.msg)).toContain('state flushed');
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    await until(() => !isRunning(botPid), 'the bot process to be gone', 5_000);
  }, 90_000);
});
