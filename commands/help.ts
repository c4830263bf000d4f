import { ApplicationCommandType, type ChatInputCommandInteraction } from 'discord.js';
import { helpOrder } from '../src/command-table/command-table.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';
import { renderHelp } from '../src/discord/render/help-page.js';
import { sendReply } from '../src/discord/reply.js';

export const data = slashCommandFor('help');

export const help = helpFor('help');

/**
 * Lists the commands actually loaded, so a new command file shows up here by itself; in the
 * command table's order, the questions first (a command not in the table comes last).
 */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  // Slash commands only: a message menu entry has no description and is found on messages.
  const ordered = [...context.commands].sort((left, right) => helpOrder(left.data.name) - helpOrder(right.data.name));
  const entries = ordered.flatMap((command) => {
    const json = command.data.toJSON();
    if (!('description' in json) || (json.type !== undefined && json.type !== ApplicationCommandType.ChatInput))
      return [];
    return [
      { name: json.name, description: json.description, example: command.help?.example, adminOnly: command.adminOnly },
    ];
  });
  await sendReply(interaction, renderHelp(entries), { ephemeral: true });
}
