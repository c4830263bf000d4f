import { InteractionContextType, type ChatInputCommandInteraction } from 'discord.js';
import { adminPermissions, requireAdmin } from '../src/discord/admin-check.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';
import type { ReloadReport } from '../src/service/briefing-service.js';
import { renderNotice } from '../src/discord/render/notice.js';
import { renderReloadFailure, renderReloadReport } from '../src/discord/render/reload-page.js';
import { deferReply, sendReply } from '../src/discord/reply.js';

export const data = slashCommandFor('reload')
  .setDefaultMemberPermissions(adminPermissions)
  .setContexts(InteractionContextType.Guild);

export const help = helpFor('reload');
export const adminOnly = true;

/**
 * A process serving from PostgreSQL replies how to reindex instead (`npm run indexer`).
 * Otherwise the service builds the new index in the background and swaps it in when done; questions
 * keep using the old one meanwhile. The reply waits for the result (deferred: it can take
 * longer than Discord's 3 s), and a failure leaves the old index serving.
 */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  if (!(await requireAdmin(interaction, context, 'reload the corpus'))) return;
  // A process serving from PostgreSQL holds no corpus to reload: the indexer writes it for all.
  if (context.service.reloadElsewhere) {
    await sendReply(interaction, renderNotice(context.service.reloadElsewhere, 'warning'), { ephemeral: true });
    return;
  }
  if (context.service.isReloading()) {
    await sendReply(
      interaction,
      renderNotice('A reload is already running; its result will be posted where it was asked.', 'warning'),
      { ephemeral: true },
    );
    return;
  }
  await deferReply(interaction, { ephemeral: true });
  // Checked again: another admin may have started one while this reply was deferred.
  if (context.service.isReloading()) {
    await sendReply(
      interaction,
      renderNotice('Another reload has just started; its result will be posted where it was asked.', 'warning'),
    );
    return;
  }
  context.logger.info({ userId: interaction.user.id }, 'reload started');
  let report: ReloadReport;
  try {
    report = await context.service.reload();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.logger.warn({ err: error }, 'reload failed; the previous index keeps serving');
    await sendReply(interaction, renderReloadFailure(reason));
    return;
  }
  context.logger.info(
    {
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      skipped: report.skipped.length,
      articles: report.articles,
      durationMs: report.milliseconds,
    },
    'reload finished',
  );
  // A failure to deliver this reply is the router's to report: the reload itself succeeded.
  await sendReply(interaction, renderReloadReport(report));
}
