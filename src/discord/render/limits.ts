import type { APIEmbed } from 'discord.js';

/**
 * Discord's limits on what a bot sends (see ../shared/docs/discord-offline-testing.md); the API
 * answers 50035 past them. The one table for replies, autocomplete and the daily digest.
 */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  /** Discord accepts a nonce of up to 25 characters. */
  nonce: 25,
} as const;

/** Characters Discord counts against the 6000 per message: title, description, footer, author and fields. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** What a message's embeds count together against the 6000. */
export function messageEmbedLength(message: { embeds: readonly APIEmbed[] }): number {
  return message.embeds.reduce((total, embed) => total + embedLength(embed), 0);
}

/** Why a message would be refused by Discord, or null when it is inside every limit. */
export function findLimitViolation(message: { content?: string; embeds: readonly APIEmbed[] }): string | null {
  if ((message.content?.length ?? 0) > discordLimits.content) return 'content longer than 2000';
  if (message.embeds.length > discordLimits.embedsPerMessage) return 'more than 10 embeds';
  for (const embed of message.embeds) {
    if ((embed.title?.length ?? 0) > discordLimits.title) return 'embed title longer than 256';
    if ((embed.description?.length ?? 0) > discordLimits.description) return 'embed description longer than 4096';
    if ((embed.footer?.text.length ?? 0) > discordLimits.footer) return 'embed footer longer than 2048';
  }
  if (messageEmbedLength(message) > discordLimits.embedTotal) return 'embeds longer than 6000 in total';
  if (!message.content && message.embeds.length === 0) return 'empty message';
  return null;
}
