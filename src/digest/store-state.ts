import { z } from 'zod';

/**
 * What the digest keeps on disk. `ledger` gives every article version (id + content hash) a
 * sequence number the first time a digest sees it, i.e. when it entered the corpus as far as
 * digests are concerned; a guild's `highWater` is the last number it was sent. So an old
 * article added today is new, an edited article is new again, and a guild's record stays one
 * number whatever the corpus size. A `pending` digest is the journal of a post in progress.
 */

const embedSchema = z.object({
  title: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  color: z.number().optional(),
  timestamp: z.string().optional(),
  footer: z.object({ text: z.string() }).optional(),
});

const messageSchema = z.object({ content: z.string().optional(), embeds: z.array(embedSchema) });

const settingsSchema = z.object({
  channelId: z.string(),
  time: z.string(),
  timeZone: z.string(),
  whenEmpty: z.enum(['skip', 'post']),
  enabled: z.boolean(),
  /** Slots before this instant are not owed: changing the time does not fire a past slot. */
  updatedAt: z.string(),
});

const pendingMessageSchema = z.object({
  nonce: z.string(),
  message: messageSchema,
  /** Set before the first send: after a crash the message may be in the channel already. */
  attempted: z.boolean(),
  messageId: z.string().nullable(),
});

const pendingSchema = z.object({
  digestId: z.string(),
  channelId: z.string(),
  /** The scheduled instant this digest is for; null for one asked with /digest now. */
  slot: z.string().nullable(),
  createdAt: z.string(),
  /** The ledger number of the newest article it includes; becomes the guild's high water. */
  highWater: z.number(),
  // Which articles it holds is `highWater` (ledger numbers up to it); the count is for the logs.
  articleCount: z.number(),
  messages: z.array(pendingMessageSchema),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

const guildSchema = z.object({
  settings: settingsSchema.nullable(),
  highWater: z.number(),
  lastSlot: z.string().nullable(),
  lastDigestAt: z.string().nullable(),
  pending: pendingSchema.nullable(),
});

export const storeStateSchema = z.object({
  format: z.literal('briefbot-digest-store'),
  version: z.literal(1),
  ledger: z.object({
    next: z.number(),
    /** article id -> [content hash prefix, sequence number]. */
    entries: z.record(z.string(), z.tuple([z.string(), z.number()])),
  }),
  guilds: z.record(z.string(), guildSchema),
});

export type DigestSettings = z.infer<typeof settingsSchema>;
export type PendingMessage = z.infer<typeof pendingMessageSchema>;
export type PendingDigest = z.infer<typeof pendingSchema>;
export type GuildDigestState = z.infer<typeof guildSchema>;
export type DigestStoreState = z.infer<typeof storeStateSchema>;

export function emptyStoreState(): DigestStoreState {
  return { format: 'briefbot-digest-store', version: 1, ledger: { next: 1, entries: {} }, guilds: {} };
}

export function emptyGuildState(): GuildDigestState {
  return { settings: null, highWater: 0, lastSlot: null, lastDigestAt: null, pending: null };
}
