import type { Clock } from './clock.js';
import type { DigestMessage } from './discord-limits.js';
import { guildDraft, type DigestStore } from './digest-store.js';
import type { DigestLogger } from './logger.js';
import { digestMarker } from './prepare-digest.js';
import type { DigestStoreState, PendingDigest } from './store-state.js';

/** Where digests go. The Discord poster sends with the nonce and enforce_nonce. */
export interface DigestPoster {
  send(channelId: string, message: DigestMessage, nonce: string): Promise<{ messageId: string }>;
  /** The id of a message already in the channel carrying `marker`, or null. */
  findSent?(channelId: string, marker: string): Promise<string | null>;
}

export type DeliveryOutcome = 'delivered' | 'retrying' | 'abandoned' | 'none';

export interface DeliverOptions {
  clock: Clock;
  logger: DigestLogger;
  maxAttempts?: number;
}

const minute = 60_000;

export function retryDelay(attempts: number): number {
  return Math.min(30 * minute, minute * 2 ** Math.max(0, attempts - 1));
}

function pendingIn(draft: DigestStoreState, guildId: string, digestId: string): PendingDigest | null {
  const pending = draft.guilds[guildId]?.pending ?? null;
  return pending && pending.digestId === digestId ? pending : null;
}

async function alreadySent(poster: DigestPoster, pending: PendingDigest, part: number): Promise<string | null> {
  if (!poster.findSent) return null;
  try {
    return await poster.findSent(pending.channelId, digestMarker(pending.digestId, part + 1, pending.messages.length));
  } catch {
    // Reading history may be forbidden; the nonce still guards against a double post.
    return null;
  }
}

/**
 * Posts a guild's pending digest, part by part, recording each part as it lands. A part that
 * was attempted before (the process died between the post and its record) is first looked for
 * in the channel and otherwise re-sent with the same nonce, which Discord answers with the
 * message it already has. A failure keeps the digest pending for a later retry; after
 * `maxAttempts` it is dropped without moving the high water, so its articles are in the next one.
 */
export async function deliverPending(
  store: DigestStore,
  poster: DigestPoster,
  guildId: string,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const pending = store.guild(guildId).pending;
  if (!pending) return 'none';
  const { digestId } = pending;
  const maxAttempts = options.maxAttempts ?? 8;
  try {
    for (let part = 0; part < pending.messages.length; part += 1) {
      const message = store.guild(guildId).pending?.messages[part];
      if (!message || message.messageId) continue;
      let messageId = message.attempted ? await alreadySent(poster, pending, part) : null;
      if (!messageId) {
        if (!message.attempted) {
          store.update((draft) => {
            const target = pendingIn(draft, guildId, digestId)?.messages[part];
            if (target) target.attempted = true;
          });
        }
        messageId = (await poster.send(pending.channelId, message.message, message.nonce)).messageId;
      }
      const posted = messageId;
      store.update((draft) => {
        const target = pendingIn(draft, guildId, digestId)?.messages[part];
        if (target) target.messageId = posted;
      });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const attempts = pending.attempts + 1;
    const now = options.clock.now();
    if (attempts >= maxAttempts) {
      store.update((draft) => {
        const guild = guildDraft(draft, guildId);
        if (pending.slot) guild.lastSlot = pending.slot;
        guild.pending = null;
      });
      options.logger.error(
        { guildId, digestId, attempts, reason },
        'digest post failed for good: its articles go into the next digest',
      );
      return 'abandoned';
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelay(attempts)).toISOString();
    store.update((draft) => {
      const target = pendingIn(draft, guildId, digestId);
      if (!target) return;
      target.attempts = attempts;
      target.lastError = reason;
      target.nextAttemptAt = nextAttemptAt;
    });
    options.logger.warn({ guildId, digestId, attempts, nextAttemptAt, reason }, 'digest post failed: will retry');
    return 'retrying';
  }
  store.update((draft) => {
    const guild = guildDraft(draft, guildId);
    guild.highWater = Math.max(guild.highWater, pending.highWater);
    if (pending.slot) guild.lastSlot = pending.slot;
    guild.lastDigestAt = options.clock.now().toISOString();
    guild.pending = null;
  });
  options.logger.info(
    { guildId, digestId, parts: pending.messages.length, articles: pending.articleCount },
    'digest posted',
  );
  return 'delivered';
}
