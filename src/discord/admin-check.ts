import { PermissionFlagsBits, type BaseInteraction, type RepliableInteraction } from 'discord.js';
import type { CommandContext } from './command-module.js';
import { renderNotice } from './render/notice.js';
import { sendReply } from './reply.js';

/** Registered on admin commands so Discord hides them from others by default. */
export const adminPermissions = PermissionFlagsBits.ManageGuild;

function memberRoleIds(interaction: BaseInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  // A cached guild gives a GuildMember; otherwise the raw API member lists role ids.
  if (Array.isArray(member.roles)) return member.roles;
  return [...member.roles.cache.keys()];
}

/**
 * The run-time check behind /reload (and /digest): Manage Server in this guild, or one of
 * ADMIN_ROLE_IDS. Server admins can hand commands to others in Discord's settings, so the
 * registration default alone is not enough.
 */
export function isAdmin(interaction: BaseInteraction, adminRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = memberRoleIds(interaction);
  return adminRoleIds.some((roleId) => roles.includes(roleId));
}

/** Replies with a private refusal and returns false when the user is not an admin. */
export async function requireAdmin(
  interaction: RepliableInteraction,
  context: Pick<CommandContext, 'config' | 'logger'>,
  action: string,
): Promise<boolean> {
  if (isAdmin(interaction, context.config.adminRoleIds)) return true;
  context.logger.info({ userId: interaction.user.id, action }, 'admin command refused');
  await sendReply(
    interaction,
    renderNotice(`Only admins can ${action}: you need the Manage Server permission or an admin role.`, 'warning'),
    { ephemeral: true },
  );
  return false;
}
