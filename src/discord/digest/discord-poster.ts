import { SnowflakeUtil, type Client } from 'discord.js';
import { ChannelUnusableError, type DigestPoster } from '../../digest/digest-poster.js';
import { renderDigestMessages } from './render-digest-messages.js';

// Discord's "Unknown Channel", "Missing Access" and "Missing Permissions".
const unusableChannelCodes = new Set([10003, 50001, 50013]);

/** 404 and 403 from Discord: the channel is gone or closed to the bot, and retrying will not help. */
function isUnusableChannel(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return status === 403 || status === 404 || (typeof code === 'number' && unusableChannelCodes.has(code));
}

/**
 * Posts through a discord.js client. Each part carries its nonce with enforce_nonce, so a
 * re-send soon after a crash returns the message Discord already has instead of a second one
 * (Discord keeps nonces for a few minutes); for longer outages `findSent` reads the channel's
 * messages since the part was attempted, page by page, looking for its footer marker (needs
 * Read Message History). It gives up past `maxPages` pages of 100 messages, saying so.
 * A 403 or 404 on send becomes ChannelUnusableError, so the digest core drops the post at once.
 */
export function createDiscordPoster(client: Client, maxPages = 100): DigestPoster {
  const send: DigestPoster['send'] = async (channelId, message, nonce) => {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable())
      throw new ChannelUnusableError(`channel ${channelId} is not one the bot can post in`);
    const sent = await channel.send({
      ...(message.content ? { content: message.content } : {}),
      embeds: message.embeds,
      nonce,
      enforceNonce: true,
      allowedMentions: { parse: [] },
    });
    return { messageId: sent.id };
  };
  return {
    render: (digest, footer) => renderDigestMessages(digest, { footer }),
    async send(channelId, message, nonce) {
      try {
        return await send(channelId, message, nonce);
      } catch (error) {
        if (error instanceof ChannelUnusableError || !isUnusableChannel(error)) throw error;
        throw new ChannelUnusableError(error instanceof Error ? error.message : String(error), { cause: error });
      }
    },
    async findSent(channelId, marker, since) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isTextBased() || !('messages' in channel))
        throw new ChannelUnusableError(`channel ${channelId} has no messages the bot can read`);
      let after = SnowflakeUtil.generate({
        timestamp: Math.max(since.getTime(), Number(SnowflakeUtil.epoch)),
      }).toString();
      for (let page = 0; page < maxPages; page += 1) {
        const batch = await channel.messages.fetch({ after, limit: 100, cache: false });
        for (const message of batch.values()) {
          if (
            message.author.id === client.user?.id &&
            (message.content.includes(marker) || message.embeds.some((embed) => embed.footer?.text.includes(marker)))
          )
            return message.id;
        }
        if (batch.size < 100) return null;
        // Pages go forward in time from `since`, whatever order Discord lists a page in.
        after = [...batch.keys()].reduce((newest, id) => (BigInt(id) > BigInt(newest) ? id : newest), after);
      }
      throw new Error(`more than ${maxPages * 100} messages in the channel since the post was attempted`);
    },
  };
}
