import { randomBytes } from 'node:crypto';
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../logger.js';
import { renderNotice } from './render/notice.js';
import { isExpiredInteraction, noMentions } from './reply.js';

/**
 * Logs a failed interaction with a short reference and tells the user that reference, in
 * whatever way the interaction still allows. Never throws: one bad interaction must not
 * take the bot down.
 */
export async function replyWithError(
  interaction: RepliableInteraction,
  logger: Logger,
  error: unknown,
  details: Record<string, unknown>,
): Promise<string> {
  const reference = randomBytes(4).toString('hex');
  if (isExpiredInteraction(error)) {
    // Nothing can be sent for it any more; the bot was too busy, which is worth a warning.
    logger.warn(
      { reference, interactionId: interaction.id, ageMs: Date.now() - interaction.createdTimestamp, ...details },
      'interaction expired before the reply',
    );
    return reference;
  }
  logger.error({ err: error, reference, interactionId: interaction.id, ...details }, 'interaction failed');
  const page = renderNotice(
    `Something went wrong while answering. Reference \`${reference}\`: the bot's operators can find it in the logs.`,
    'failure',
  );
  const message = { embeds: page.embeds, allowedMentions: noMentions, components: [] };
  try {
    if (interaction.deferred && !interaction.replied) await interaction.editReply(message);
    else if (interaction.replied) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    logger.warn({ err: replyError, reference }, 'error reply could not be sent');
  }
  return reference;
}
