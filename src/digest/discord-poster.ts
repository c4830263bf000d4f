import type { Client } from 'discord.js';
import type { DigestPoster } from './deliver-digest.js';

/**
 * Posts through a discord.js client. Each part carries its nonce with enforce_nonce, so a
 * re-send after a crash returns the message Discord already has instead of a second one
 * (Discord keeps nonces for a few minutes); for longer outages `findSent` looks for the part's
 * footer marker in the channel's recent messages (needs Read Message History).
 */
export function createDiscordPoster(client: Client, historyLimit = 50): DigestPoster {
  return {
    async send(channelId, message, nonce) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isSendable()) throw new Error(`channel ${channelId} is not one the bot can post in`);
      const sent = await channel.send({
        ...(message.content ? { content: message.content } : {}),
        embeds: message.embeds,
        nonce,
        enforceNonce: true,
        allowedMentions: { parse: [] },
      });
      return { messageId: sent.id };
    },
    async findSent(channelId, marker) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isTextBased() || !('messages' in channel)) return null;
      const recent = await channel.messages.fetch({ limit: historyLimit });
      const found = recent.find(
        (message) =>
          message.author.id === client.user?.id &&
          (message.content.includes(marker) || message.embeds.some((embed) => embed.footer?.text.includes(marker))),
      );
      return found?.id ?? null;
    },
  };
}
