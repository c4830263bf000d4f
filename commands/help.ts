import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { renderHelp } from '../src/discord/render/help-page.js';
import { sendReply } from '../src/discord/reply.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What each command does, with an example');

export const help = { example: '/help' };

/** Lists the commands actually loaded, so a new command file shows up here by itself. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const entries = context.commands.map((command) => {
    const json = command.data.toJSON();
    return {
      name: json.name,
      description: json.description,
      example: command.help?.example,
      adminOnly: command.adminOnly,
    };
  });
  await sendReply(interaction, renderHelp(entries), { ephemeral: true });
}
