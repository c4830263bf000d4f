import { SnowflakeUtil, type Client } from 'discord.js';
import { ChannelUnusableError, type DigestPoster } from './deliver-digest.js';

/**
 * Posts through a discord.js client. Each part carries its nonce with enforce_nonce, so a
 * re-send soon after a crash returns the message Discord already has instead of a second one
 * (Discord keeps nonces for a few minutes); for longer outages `findSent` reads the channel's
 * messages since the part was attempted, page by page, looking for its footer marker (needs
 * Read Message History). It gives up past `maxPages` pages of 100 messages, saying so.
 */
export function createDiscordPoster(client: Client, maxPages = 100): DigestPoster {
  return {
    async send(channelId, message, nonce) {
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
