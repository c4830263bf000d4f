import { systemClock, type Clock } from './clock.js';
import { deliverPending, type DeliveryOutcome } from './deliver-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestRecords } from './digest-records.js';
import type { DigestSource } from './digest-source.js';
import type { DigestLogger } from './logger.js';
import { prepareDigest } from './prepare-digest.js';
import { latestSlot, nextSlot, settledUntil } from './schedule.js';
import type { GuildDigestState } from './store-state.js';

export interface DigestSchedulerOptions {
  poster: DigestPoster;
  service: DigestSource;
  store: DigestRecords;
  clock?: Clock;
  logger: DigestLogger;
  /**
   * Longest sleep between checks, so a lost timer or a changed system clock heals itself (and,
   * with records shared by several processes, settings changed by another one are seen).
   */
  maxSleepMs?: number;
  maxAttempts?: number;
  /** How long a guild whose pending digest another process is posting waits before it looks again. */
  busyPauseMs?: number;
}

/** `channelId` is where the outcome happened: a digest still pending for another channel names that one. */
export type PostNowOutcome = { delivery: DeliveryOutcome; parts: number; articles: number; channelId: string };

export interface DigestScheduler {
  stop(): Promise<void>;
  /** Re-arms the timer after settings changed (/digest set, /digest off). */
  refresh(): void;
  /** Posts a digest at once (/digest now): what the guild has not been sent, to `channelId`. */
  postNow(guildId: string, channelId: string): Promise<PostNowOutcome>;
  /** Resolves when no check or post is running (for tests and shutdown). */
  idle(): Promise<void>;
}

/** The slot a guild is owed at `now`, if any: the latest one after its last digest and its last settings change. */
export function owedSlot(guild: Readonly<GuildDigestState>, now: Date): Date | null {
  const settings = guild.settings;
  if (!settings?.enabled) return null;
  const slot = latestSlot(settings, now);
  if (!slot) return null;
  return slot.getTime() > settledUntil(guild) ? slot : null;
}

