import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';

export const data = new SlashCommandBuilder()
  .setName('when')
  .setDescription('When did it happen? The date, the words that give it, and the article')
  .addStringOption((option) =>
    option.setName('event').setDescription('What happened, in a few words').setRequired(true).setMaxLength(300),
  )
  .addBooleanOption((option) => option.setName(privateOption.name).setDescription(privateOption.description));

export const help = { example: '/when event:Daesh flushed out of Al-Bukamal' };
export const rateLimited = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  await answerQuestion(interaction, context, { command: 'when', query: interaction.options.getString('event', true) });
}
