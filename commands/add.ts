import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { adminPermissions } from '../src/discord/admin-check.js';
import { addFromDiscord, attachmentRequest, type AddRequest } from '../src/discord/add-articles.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor } from '../src/discord/slash-command.js';

export const data = new SlashCommandBuilder()
  .setName('add')
  .setDescription('Admins: add a web page or an article file to the corpus')
  .addStringOption((option) =>
    option.setName('url').setDescription('Link to the page (http or https)').setMaxLength(2000),
  )
  .addAttachmentOption((option) =>
    option.setName('file').setDescription('An article file: .html, .txt, .md, .json or .jsonl'),
  )
  .setDefaultMemberPermissions(adminPermissions)
  .setContexts(InteractionContextType.Guild);

export const help = helpFor('add');
export const adminOnly = true;

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const url = interaction.options.getString('url')?.trim();
  const file = interaction.options.getAttachment('file');
  const requests: AddRequest[] = [];
  if (url) requests.push({ label: url, source: { kind: 'link', url } });
  if (file) requests.push(attachmentRequest(file));
  await addFromDiscord(interaction, context, requests);
}
