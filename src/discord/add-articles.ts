import type { Attachment, ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import { addToCorpus, type AddSource } from '../corpus/add/add-article.js';
import { requireAdmin } from './admin-check.js';
import type { CommandContext } from './command-module.js';
import { renderAddOutcomes, type AddOutcome } from './render/add-page.js';
import { renderNotice } from './render/notice.js';
import { deferReply, sendReply } from './reply.js';

/** Links and files taken from one message at most: the reply shows one embed each. */
export const MAX_ADDS = 5;

export interface AddRequest {
  label: string;
  source: AddSource;
}

/** Every http(s) link in a message's text, without the <> that stop embeds or trailing punctuation. */
export function findLinks(text: string): string[] {
  const links = text.match(/https?:\/\/[^\s<>"'`|]+/gi) ?? [];
  return [...new Set(links.map((link) => link.replace(/[.,;:!?)\]}>*_~]+$/, '')))];
}

export function attachmentRequest(attachment: Attachment): AddRequest {
  return {
    label: attachment.name,
    source: { kind: 'attachment', name: attachment.name, url: attachment.url, size: attachment.size },
  };
}

/**
 * /add and the "Add to briefing" menu: admins only; fetching and reloading take longer than
 * Discord's 3 s, so the reply is deferred (private) and edited with one outcome a request.
 */
export async function addFromDiscord(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  context: CommandContext,
  requests: readonly AddRequest[],
): Promise<void> {
  if (!(await requireAdmin(interaction, context, 'add articles to the corpus'))) return;
  if (requests.length === 0) {
    await sendReply(
      interaction,
      renderNotice(
        'Nothing to add: give a link (`url`) or a file (`file`), or use the menu on a message with links or files.',
        'warning',
      ),
      { ephemeral: true },
    );
    return;
  }
  await deferReply(interaction, { ephemeral: true });
  const outcomes: AddOutcome[] = [];
  for (const request of requests.slice(0, MAX_ADDS)) {
    const result = await addToCorpus(context.service, request.source, {
      corpusDir: context.config.corpusDir,
      fetch: context.config.fetch,
    });
    // The link is not logged: it may carry a token; its host is enough to trace a problem.
    context.logger.info(
      {
        userId: interaction.user.id,
        kind: request.source.kind,
        outcome: result.kind,
        articleId: result.kind === 'refused' ? undefined : result.article.id,
        reason: result.kind === 'refused' ? result.reason : undefined,
      },
      'add finished',
    );
    outcomes.push({ label: request.label, result });
  }
  const page = renderAddOutcomes(outcomes);
  if (requests.length > MAX_ADDS) {
    page.content = `Only the first ${MAX_ADDS} of ${requests.length} links and files were taken.`;
  }
  await sendReply(interaction, page);
}
