import type { Json } from './json.js';
import { createMessage } from './messages.js';
import { createInteractionToken, createSnowflake } from './snowflake.js';
import { permissions, userPayload, type FakeUser, type FakeWorld } from './world.js';

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
}

/** Options given as a plain object become string / boolean options, in order. */
export function toOptions(values: Record<string, string | boolean | number>): CommandOption[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
    value,
  }));
}

const interactionTypes = { applicationCommand: 2, messageComponent: 3, autocomplete: 4 } as const;

function basePayload(world: FakeWorld, user: FakeUser, type: number): Record<string, unknown> {
  return {
    id: createSnowflake(),
    application_id: world.applicationId,
    type,
    token: createInteractionToken(),
    version: 1,
    guild_id: world.guildId,
    channel_id: world.channelId,
    channel: {
      id: world.channelId,
      type: 0,
      guild_id: world.guildId,
      name: 'briefings',
      permissions: permissions.manageGuild,
    },
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    member: {
      user: userPayload(user),
      roles: user.roles ?? [],
      permissions: user.permissions ?? permissions.member,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
    },
    app_permissions: permissions.manageGuild,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

/** A slash command and its autocomplete request differ only in the interaction type. */
function slashCommandPayload(
  world: FakeWorld,
  user: FakeUser,
  type: number,
  name: string,
  options: CommandOption[],
): Record<string, unknown> {
  return {
    ...basePayload(world, user, type),
    data: { id: createSnowflake(), name, type: 1, options, guild_id: world.guildId },
  };
}

export function commandPayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  options: CommandOption[] = [],
): Record<string, unknown> {
  return slashCommandPayload(world, user, interactionTypes.applicationCommand, name, options);
}

export function autocompletePayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  options: CommandOption[],
): Record<string, unknown> {
  return slashCommandPayload(world, user, interactionTypes.autocomplete, name, options);
}

export function buttonPayload(
  world: FakeWorld,
  user: FakeUser,
  customId: string,
  message: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...basePayload(world, user, interactionTypes.messageComponent),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}

/** A file attached to a message or given to an attachment option, as Discord describes it. */
export interface FakeAttachment {
  filename: string;
  size: number;
  url: string;
  contentType?: string;
}

function attachmentPayload(attachment: FakeAttachment): Json {
  const id = createSnowflake();
  return {
    id,
    filename: attachment.filename,
    size: attachment.size,
    url: attachment.url,
    proxy_url: attachment.url,
    content_type: attachment.contentType ?? 'application/octet-stream',
  };
}

/** A slash command whose attachment option (type 11) carries a file, resolved as Discord sends it. */
export function attachmentCommandPayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  option: string,
  attachment: FakeAttachment,
): Record<string, unknown> {
  const file = attachmentPayload(attachment);
  const payload = commandPayload(world, user, name, [{ name: option, type: 11, value: file.id as string }]);
  (payload.data as Json).resolved = { attachments: { [file.id as string]: file } };
  return payload;
}

/** A message context menu command (type 3) on a message of `author` with this text and these files. */
export function messageCommandPayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  message: { author: FakeUser; content: string; attachments?: FakeAttachment[] },
): Record<string, unknown> {
  const target: Json = {
    ...createMessage(world, { content: message.content }),
    author: userPayload(message.author),
    attachments: (message.attachments ?? []).map(attachmentPayload),
  };
  return {
    ...basePayload(world, user, interactionTypes.applicationCommand),
    data: {
      id: createSnowflake(),
      name,
      type: 3,
      target_id: target.id as string,
      resolved: { messages: { [target.id as string]: target } },
      guild_id: world.guildId,
    },
  };
}
