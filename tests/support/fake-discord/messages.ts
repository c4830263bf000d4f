import type { Json } from './json.js';
import { createSnowflake } from './snowflake.js';
import { userPayload, type FakeWorld } from './world.js';

/**
 * A full Message as Discord returns it. discord.js parses the answer of every edit and
 * follow-up, so missing fields make the bot throw after the request was accepted.
 */
export function createMessage(
  world: FakeWorld,
  body: Json,
  context: { interaction?: Json; previous?: Json } = {},
): Json {
  const previous = context.previous ?? {};
  const embeds = ((body.embeds ?? previous.embeds ?? []) as Json[]).map((embed) => ({ type: 'rich', ...embed }));
  const interaction = context.interaction;
  const interactionUser = interaction
    ? ((interaction.member as Json | undefined)?.user ?? interaction.user)
    : undefined;
  return {
    id: (previous.id as string | undefined) ?? createSnowflake(),
    type: interaction ? 20 : 0,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: userPayload({ id: world.botUserId, username: 'briefbot' }, true),
    content: (body.content ?? previous.content ?? '') as string,
    timestamp: (previous.timestamp as string | undefined) ?? new Date().toISOString(),
    edited_timestamp: context.previous ? new Date().toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: ((body.attachments ?? previous.attachments ?? []) as Json[]).map((attachment) => ({
      ...attachment,
      id: typeof attachment.id === 'string' && attachment.id.length > 3 ? attachment.id : createSnowflake(),
      url: `https://cdn.discordapp.com/attachments/${world.channelId}/${String(attachment.filename)}`,
      proxy_url: `https://media.discordapp.net/attachments/${world.channelId}/${String(attachment.filename)}`,
    })),
    embeds,
    reactions: [],
    pinned: false,
    flags: (body.flags ?? previous.flags ?? 0) as number,
    components: (body.components ?? previous.components ?? []) as Json[],
    webhook_id: interaction ? world.applicationId : undefined,
    application_id: interaction ? world.applicationId : undefined,
    interaction_metadata: interaction
      ? {
          id: interaction.id,
          type: interaction.type,
          user: interactionUser,
          authorizing_integration_owners: { '0': world.guildId },
        }
      : undefined,
  };
}
