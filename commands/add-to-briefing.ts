import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { adminPermissions } from '../src/discord/admin-check.js';
import { addFromDiscord, attachmentRequest, findLinks, type AddRequest } from '../src/discord/add-articles.js';
import type { CommandContext } from '../src/discord/command-module.js';

/** The message menu entry (Apps > Add to briefing): adds the links and files of that message. */
export const data = new ContextMenuCommandBuilder()
  .setName('Add to briefing')
  .setType(ApplicationCommandType.Message)
  .setDefaultMemberPermissions(adminPermissions)
  .setContexts(InteractionContextType.Guild);

export const adminOnly = true;

export async function execute(
  interaction: MessageContextMenuCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const message = interaction.targetMessage;
  const requests: AddRequest[] = [
    ...findLinks(message.content).map((url): AddRequest => ({ label: url, source: { kind: 'link', url } })),
    ...[...message.attachments.values()].map(attachmentRequest),
  ];
  await addFromDiscord(interaction, context, requests);
}
