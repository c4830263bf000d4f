import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('Who is this person? Their roles, with the passage and the article that say so')
  .addStringOption((option) =>
    option
      .setName('name')
      .setDescription('A name, or part of one')
      .setRequired(true)
      .setMaxLength(200)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName(privateOption.name).setDescription(privateOption.description));

export const help = { example: '/who name:Shamkhani' };
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerQuestion(interaction, context, { command: 'who', query: interaction.options.getString('name', true) });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, { name: 'person' });
}
