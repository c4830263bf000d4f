import type { ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';

export const data = slashCommandFor('search').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('search');
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerQuestion(interaction, context, {
    command: 'search',
    query: interaction.options.getString('query', true),
  });
}
