import type { Clock } from './clock.js';
import { ChannelUnusableError } from './digest-poster.js';
import type { DigestRecords } from './digest-records.js';
import type { DigestLogger } from './logger.js';
import type { GuildDigestState, PendingDigest } from './store-state.js';

/** `busy`: another process holds the claim on the pending digest and is posting it. */
export type DeliveryOutcome = 'delivered' | 'retrying' | 'abandoned' | 'refused' | 'none' | 'busy';

export interface DeliverOptions {
  clock: Clock;
  logger: DigestLogger;
  maxAttempts?: number;
}

const minute = 60_000;
/**
 * How long Discord certainly remembers an enforced nonce ("the past few minutes"): within it a
 * re-send returns the message already posted instead of a second one.
 */
export const NONCE_MEMORY_MS = 2 * minute;

export function retryDelay(attempts: number): number {
  return Math.min(30 * minute, minute * 2 ** Math.max(0, attempts - 1));
}

export function pendingIn(guild: Readonly<GuildDigestState>, digestId: string): PendingDigest | null {
  const pending = guild.pending;
  return pending && pending.digestId === digestId ? pending : null;
}

/**
 * Records a digest's slot as done, never moving it back: a process whose claim was taken over
 * while it stalled must not reopen a later slot another process has posted since.
 */
export function settleSlot(guild: GuildDigestState, slot: string | null): void {
  if (slot && (!guild.lastSlot || Date.parse(slot) > Date.parse(guild.lastSlot))) guild.lastSlot = slot;
}

/**
 * A post that failed: a deleted or forbidden channel drops it at once and tells the admin; a
 * temporary failure keeps it pending for a retry after `retryDelay`, until `maxAttempts`.
 */
export async function recordFailure(
  store: DigestRecords,
  guildId: string,
  pending: PendingDigest,
  error: unknown,
  options: DeliverOptions,
  maxAttempts: number,
): Promise<DeliveryOutcome> {
  const { digestId } = pending;
  const reason = error instanceof Error ? error.message : String(error);
  const now = options.clock.now();
  if (error instanceof ChannelUnusableError) {
    await store.updateGuild(guildId, (guild) => {
      if (pendingIn(guild, digestId)) guild.pending = null;
      settleSlot(guild, pending.slot);
      guild.problem = {
        at: now.toISOString(),
        channelId: pending.channelId,
        message: `the digest cannot be posted in <#${pending.channelId}> (${reason}): the channel is gone or the bot lacks permission there. Its articles go into the next digest; fix the channel's permissions or choose another with /digest set`,
      };
    });
    options.logger.error(
      { guildId, digestId, channelId: pending.channelId, reason },
      'digest channel unusable: the post is dropped, its articles go into the next digest',
    );
    return 'refused';
  }
  const attempts = pending.attempts + 1;
  if (attempts >= maxAttempts) {
    await store.updateGuild(guildId, (guild) => {
      settleSlot(guild, pending.slot);
      if (pendingIn(guild, digestId)) guild.pending = null;
    });
    options.logger.error(
      { guildId, digestId, attempts, reason },
      'digest post failed for good: its articles go into the next digest',
    );
    return 'abandoned';
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelay(attempts)).toISOString();
  await store.updateGuild(guildId, (guild) => {
    const target = pendingIn(guild, digestId);
    if (!target) return;
    target.attempts = attempts;
    target.lastError = reason;
    target.nextAttemptAt = nextAttemptAt;
  });
  options.logger.warn({ guildId, digestId, attempts, nextAttemptAt, reason }, 'digest post failed: will retry');
  return 'retrying';
}
