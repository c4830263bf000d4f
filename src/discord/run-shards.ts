import type { ChildProcess } from 'node:child_process';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../logger.js';

export interface RunShardsOptions {
  /** The program each shard runs (src/main.ts: in a shard it runs the bot itself). */
  file: string;
  totalShards: number;
  token: string;
  /** Node's options for each shard, as this process got them (`--import tsx`, the heap size). */
  execArgv: readonly string[];
  logger: Logger;
  /**
   * How long a shard may take to log in (it builds or loads the corpus first) before the
   * manager gives up on it. Shards start one after another, each once the one before is
   * ready and 5.5 s have passed: Discord accepts one IDENTIFY per 5 s.
   */
  readyTimeoutMs?: number;
  /** Called once every shard has stopped after a signal, with whether all exited 0. */
  onStopped: (clean: boolean) => void;
}

function exitOf(shard: Shard): Promise<number | null> {
  const child = shard.process as ChildProcess | null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.exitCode ?? 0);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/**
 * `SHARDS=N npm start`: this process runs no bot; discord.js's ShardingManager forks N copies
 * of the program, each a whole bot on one gateway shard (Discord sends a guild's events to
 * one shard only). A shard that dies is started again. SIGTERM or SIGINT is passed on to every
 * shard, each shutting down as a single bot does, and this process ends when they have.
 */
export async function runShards(options: RunShardsOptions): Promise<void> {
  const { logger, totalShards } = options;
  const manager = new ShardingManager(options.file, {
    totalShards,
    token: options.token,
    execArgv: [...options.execArgv],
    mode: 'process',
    respawn: true,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard starting');
    shard.on('ready', () => logger.info({ shardId: shard.id }, 'shard ready'));
    shard.on('death', (child) => {
      if (!stopping)
        logger.error({ shardId: shard.id, exitCode: (child as ChildProcess).exitCode }, 'shard died; restarting it');
    });
  });
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    logger.info({ signal, shards: manager.shards.size }, 'shutting down every shard');
    void Promise.all([...manager.shards.values()].map(exitOf)).then((codes) => {
      logger.info({ exitCodes: codes }, 'every shard stopped');
      options.onStopped(codes.every((code) => code === 0));
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  try {
    await manager.spawn({ timeout: options.readyTimeoutMs ?? 10 * 60_000 });
    logger.info({ totalShards }, 'every shard logged in');
  } catch (error) {
    // A shard that died while starting because of a signal is no failure.
    if (stopping) return;
    // Otherwise none is left running behind a manager that gives up.
    stopping = true;
    manager.respawn = false;
    await Promise.all([...manager.shards.values()].map(exitOf));
    throw error;
  }
}
