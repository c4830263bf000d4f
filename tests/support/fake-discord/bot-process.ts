import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeDiscord } from './fake-discord.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** The bot in its own process (`npm start` without npm in between), logged in to a fake Discord. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  corpusDir: string;
  cacheDir: string;
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written so far. */
  lines(): LogLine[];
  exited: Promise<number | null>;
  /** Resolves when a log line with this message appears; rejects if the process exits first. */
  waitForLog(message: string, timeoutMs?: number): Promise<LogLine>;
  /** SIGKILL if still running, and removes the temporary folders. */
  dispose(): Promise<void>;
}

export interface BotProcessOptions {
  /** Extra or overriding environment variables; undefined removes one (e.g. to read it from .env). */
  environment?: Record<string, string | undefined>;
  /** Folder to copy as the corpus (default: the repository's corpus/). */
  corpusSource?: string;
  /** Working directory (main.ts reads .env from it); default the repository. */
  cwd?: string;
  /** Node options for the bot itself, e.g. ['--cpu-prof']. */
  nodeArguments?: string[];
}

const repository = path.resolve(import.meta.dirname, '../../..');

/** Starts src/main.ts with a copy of the corpus, a fresh cache folder and the fake's token and API base. */
export async function startBotProcess(fake: FakeDiscord, options: BotProcessOptions = {}): Promise<BotProcess> {
  const corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-corpus-'));
  await cp(options.corpusSource ?? path.join(repository, 'corpus'), corpusDir, { recursive: true });
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'briefbot-cache-'));
  const main = path.join(repository, 'src/main.ts');
  // As `npm start` runs it: one process, so a signal to the child is a signal to the bot.
  // tsx by its resolved url: the working directory may be one where `tsx` does not resolve.
  const command = [...(options.nodeArguments ?? []), '--import', import.meta.resolve('tsx'), main];
  const child = spawn(process.execPath, command, {
    cwd: options.cwd ?? repository,
    // Its own process group, so a failed test can kill whatever it started.
    detached: true,
    env: withoutUnset({
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: corpusDir,
      CACHE_DIR: cacheDir,
      DIGEST_STORE_PATH: path.join(cacheDir, 'digest-store.json'),
      LOG_LEVEL: 'info',
      ...options.environment,
    }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const lines = (): LogLine[] =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  return {
    child,
    corpusDir,
    cacheDir,
    stdout: () => stdout,
    stderr: () => stderr,
    lines,
    exited,
    async waitForLog(message, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = lines().find((line) => line.msg === message);
        if (found) return found;
        if (child.exitCode !== null)
          throw new Error(`bot exited (${child.exitCode}) before logging "${message}":\n${stdout}\n${stderr}`);
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for the log line "${message}":\n${stdout}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGKILL');
        await exited;
      }
      await rm(corpusDir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

function withoutUnset(environment: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Signals the bot's process group (the bot, and anything it started). */
export function killGroup(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    child.kill(signal);
  }
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