/**
 * Posts each guild's digest at its local time. On start it checks at once, so a digest missed
 * while the bot was down (only the latest one) and any pending post are done then. All checks
 * and posts run one at a time on one chain: a digest is never prepared twice concurrently by
 * one process; across processes sharing the records, the atomic prepare and the claim on a
 * pending digest see to it.
 */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? systemClock;
  const { store, logger } = options;
  const source = options.service;
  const { poster } = options;
  const render = poster.render.bind(poster);
  const maxSleep = options.maxSleepMs ?? 60 * 60_000;
  const deliverOptions = { clock, logger, maxAttempts: options.maxAttempts };
  let chain: Promise<unknown> = Promise.resolve();
  let cancelTimer: (() => void) | null = null;
  let stopped = false;
  // A guild whose check threw (e.g. the disk is full) waits before the next try instead of spinning.
  const failedUntil = new Map<string, number>();
  const failurePause = 60_000;
  // A guild whose pending digest another process is posting waits too, else it would be due at once again.
  const busyUntil = new Map<string, number>();
  const busyPause = options.busyPauseMs ?? 60_000;
  const pauseIfBusy = (guildId: string, outcome: DeliveryOutcome): void => {
    if (outcome !== 'busy') return;
    busyUntil.set(guildId, clock.now().getTime() + busyPause);
    logger.debug({ guildId }, 'digest pending: another process is posting it');
  };
  const pausedUntil = (guildId: string): number => Math.max(failedUntil.get(guildId) ?? 0, busyUntil.get(guildId) ?? 0);

  const enqueue = <Result>(work: () => Promise<Result>): Promise<Result> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };

  const checkGuild = async (guildId: string): Promise<void> => {
    const guild = await store.readGuild(guildId);
    const now = clock.now();
    if (guild.pending) {
      const retryAt = guild.pending.nextAttemptAt ? Date.parse(guild.pending.nextAttemptAt) : 0;
      if (retryAt <= now.getTime()) pauseIfBusy(guildId, await deliverPending(store, poster, guildId, deliverOptions));
      return;
    }
    const slot = owedSlot(guild, now);
    const settings = guild.settings;
    if (!slot || !settings) return;
    const outcome = await prepareDigest(store, source, {
      guildId,
      channelId: settings.channelId,
      slot,
      whenEmpty: settings.whenEmpty,
      now,
      render,
    });
    if (outcome.kind === 'nothing-new')
      logger.info({ guildId, slot: slot.toISOString() }, 'digest skipped: nothing new');
    else if (outcome.kind === 'taken')
      logger.debug({ guildId, slot: slot.toISOString() }, 'digest slot taken by another process');
    else pauseIfBusy(guildId, await deliverPending(store, poster, guildId, deliverOptions));
  };

  // One guild whose next slot cannot be computed is logged once and left out; the others keep their times.
  const unschedulable = new Set<string>();
  const wakeTime = (guilds: Readonly<Record<string, Readonly<GuildDigestState>>>, now: Date): number => {
    let wake = now.getTime() + maxSleep;
    for (const [guildId, guild] of Object.entries(guilds)) {
      let due: number | null = null;
      try {
        if (guild.pending) due = guild.pending.nextAttemptAt ? Date.parse(guild.pending.nextAttemptAt) : now.getTime();
        else if (guild.settings?.enabled) due = nextSlot(guild.settings, now).getTime();
        unschedulable.delete(guildId);
      } catch (error) {
        if (!unschedulable.has(guildId)) logger.error({ guildId, err: error }, 'digest schedule cannot be computed');
        unschedulable.add(guildId);
        continue;
      }
      if (due !== null && Number.isFinite(due)) wake = Math.min(wake, Math.max(due, pausedUntil(guildId)));
    }
    return wake;
  };

  const setTimer = (wake: number): void => {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped) return;
    cancelTimer = clock.setTimer(Math.max(0, wake - clock.now().getTime()), () => void check());
  };

  /** Reads the records (a database may be down: then it tries again after a pause). */
  const readGuilds = async (): Promise<Readonly<Record<string, Readonly<GuildDigestState>>> | null> => {
    try {
      return await store.readGuilds();
    } catch (error) {
      logger.error({ err: error }, 'digest records cannot be read: trying again in a minute');
      setTimer(clock.now().getTime() + failurePause);
      return null;
    }
  };

  const arm = async (): Promise<void> => {
    const guilds = await readGuilds();
    if (guilds) setTimer(wakeTime(guilds, clock.now()));
  };

  const check = (): Promise<void> =>
    enqueue(async () => {
      if (stopped) return;
      const guilds = await readGuilds();
      if (!guilds) return;
      for (const guildId of Object.keys(guilds)) {
        if (stopped) return;
        if (pausedUntil(guildId) > clock.now().getTime()) continue;
        busyUntil.delete(guildId);
        try {
          await checkGuild(guildId);
          failedUntil.delete(guildId);
        } catch (error) {
          failedUntil.set(guildId, clock.now().getTime() + failurePause);
          logger.error({ guildId, err: error }, 'digest check failed');
        }
      }
      await arm();
    });

  void check();

  return {
    async stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
      await chain;
    },
    refresh() {
      void check();
    },
    postNow(guildId, channelId) {
      return enqueue(async () => {
        // A digest still pending goes first, so the new one does not repeat its articles; one
        // to a deleted or forbidden channel is dropped at once and does not stand in the way.
        let earlier: DeliveryOutcome = 'none';
        if ((await store.readGuild(guildId)).pending)
          earlier = await deliverPending(store, poster, guildId, deliverOptions);
        const waiting = (await store.readGuild(guildId)).pending;
        if (waiting) {
          await arm();
          const delivery = earlier === 'busy' ? ('busy' as const) : ('retrying' as const);
          return { delivery, parts: 0, articles: 0, channelId: waiting.channelId };
        }
        const outcome = await prepareDigest(store, source, {
          guildId,
          channelId,
          slot: null,
          whenEmpty: 'post',
          now: clock.now(),
          render,
        });
        if (outcome.kind === 'taken') {
          const waiting = (await store.readGuild(guildId)).pending;
          return { delivery: 'busy' as const, parts: 0, articles: 0, channelId: waiting?.channelId ?? channelId };
        }
        if (outcome.kind !== 'pending') return { delivery: 'none' as const, parts: 0, articles: 0, channelId };
        const delivery = await deliverPending(store, poster, guildId, deliverOptions);
        await arm();
        return { delivery, parts: outcome.pending.messages.length, articles: outcome.pending.articleCount, channelId };
      });
    },
    idle: () => chain.then(() => undefined),
  };
}
