import {
  AttachmentBuilder,
  DiscordAPIError,
  HTTPError,
  MessageFlags,
  type BaseMessageOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { ReplyPage } from './render/reply-page.js';

/** No reply of the bot ever pings: also set per message, in case a client lacks the default. */
export const noMentions = { parse: [] } as const;

export interface SendOptions {
  ephemeral?: boolean;
  /**
   * Files attached to the reply (a brief's Markdown); page turns keep them, as Discord does on an
   * edit without attachments.
   */
  files?: ReadonlyArray<{ name: string; data: Buffer }>;
}

function toMessage(
  page: ReplyPage & Pick<BaseMessageOptions, 'components'>,
  files: SendOptions['files'] = [],
): BaseMessageOptions {
  return {
    content: page.content,
    embeds: page.embeds,
    components: page.components ?? [],
    allowedMentions: noMentions,
    ...(files.length > 0 ? { files: files.map((file) => new AttachmentBuilder(file.data, { name: file.name })) } : {}),
  };
}

/**
 * Sends the reply whatever the interaction's state: the first response, or the edit of a
 * deferred one. An ephemeral choice made at deferral time stays, as Discord keeps it.
 */
export async function sendReply(
  interaction: RepliableInteraction,
  page: ReplyPage & Pick<BaseMessageOptions, 'components'>,
  options: SendOptions = {},
): Promise<void> {
  const message = toMessage(page, options.files);
  if (interaction.deferred || interaction.replied) {
    // An edit is idempotent, so a dropped connection (a keep-alive socket closed under a busy
    // event loop) is worth one more try; Discord's own refusals are not.
    await interaction.editReply(message).catch(async (error: unknown) => {
      if (error instanceof DiscordAPIError || error instanceof HTTPError) throw error;
      await interaction.editReply(message);
    });
    return;
  }
  await interaction.reply({ ...message, flags: options.ephemeral ? MessageFlags.Ephemeral : undefined });
}

/** Defers with the visibility the reply will have; for work that may take longer than 3 s. */
export async function deferReply(interaction: RepliableInteraction, options: SendOptions = {}): Promise<void> {
  await interaction.deferReply({ flags: options.ephemeral ? MessageFlags.Ephemeral : undefined });
}

/** Discord's "Unknown interaction": the first response came after its 3 s deadline. */
export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === 10062;
}
