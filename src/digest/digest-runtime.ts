import type { Client } from 'discord.js';
import type { BriefingService } from '../service/briefing-service.js';
import { systemClock, type Clock } from './clock.js';
import type { DigestPoster } from './deliver-digest.js';
import { openDigestStore, resolveDigestStorePath, type DigestStore } from './digest-store.js';
import type { DigestLogger } from './logger.js';
import { startDigestScheduler, type DigestScheduler } from './scheduler.js';

/** What /digest needs: the store, the clock, and the scheduler once the client is logged in. */
export interface DigestServices {
  store: DigestStore;
  clock: Clock;
  scheduler(): DigestScheduler | null;
}

export interface DigestRuntime {
  services: DigestServices;
  /** Starts the scheduler on a logged-in client (it checks at once: missed and pending digests). */
  start(client: Client): DigestScheduler;
  stop(): Promise<void>;
}

export interface DigestRuntimeOptions {
  service: BriefingService;
  logger: DigestLogger;
  /** Defaults to DIGEST_STORE_PATH, else DATA_DIR/digest-store.json, else data/digest-store.json. */
  storePath?: string;
  clock?: Clock;
  store?: DigestStore;
  /** How to post through the client; the Discord poster by default. */
  poster?: (client: Client) => DigestPoster;
}

/**
 * The digest as the composition root wires it: the store opens before login (so /digest set
 * works as soon as commands arrive), the scheduler starts after login.
 */
export function createDigestRuntime(options: DigestRuntimeOptions): DigestRuntime {
  const clock = options.clock ?? systemClock;
  const store =
    options.store ??
    openDigestStore({
      path: options.storePath ?? resolveDigestStorePath(process.env),
      logger: options.logger,
      now: () => clock.now(),
    });
  let scheduler: DigestScheduler | null = null;
  return {
    services: { store, clock, scheduler: () => scheduler },
    start(client) {
      scheduler ??= startDigestScheduler({
        client,
        poster: options.poster?.(client),
        service: options.service,
        store,
        clock,
        logger: options.logger,
      });
      return scheduler;
    },
    async stop() {
      await scheduler?.stop();
    },
  };
}
