/** Discord's message and embed limits (documented; the API answers 50035 past them). */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  /** Discord accepts a nonce of up to 25 characters. */
  nonce: 25,
} as const;

/** A plain embed, the subset of Discord's embed object the digest uses (discord.js accepts it as is). */
export interface DigestEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
}

export interface DigestMessage {
  content?: string;
  embeds: DigestEmbed[];
}

/** Characters Discord counts against the 6000 per message: title, description, footer (and fields, author). */
export function embedTextLength(embed: DigestEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
}

export function messageTextLength(message: DigestMessage): number {
  return message.embeds.reduce((total, embed) => total + embedTextLength(embed), 0);
}

/** Why a message would be refused by Discord, or null when it is inside every limit. */
export function findLimitViolation(message: DigestMessage): string | null {
  if ((message.content?.length ?? 0) > discordLimits.content) return 'content longer than 2000';
  if (message.embeds.length > discordLimits.embedsPerMessage) return 'more than 10 embeds';
  for (const embed of message.embeds) {
    if ((embed.title?.length ?? 0) > discordLimits.embedTitle) return 'embed title longer than 256';
    if ((embed.description?.length ?? 0) > discordLimits.embedDescription) return 'embed description longer than 4096';
    if ((embed.footer?.text.length ?? 0) > discordLimits.embedFooter) return 'embed footer longer than 2048';
  }
  if (messageTextLength(message) > discordLimits.embedTotal) return 'embeds longer than 6000 in total';
  if (!message.content && message.embeds.length === 0) return 'empty message';
  return null;
}
