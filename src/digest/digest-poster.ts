import type { Digest } from './types.js';

/** A plain embed: the parts of a rich message the digest uses (Discord's embed object accepts it as is). */
export interface DigestEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
}

/** One message of a digest as it is stored while pending and handed to the poster. */
export interface DigestMessage {
  content?: string;
  embeds: DigestEmbed[];
}

/**
 * Where digests go (the Discord adapter implements it; tests use a fake). The digest core
 * decides what is new, when, and what was delivered; the poster knows the channel's format and
 * limits, so it renders a digest into messages as well as sending them.
 */
export interface DigestPoster {
  /**
   * The digest as messages within the channel's limits; `footer(part, parts)` ends each message
   * and must stay in it whole, since `findSent` looks for what it carries.
   */
  render(digest: Digest, footer: (part: number, parts: number) => string): DigestMessage[];
  /** Sends with the nonce enforced, so a re-send soon after a crash returns the message already there. */
  send(channelId: string, message: DigestMessage, nonce: string): Promise<{ messageId: string }>;
  /**
   * The id of a message the bot posted in the channel since `since` carrying `marker`, or null
   * when the channel holds none. Throws when the history cannot be read in full (no Read
   * Message History, or too many messages since): then nothing is known.
   */
  findSent?(channelId: string, marker: string, since: Date): Promise<string | null>;
}

/**
 * The channel is gone or the bot may not post there: retrying will not help, an admin must act.
 * A poster throws it from `send` for such failures; any other error is retried.
 */
export class ChannelUnusableError extends Error {
  override name = 'ChannelUnusableError';
}
