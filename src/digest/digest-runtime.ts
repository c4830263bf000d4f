import type { BriefingService } from '../service/briefing-service.js';
import { systemClock, type Clock } from './clock.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestRecords } from './digest-records.js';
import { openDigestStore, type DigestStore } from './digest-store.js';
import type { DigestLogger } from './logger.js';
import { startDigestScheduler, type DigestScheduler } from './scheduler.js';
import { tryLockStore, type LockHolder, type LockOptions, type StoreLock } from './store-lock.js';

/** What /digest needs: the store, the clock, and the scheduler once the client is logged in. */
export interface DigestServices {
  /** Null while another process holds the store (this one then serves questions only). */
  readonly store: DigestRecords | null;
  clock: Clock;
  scheduler(): DigestScheduler | null;
  /** Who holds the store when this process does not, in words for the admin; null otherwise. */
  standby(): string | null;
}

export interface DigestRuntime {
  services: DigestServices;
  /**
   * Starts the scheduler once the poster can post (the Discord one needs a logged-in client);
   * it checks at once: missed and pending digests.
   */
  start(poster: DigestPoster): DigestScheduler | null;
  stop(): Promise<void>;
}

export interface DigestRuntimeOptions {
  service: BriefingService;
  logger: DigestLogger;
  /** The store file (config.ts: `digestStorePath`). */
  storePath: string;
  clock?: Clock;
  /** A store opened by the caller: no lock is taken (tests). */
  store?: DigestStore;
  /**
   * Records shared by every process (PostgreSQL, with DATABASE_URL): no file and no lock; each
   * process schedules, and the records' claims see that each digest is posted once. Checked
   * every `checkEveryMs` (default a minute) so a schedule set on another process is kept.
   */
  shared?: { records: DigestRecords; checkEveryMs?: number };
  /** Lock timing (tests); and how often a process in standby tries to take the store over. */
  lock?: LockOptions & { retryMs?: number };
}

function describeHolder(holder: LockHolder | null): string {
  return holder
    ? `another briefbot process (pid ${holder.pid} on ${holder.host}, since ${holder.since.slice(0, 16).replace('T', ' ')} UTC)`
    : 'another briefbot process';
}

/**
 * The digest as the composition root wires it: the store opens before login (so /digest set
 * works as soon as commands arrive), the scheduler starts after login. Only the process that
 * holds the store's lock opens it and schedules; a second one (a deploy overlap) says so,
 * answers questions, and takes over when the first is gone, reading the store afresh.
 * Throws DigestStoreUnreadableError when the store exists and cannot be read.
 */
export function createDigestRuntime(options: DigestRuntimeOptions): DigestRuntime {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const path = options.storePath;
  let store: DigestRecords | null = options.shared?.records ?? options.store ?? null;
  let lock: StoreLock | null = null;
  let holder: LockHolder | null = null;
  let poster: DigestPoster | null = null;
  let scheduler: DigestScheduler | null = null;
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;

  const startScheduler = (): DigestScheduler | null => {
    if (!store || !poster || stopped) return scheduler;
    scheduler ??= startDigestScheduler({
      poster,
      service: options.service,
      store,
      clock,
      logger,
      maxSleepMs: options.shared ? (options.shared.checkEveryMs ?? 60_000) : undefined,
    });
    return scheduler;
  };

  const takeLock = (): boolean => {
    const attempt = tryLockStore(path, {
      ...options.lock,
      onLost: (taker) => {
        logger.error(
          { holder: taker },
          'digest store lock lost to another process: this one stops its digest scheduler',
        );
        void scheduler?.stop();
        scheduler = null;
        store = null;
        lock = null;
        holder = taker;
        waitForLock();
      },
    });
    if (!attempt.acquired) {
      holder = attempt.holder;
      return false;
    }
    try {
      store = openDigestStore({ path, logger, now: () => clock.now() });
    } catch (error) {
      attempt.lock.release();
      throw error;
    }
    lock = attempt.lock;
    holder = null;
    return true;
  };

  const waitForLock = (): void => {
    if (stopped) return;
    retry = setTimeout(() => {
      retry = null;
      try {
        if (takeLock()) {
          logger.info({ path }, 'digest store lock taken: this process now runs the daily digest');
          startScheduler();
        } else waitForLock();
      } catch (error) {
        logger.error({ err: error, path }, 'digest store cannot be opened: the daily digest stays off');
      }
    }, options.lock?.retryMs ?? 30_000);
    retry.unref();
  };

  if (!store && !takeLock()) {
    logger.warn(
      { path, holder },
      'digest store held by another briefbot process: serving questions without the digest scheduler',
    );
    waitForLock();
  }

  return {
    services: {
      get store() {
        return store;
      },
      clock,
      scheduler: () => scheduler,
      standby: () =>
        store
          ? null
          : `The daily digest is run by ${describeHolder(holder)} sharing this bot's store; this one answers questions only, and takes the digest over when that one stops.`,
    },
    start(ready) {
      poster = ready;
      return startScheduler();
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await scheduler?.stop();
      lock?.release();
    },
  };
}
