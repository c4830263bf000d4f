import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { quoteQuestion } from '../src/command-table/ask-question.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor, suggestionKinds } from '../src/discord/slash-command.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = slashCommandFor('quote').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('quote');
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const speaker = interaction.options.getString('speaker', true);
  const topic = interaction.options.getString('topic') ?? undefined;
  // The core answers "speaker topic" over all the speaker's quotations, not only the first page.
  await answerQuestion(interaction, context, { command: 'quote', ...quoteQuestion(speaker, topic) });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, suggestionKinds('quote'));
}
