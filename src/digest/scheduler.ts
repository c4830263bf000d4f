import { systemClock, type Clock } from './clock.js';
import { deliverPending, type DeliveryOutcome } from './deliver-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestSource } from './digest-source.js';
import type { DigestStore } from './digest-store.js';
import type { DigestLogger } from './logger.js';
import { prepareDigest } from './prepare-digest.js';
import { latestSlot, nextSlot } from './schedule.js';
import type { GuildDigestState } from './store-state.js';

export interface DigestSchedulerOptions {
  poster: DigestPoster;
  service: DigestSource;
  store: DigestStore;
  clock?: Clock;
  logger: DigestLogger;
  /** Longest sleep between checks, so a lost timer or a changed system clock heals itself. */
  maxSleepMs?: number;
  maxAttempts?: number;
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
  const settled = Math.max(guild.lastSlot ? Date.parse(guild.lastSlot) : 0, Date.parse(settings.updatedAt));
  return slot.getTime() > settled ? slot : null;
}

/**
 * Posts each guild's digest at its local time. On start it checks at once, so a digest missed
 * while the bot was down (only the latest one) and any pending post are done then. All checks
 * and posts run one at a time on one chain: a digest is never prepared twice concurrently.
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

  const enqueue = <Result>(work: () => Promise<Result>): Promise<Result> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };

  const checkGuild = async (guildId: string): Promise<void> => {
    const guild = store.guild(guildId);
    const now = clock.now();
    if (guild.pending) {
      const retryAt = guild.pending.nextAttemptAt ? Date.parse(guild.pending.nextAttemptAt) : 0;
      if (retryAt <= now.getTime()) await deliverPending(store, poster, guildId, deliverOptions);
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
    else await deliverPending(store, poster, guildId, deliverOptions);
  };

  // One guild whose next slot cannot be computed is logged once and left out; the others keep their times.
  const unschedulable = new Set<string>();
  const wakeTime = (now: Date): number => {
    let wake = now.getTime() + maxSleep;
    for (const [guildId, guild] of Object.entries(store.state().guilds)) {
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
      if (due !== null && Number.isFinite(due)) wake = Math.min(wake, Math.max(due, failedUntil.get(guildId) ?? 0));
    }
    return wake;
  };

  const arm = (): void => {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped) return;
    const now = clock.now();
    cancelTimer = clock.setTimer(Math.max(0, wakeTime(now) - now.getTime()), () => void check());
  };

  const check = (): Promise<void> =>
    enqueue(async () => {
      if (stopped) return;
      for (const guildId of Object.keys(store.state().guilds)) {
        if (stopped) return;
        if ((failedUntil.get(guildId) ?? 0) > clock.now().getTime()) continue;
        try {
          await checkGuild(guildId);
          failedUntil.delete(guildId);
        } catch (error) {
          failedUntil.set(guildId, clock.now().getTime() + failurePause);
          logger.error({ guildId, err: error }, 'digest check failed');
        }
      }
      arm();
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
        if (store.guild(guildId).pending) await deliverPending(store, poster, guildId, deliverOptions);
        const waiting = store.guild(guildId).pending;
        if (waiting) {
          arm();
          return { delivery: 'retrying' as const, parts: 0, articles: 0, channelId: waiting.channelId };
        }
        const outcome = await prepareDigest(store, source, {
          guildId,
          channelId,
          slot: null,
          whenEmpty: 'post',
          now: clock.now(),
          render,
        });
        if (outcome.kind !== 'pending') return { delivery: 'none' as const, parts: 0, articles: 0, channelId };
        const delivery = await deliverPending(store, poster, guildId, deliverOptions);
        arm();
        return { delivery, parts: outcome.pending.messages.length, articles: outcome.pending.articleCount, channelId };
      });
    },
    idle: () => chain.then(() => undefined),
  };
}
