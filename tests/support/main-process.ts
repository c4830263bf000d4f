import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface RunningMain {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start` without npm in between, from source (`node --import tsx src/main.ts`), so signals reach it directly. */
export function startMain(environment: Record<string, string>): RunningMain {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // Its own process group, so a failed test can kill whatever it started.
    detached: true,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * `npm start` itself, as an admin, Docker (`CMD npm start`) or a supervisor runs it: signals
 * sent to this child's pid go to npm, which must pass them on to the program.
 */
export function startNpm(environment: Record<string, string>): RunningMain {
  const child = spawn('npm', ['start'], {
    // Its own process group: a test can signal the group as a terminal's Ctrl-C does, and
    // kill whatever is left after a failure.
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      ...environment,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Whether a process still runs (signal 0 only checks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
