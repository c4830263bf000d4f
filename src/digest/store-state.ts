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

// Every stored time is checked on load: one bad value ("25:61", a date that is not one) used to
// make computing the next wake-up throw, which stopped the digests of every server.
const instant = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)), {
  message: 'not a date and time',
});
const dailyTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time of day (HH:MM)');
const timeZone = z.string().refine(
  (name) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a known time zone' },
);
const count = z.number().int().nonnegative();

const settingsSchema = z.object({
  channelId: z.string(),
  time: dailyTime,
  timeZone,
  whenEmpty: z.enum(['skip', 'post']),
  enabled: z.boolean(),
  /** Slots before this instant are not owed: changing the time does not fire a past slot. */
  updatedAt: instant,
});

const pendingMessageSchema = z.object({
  nonce: z.string(),
  message: messageSchema,
  /** Set before the first send: after a crash the message may be in the channel already. */
  attempted: z.boolean(),
  /** When the send was first attempted: the channel is searched from there after a crash. */
  attemptedAt: instant.nullable().default(null),
  messageId: z.string().nullable(),
  /**
   * Set when, after a crash, the channel could not be searched (no Read Message History) and
   * Discord's nonce memory had expired: the part was not sent again, so it may be missing.
   */
  unconfirmed: z.boolean().default(false),
});

const pendingSchema = z.object({
  digestId: z.string(),
  channelId: z.string(),
  /** The scheduled instant this digest is for; null for one asked with /digest now. */
  slot: instant.nullable(),
  createdAt: instant,
  /** The ledger number of the newest article it includes; becomes the guild's high water. */
  highWater: count,
  // Which articles it holds is `highWater` (ledger numbers up to it); the count is for the logs.
  articleCount: count,
  messages: z.array(pendingMessageSchema),
  attempts: count,
  nextAttemptAt: instant.nullable(),
  lastError: z.string().nullable(),
});

/** What went wrong last that an admin must act on (a deleted or forbidden channel, an unconfirmed part). */
const problemSchema = z.object({ at: instant, channelId: z.string(), message: z.string() });

const guildSchema = z.object({
  settings: settingsSchema.nullable(),
  highWater: count,
  lastSlot: instant.nullable(),
  lastDigestAt: instant.nullable(),
  pending: pendingSchema.nullable(),
  problem: problemSchema.nullable().default(null),
});

const ledgerSchema = z.object({
  next: count,
  /** article id -> [content hash prefix, sequence number]. */
  entries: z.record(z.string(), z.tuple([z.string(), z.number()])),
});

/** The store's frame: each guild is checked on its own (guildSchema), so one bad record stops nothing else. */
export const storeFrameSchema = z.object({
  format: z.literal('briefbot-digest-store'),
  version: z.literal(1),
  ledger: ledgerSchema,
  guilds: z.record(z.string(), z.unknown()),
});

export const storeStateSchema = storeFrameSchema.extend({ guilds: z.record(z.string(), guildSchema) });
export { guildSchema, pendingSchema, settingsSchema };

export type DigestSettings = z.infer<typeof settingsSchema>;
export type PendingMessage = z.infer<typeof pendingMessageSchema>;
export type PendingDigest = z.infer<typeof pendingSchema>;
export type DigestProblem = z.infer<typeof problemSchema>;
export type GuildDigestState = z.infer<typeof guildSchema>;
export type DigestStoreState = z.infer<typeof storeStateSchema>;

export function emptyStoreState(): DigestStoreState {
  return { format: 'briefbot-digest-store', version: 1, ledger: { next: 1, entries: {} }, guilds: {} };
}

export function emptyGuildState(): GuildDigestState {
  return { settings: null, highWater: 0, lastSlot: null, lastDigestAt: null, pending: null, problem: null };
}
