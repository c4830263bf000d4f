import { ApplicationCommandType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { renderHelp } from '../src/discord/render/help-page.js';
import { sendReply } from '../src/discord/reply.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What each command does, with an example');

export const help = { example: '/help' };

/** Lists the commands actually loaded, so a new command file shows up here by itself. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  // Slash commands only: a message menu entry has no description and is found on messages.
  const entries = context.commands.flatMap((command) => {
    const json = command.data.toJSON();
    if (!('description' in json) || (json.type !== undefined && json.type !== ApplicationCommandType.ChatInput))
      return [];
    return [
      { name: json.name, description: json.description, example: command.help?.example, adminOnly: command.adminOnly },
    ];
  });
  await sendReply(interaction, renderHelp(entries), { ephemeral: true });
}
