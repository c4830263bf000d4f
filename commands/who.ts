import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor, suggestionKinds } from '../src/discord/slash-command.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = slashCommandFor('who').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('who');
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerQuestion(interaction, context, { command: 'who', query: interaction.options.getString('name', true) });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, suggestionKinds('who'));
}
