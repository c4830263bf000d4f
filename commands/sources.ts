import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { renderSources } from '../src/discord/render/sources-page.js';
import { sendReply } from '../src/discord/reply.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The corpus at a glance: how many articles, which dates, the newest titles');

export const help = { example: '/sources' };

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await sendReply(interaction, renderSources(context.service.overview()), { ephemeral: true });
}
