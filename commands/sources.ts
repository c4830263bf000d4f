import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';
import { renderSources } from '../src/discord/render/sources-page.js';
import { sendReply } from '../src/discord/reply.js';

export const data = slashCommandFor('sources');

export const help = helpFor('sources');

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await sendReply(interaction, renderSources(await context.service.overview()), { ephemeral: true });
}
