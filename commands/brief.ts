import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerBrief } from '../src/discord/answer-brief.js';
import { privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor, suggestionKinds } from '../src/discord/slash-command.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = slashCommandFor('brief').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('brief');
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerBrief(interaction, context, {
    subject: interaction.options.getString('subject', true),
    since: interaction.options.getString('since'),
    until: interaction.options.getString('until'),
  });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, suggestionKinds('brief'));
}
