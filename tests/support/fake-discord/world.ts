import { createSnowflake } from './snowflake.js';

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
