import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { respondWithSuggestions } from '../src/discord/suggest-options.js';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What did they say? Quotations with the speaker and the article')
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setDescription('Who spoke: a person, an agency, a document')
      .setRequired(true)
      .setMaxLength(200)
      .setAutocomplete(true),
  )
  .addStringOption((option) => option.setName('topic').setDescription('Only quotations about this').setMaxLength(200))
  .addBooleanOption((option) => option.setName(privateOption.name).setDescription(privateOption.description));

export const help = { example: '/quote speaker:Rouhani topic:terrorism' };
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const speaker = interaction.options.getString('speaker', true);
  const topic = interaction.options.getString('topic')?.trim();
  // Asked as a user would type it, so the core reads which part is the speaker: their quotations
  // come back with those on the topic first, whatever page they were on.
  await answerQuestion(interaction, context, {
    command: 'quote',
    query: topic ? `what did ${speaker} say about ${topic}` : speaker,
    fallback: topic
      ? { query: speaker, note: 'None of these quotations mentions that topic; here is everything found.' }
      : undefined,
  });
}

export async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  await respondWithSuggestions(interaction, context.service, { speaker: 'speaker' });
}
