import type { APIEmbed } from 'discord.js';

/** One screen of a reply: what a renderer produces and the pager shows. */
export interface ReplyPage {
  content?: string;
  embeds: APIEmbed[];
}

/** Embed colours: answers, notices, refusals. */
export const colours = {
  answer: 0x2b6cb0,
  notice: 0x718096,
  warning: 0xd69e2e,
  failure: 0xc53030,
  success: 0x2f855a,
} as const;
