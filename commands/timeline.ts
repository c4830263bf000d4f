import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { readTimelineOrder } from '../src/brief/timeline.js';
import { answerTimeline } from '../src/discord/answer-brief.js';
import { privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor, suggestionKinds } from '../src/discord/slash-command.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = slashCommandFor('timeline').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('timeline');
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerTimeline(
    interaction,
    context,
    interaction.options.getString('subject', true),
    readTimelineOrder(interaction.options.getString('order')),
  );
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, suggestionKinds('timeline'));
}
