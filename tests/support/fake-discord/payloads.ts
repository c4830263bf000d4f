import { createInteractionToken, createSnowflake } from './snowflake.js';

/** The fixed world the fake Discord serves: one bot, one guild with one text channel. */
export interface FakeWorld {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  adminRoleId: string;
  memberRoleId: string;
}

export function createWorld(): FakeWorld {
  return {
    applicationId: createSnowflake(),
    botUserId: createSnowflake(),
    guildId: createSnowflake(),
    channelId: createSnowflake(),
    adminRoleId: createSnowflake(),
    memberRoleId: createSnowflake(),
  };
}

/** Permission bit strings: ManageGuild is 1 << 5. */
export const permissions = {
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  manageGuild: String((1n << 5n) | (1n << 10n) | (1n << 11n)),
} as const;

export interface FakeUser {
  id: string;
  username: string;
  permissions?: string;
  roles?: string[];
}

export function createUser(username: string, overrides: Partial<FakeUser> = {}): FakeUser {
  return { id: createSnowflake(), username, ...overrides };
}

export function userPayload(user: { id: string; username: string }, bot = false): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
    bot,
    public_flags: 0,
    flags: 0,
  };
}

function rolePayload(id: string, name: string, position: number): Record<string, unknown> {
  return {
    id,
    name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: position === 0 ? permissions.member : '0',
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function guildPayload(world: FakeWorld): Record<string, unknown> {
  return {
    id: world.guildId,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: createSnowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      rolePayload(world.guildId, '@everyone', 0),
      rolePayload(world.adminRoleId, 'Editors', 1),
      rolePayload(world.memberRoleId, 'Readers', 2),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [],
    channels: [
      {
        id: world.channelId,
        type: 0,
        guild_id: world.guildId,
        name: 'briefings',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

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

function basePayload(world: FakeWorld, user: FakeUser, type: number): Record<string, unknown> {
  return {
    id: createSnowflake(),
    application_id: world.applicationId,
    type,
    token: createInteractionToken(),
    version: 1,
    guild_id: world.guildId,
    channel_id: world.channelId,
    channel: { id: world.channelId, type: 0, guild_id: world.guildId, name: 'briefings', permissions: permissions.manageGuild },
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

export function commandPayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  options: CommandOption[] = [],
): Record<string, unknown> {
  return {
    ...basePayload(world, user, 2),
    data: { id: createSnowflake(), name, type: 1, options, guild_id: world.guildId },
  };
}

export function autocompletePayload(
  world: FakeWorld,
  user: FakeUser,
  name: string,
  options: CommandOption[],
): Record<string, unknown> {
  return {
    ...basePayload(world, user, 4),
    data: { id: createSnowflake(), name, type: 1, options, guild_id: world.guildId },
  };
}

export function buttonPayload(
  world: FakeWorld,
  user: FakeUser,
  customId: string,
  message: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...basePayload(world, user, 3),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}
