import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Find the passages that match your words, with their articles')
  .addStringOption((option) =>
    option.setName('query').setDescription('Words to look for').setRequired(true).setMaxLength(300),
  )
  .addBooleanOption((option) => option.setName(privateOption.name).setDescription(privateOption.description));

export const help = { example: '/search query:Shanghai Cooperation Organization' };
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerQuestion(interaction, context, {
    command: 'search',
    query: interaction.options.getString('query', true),
  });
}
