import type { DigestPoster } from './digest-poster.js';
import type { DigestRecords } from './digest-records.js';
import {
  NONCE_MEMORY_MS,
  pendingIn,
  recordFailure,
  settleSlot,
  type DeliverOptions,
  type DeliveryOutcome,
} from './delivery-outcome.js';
import { digestMarker } from './prepare-digest.js';
import type { PendingDigest } from './store-state.js';

export { NONCE_MEMORY_MS, retryDelay, type DeliverOptions, type DeliveryOutcome } from './delivery-outcome.js';

// The search for a part that may have been posted starts this long before it was attempted:
// the bot's clock and Discord's may differ a little.
const CLOCK_SLACK_MS = 60_000;

type Reconciled = { found: string } | 'absent' | 'unknown';

/** Whether a part attempted before a crash is in the channel, from the moment it was attempted on. */
async function reconcile(poster: DigestPoster, pending: PendingDigest, part: number): Promise<Reconciled> {
  if (!poster.findSent) return 'unknown';
  const message = pending.messages[part]!;
  const attemptedAt = Date.parse(message.attemptedAt ?? pending.createdAt);
  try {
    const found = await poster.findSent(
      pending.channelId,
      digestMarker(pending.digestId, part + 1, pending.messages.length),
      new Date(attemptedAt - CLOCK_SLACK_MS),
    );
    return found ? { found } : 'absent';
  } catch {
    return 'unknown';
  }
}

/**
 * Posts a guild's pending digest, part by part, under its claim (renewed before each part;
 * lost, the post stops and the process that took it over goes on), recording each part as it
 * lands. Before a part is sent, the intent is written (attempted, with the time). A part that was attempted before
 * (the process died between the post and its record) is looked for in the channel among the
 * messages since that time, however long ago; found, it is recorded, not sent. When the
 * channel cannot be read, the part is sent again with its nonce only while Discord still
 * remembers nonces; past that it is not sent again (it may be there already) and the admin is
 * told. A temporary failure keeps the digest pending for a later retry; after `maxAttempts` it
 * is dropped without moving the high water, so its articles are in the next one. A deleted or
 * forbidden channel drops it at once and tells the admin.
 */
export async function deliverPending(
  store: DigestRecords,
  poster: DigestPoster,
  guildId: string,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const pending = (await store.readGuild(guildId)).pending;
  if (!pending) return 'none';
  if (!(await store.claimPending(guildId, pending.digestId))) return 'busy';
  try {
    return await deliverClaimed(store, poster, guildId, pending, options);
  } finally {
    await store.releasePending(guildId, pending.digestId).catch(() => undefined);
  }
}

async function deliverClaimed(
  store: DigestRecords,
  poster: DigestPoster,
  guildId: string,
  pending: PendingDigest,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const { digestId } = pending;
  const maxAttempts = options.maxAttempts ?? 8;
  const unconfirmed: number[] = [];
  try {
    for (let part = 0; part < pending.messages.length; part += 1) {
      const current = pendingIn(await store.readGuild(guildId), digestId);
      const message = current?.messages[part];
      if (!current || !message || message.messageId) continue;
      if (message.unconfirmed) {
        unconfirmed.push(part);
        continue;
      }
      let messageId: string | null = null;
      if (message.attempted) {
        const reconciled = await reconcile(poster, current, part);
        if (typeof reconciled === 'object') messageId = reconciled.found;
        else if (reconciled === 'unknown' && !withinNonceMemory(message.attemptedAt, options.clock.now())) {
          await store.updateGuild(guildId, (guild) => {
            const target = pendingIn(guild, digestId)?.messages[part];
            if (target) target.unconfirmed = true;
          });
          unconfirmed.push(part);
          options.logger.warn(
            { guildId, digestId, part: part + 1, parts: pending.messages.length, channelId: pending.channelId },
            'digest part may have been posted before a restart and the channel cannot be searched: not sent again',
          );
          continue;
        }
      }
      if (!messageId) {
        if (!(await store.claimPending(guildId, digestId))) return 'busy';
        if (!message.attempted) {
          const attemptedAt = options.clock.now().toISOString();
          await store.updateGuild(guildId, (guild) => {
            const target = pendingIn(guild, digestId)?.messages[part];
            if (target) {
              target.attempted = true;
              target.attemptedAt = attemptedAt;
            }
          });
        }
        messageId = (await poster.send(pending.channelId, message.message, message.nonce)).messageId;
      }
      const posted = messageId;
      await store.updateGuild(guildId, (guild) => {
        const target = pendingIn(guild, digestId)?.messages[part];
        if (target) target.messageId = posted;
      });
    }
  } catch (error) {
    return recordFailure(store, guildId, pending, error, options, maxAttempts);
  }
  const now = options.clock.now();
  await store.updateGuild(guildId, (guild) => {
    guild.highWater = Math.max(guild.highWater, pending.highWater);
    settleSlot(guild, pending.slot);
    guild.lastDigestAt = now.toISOString();
    // Another process's digest, pending since, is not this one's to clear.
    if (!guild.pending || pendingIn(guild, digestId)) guild.pending = null;
    guild.problem =
      unconfirmed.length > 0
        ? {
            at: now.toISOString(),
            channelId: pending.channelId,
            message: `after a restart, part ${unconfirmed.map((part) => part + 1).join(', ')} of ${pending.messages.length} of the digest could not be confirmed and was not sent again (the bot cannot read the channel's history): it may be missing`,
          }
        : null;
  });
  options.logger.info(
    {
      guildId,
      digestId,
      parts: pending.messages.length,
      articles: pending.articleCount,
      unconfirmed: unconfirmed.length,
    },
    'digest posted',
  );
  return 'delivered';
}

function withinNonceMemory(attemptedAt: string | null, now: Date): boolean {
  return attemptedAt !== null && now.getTime() - Date.parse(attemptedAt) < NONCE_MEMORY_MS;
}
