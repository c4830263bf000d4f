import {
  ChannelType,
  InteractionContextType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { describeDigest, saveDigestSettings, turnDigestOff } from '../src/digest/digest-settings.js';
import { plural } from '../src/digest/digest-wording.js';
import { adminPermissions, requireAdmin } from '../src/discord/admin-check.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';
import { renderNotice } from '../src/discord/render/notice.js';
import { deferReply, sendReply } from '../src/discord/reply.js';

const postableChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

export const data = slashCommandFor('digest')
  .setDefaultMemberPermissions(adminPermissions)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('set')
      .setDescription('Post the digest every day to a channel at a local time')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post it')
          .setRequired(true)
          .addChannelTypes(...postableChannels),
      )
      .addStringOption((option) =>
        option
          .setName('time')
          .setDescription('Local time of day, 24-hour HH:MM, e.g. 07:30')
          .setRequired(true)
          .setMaxLength(5),
      )
      .addStringOption((option) =>
        option
          .setName('timezone')
          .setDescription('IANA time zone, e.g. Europe/Paris or America/New_York')
          .setRequired(true)
          .setMaxLength(64)
          .setAutocomplete(true),
      )
      .addStringOption((option) =>
        option
          .setName('empty')
          .setDescription('When nothing is new: post nothing (skip) or one short line (post)')
          .addChoices({ name: 'skip', value: 'skip' }, { name: 'post', value: 'post' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('off').setDescription('Stop posting the daily digest'))
  .addSubcommand((sub) => sub.setName('show').setDescription('Show the digest settings and the next post time'))
  .addSubcommand((sub) =>
    sub
      .setName('now')
      .setDescription('Post a digest of what is new at once')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post it (default: here)')
          .addChannelTypes(...postableChannels),
      ),
  );

export const help = helpFor('digest');
export const adminOnly = true;

async function replyPrivately(
  interaction: ChatInputCommandInteraction,
  text: string,
  tone: 'notice' | 'warning' = 'notice',
): Promise<void> {
  await sendReply(interaction, renderNotice(text, tone), { ephemeral: true });
}

/** What a member without the right was trying to do, for the refusal. */
const adminActions: Record<string, string> = {
  set: 'change the daily digest settings',
  off: 'turn off the daily digest',
  show: 'see the daily digest settings',
  now: 'post a digest',
};

export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const subcommand = interaction.options.getSubcommand(true);
  if (!(await requireAdmin(interaction, context, adminActions[subcommand] ?? 'use /digest'))) return;
  const digest = context.digest;
  const guildId = interaction.guildId;
  if (!digest || !guildId) {
    await replyPrivately(interaction, 'The daily digest is not running on this bot.', 'warning');
    return;
  }
  const store = digest.store;
  if (!store) {
    await replyPrivately(interaction, digest.standby() ?? 'The daily digest is not running on this bot.', 'warning');
    return;
  }
  const now = digest.clock.now();
  if (subcommand === 'set') {
    const channel = interaction.options.getChannel('channel', true, [...postableChannels]);
    const empty = interaction.options.getString('empty');
    const saved = await saveDigestSettings(
      store,
      guildId,
      {
        channelId: channel.id,
        time: interaction.options.getString('time', true),
        timeZone: interaction.options.getString('timezone', true),
        whenEmpty: empty === 'post' ? 'post' : 'skip',
      },
      now,
    );
    if (!saved.ok) {
      await replyPrivately(interaction, saved.problem, 'warning');
      return;
    }
    digest.scheduler()?.refresh();
    context.logger.info({ guildId, userId: interaction.user.id, ...saved.settings }, 'digest settings saved');
    await replyPrivately(interaction, `Saved.\n${describeDigest(await store.readGuild(guildId), now)}`);
    return;
  }
  if (subcommand === 'off') {
    const wasOn = await turnDigestOff(store, guildId, now);
    digest.scheduler()?.refresh();
    context.logger.info({ guildId, userId: interaction.user.id, wasOn }, 'digest turned off');
    await replyPrivately(interaction, wasOn ? 'The daily digest is off.' : 'The daily digest was already off.');
    return;
  }
  if (subcommand === 'show') {
    await replyPrivately(interaction, describeDigest(await store.readGuild(guildId), now));
    return;
  }
  const scheduler = digest.scheduler();
  if (!scheduler) {
    await replyPrivately(interaction, 'The digest scheduler is starting; try again in a moment.', 'warning');
    return;
  }
  const channelId =
    interaction.options.getChannel('channel', false, [...postableChannels])?.id ?? interaction.channelId;
  // Building the first digest of a large corpus can take longer than Discord's 3 s.
  await deferReply(interaction, { ephemeral: true });
  const outcome = await scheduler.postNow(guildId, channelId);
  // The channel named is the one the outcome concerns: a digest still waiting may be for another.
  const where = `<#${outcome.channelId}>`;
  const text = {
    delivered: `Posted the digest in ${where}: ${plural(outcome.articles, 'new article')} in ${plural(outcome.parts, 'message')}.`,
    retrying:
      outcome.channelId === channelId
        ? `The digest could not be posted in ${where} yet; it will be retried. \`/digest show\` tells when.`
        : `A digest for ${where} is still waiting to be posted and goes first; it will be retried. \`/digest show\` tells when, \`/digest off\` or \`/digest set\` drops it.`,
    abandoned: `The digest could not be posted in ${where}; its articles will go into the next digest.`,
    refused: `The digest cannot be posted in ${where}: the channel is gone or the bot lacks permission there. Its articles go into the next digest. \`/digest show\` says more.`,
    none: 'There was nothing to post.',
    busy: `Another briefbot process is posting a digest in ${where} right now; \`/digest show\` tells when it is done.`,
  }[outcome.delivery];
  await sendReply(interaction, renderNotice(text, outcome.delivery === 'delivered' ? 'notice' : 'warning'));
}

const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const typed = interaction.options.getFocused().trim().toLowerCase().replace(/\s+/g, '_');
  const matches = timeZones
    .filter((zone) => zone.toLowerCase().includes(typed))
    .sort(
      (left, right) => Number(!left.toLowerCase().startsWith(typed)) - Number(!right.toLowerCase().startsWith(typed)),
    )
    .slice(0, 25);
  await interaction.respond(matches.map((zone) => ({ name: zone, value: zone })));
}
