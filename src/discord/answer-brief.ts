import type { ChatInputCommandInteraction } from 'discord.js';
import { briefFileName, renderBriefMarkdown } from '../presentation/brief-markdown.js';
import { timelineRequest, type TimelineOrder } from '../brief/timeline.js';
import type { BriefRequest } from '../brief/types.js';
import { privateOption } from './answer-question.js';
import type { CommandContext } from './command-module.js';
import { renderBriefPages, renderTimelinePages } from './render/brief-pages.js';
import { renderNotice } from './render/notice.js';
import { sendReply } from './reply.js';
import { escapeText } from './render/text.js';

/** Said above the reply: what /ask routed the question to. */
export interface Preface {
  content?: string;
}

function withContent<T extends { content?: string }>(page: T, preface: Preface): T {
  return preface.content ? { ...page, content: preface.content } : page;
}

/**
 * /brief: the summary and a page a section, with the whole brief as a Markdown file. Built from
 * tables in memory in well under a second, so it is the first response (no deferral).
 */
export async function answerBrief(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  request: BriefRequest,
  preface: Preface = {},
): Promise<void> {
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  const brief = await context.service.brief(request);
  context.logger.debug({ command: 'brief', stories: brief.sources.length }, 'brief built');
  if (brief.error) {
    await sendReply(interaction, withContent(renderNotice(escapeText(brief.error)), preface), { ephemeral });
    return;
  }
  const fileName = briefFileName(brief);
  const pages = renderBriefPages(brief, fileName);
  const file = { name: fileName, data: Buffer.from(renderBriefMarkdown(brief), 'utf8') };
  await sendReply(interaction, withContent(await context.pager.open(interaction.user.id, pages), preface), {
    ephemeral,
    files: [file],
  });
}

/** /timeline: the timeline section alone, paged, in the order asked. */
export async function answerTimeline(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  subject: string,
  order: TimelineOrder,
  preface: Preface = {},
): Promise<void> {
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  const brief = await context.service.brief(timelineRequest(subject));
  if (brief.error) {
    await sendReply(interaction, withContent(renderNotice(escapeText(brief.error)), preface), { ephemeral });
    return;
  }
  const pages = renderTimelinePages(brief, order);
  await sendReply(interaction, withContent(await context.pager.open(interaction.user.id, pages), preface), {
    ephemeral,
  });
}
