import { renderDigestMessages } from '../../../src/discord/digest/render-digest-messages.js';
import { findLimitViolation } from '../../../src/discord/render/limits.js';
import { ChannelUnusableError, type DigestMessage, type DigestPoster } from '../../../src/digest/digest-poster.js';
import type { Digest } from '../../../src/digest/types.js';

export interface PostedMessage {
  id: string;
  channelId: string;
  nonce: string;
  message: DigestMessage;
  at: Date;
}

/**
 * A channel that behaves like Discord for the digest: messages over the limits are refused,
 * a repeated nonce (enforce_nonce) returns the message already posted. `failures` makes the
 * next sends fail; `forgetNonces` models Discord's nonce memory expiring.
 */
export class FakeChannels implements DigestPoster {
  readonly posted: PostedMessage[] = [];
  failures = 0;
  sendCalls = 0;
  historyReadable = true;
  /** Channels that are deleted: a send fails as the Discord poster fails on a 404 Unknown Channel. */
  readonly gone = new Set<string>();
  private nonces = new Map<string, PostedMessage>();
  /** Called after a message is stored, before the answer: lets a test "crash" the bot there. */
  afterPost: ((posted: PostedMessage) => void) | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  render(digest: Digest, footer: (part: number, parts: number) => string): DigestMessage[] {
    return renderDigestMessages(digest, { footer });
  }

  async send(channelId: string, message: DigestMessage, nonce: string): Promise<{ messageId: string }> {
    this.sendCalls += 1;
    if (this.gone.has(channelId)) throw new ChannelUnusableError('Unknown Channel');
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('503 Service Unavailable');
    }
    const violation = findLimitViolation(message);
    if (violation) throw new Error(`400 Invalid Form Body: ${violation}`);
    const existing = this.nonces.get(nonce);
    if (existing) return { messageId: existing.id };
    const posted = { id: String(this.posted.length + 1), channelId, nonce, message, at: this.now() };
    this.posted.push(posted);
    this.nonces.set(nonce, posted);
    this.afterPost?.(posted);
    return { messageId: posted.id };
  }

  async findSent(channelId: string, marker: string, since: Date): Promise<string | null> {
    if (!this.historyReadable) throw new Error('403 Missing Access');
    const found = this.posted.find(
      (posted) =>
        posted.channelId === channelId &&
        posted.at.getTime() >= since.getTime() &&
        ((posted.message.content ?? '').includes(marker) ||
          posted.message.embeds.some((embed) => embed.footer?.text.includes(marker))),
    );
    return found?.id ?? null;
  }

  forgetNonces(): void {
    this.nonces.clear();
  }

  in(channelId: string): PostedMessage[] {
    return this.posted.filter((posted) => posted.channelId === channelId);
  }
}
