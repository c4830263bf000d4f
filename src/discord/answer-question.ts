import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandName } from '../answer/types.js';
import { askQuestion, type QuestionFallback } from '../command-table/ask-question.js';
import type { CommandContext } from './command-module.js';
import { renderAnswerPages } from './render/answer-pages.js';
import { renderNoAnswer } from './render/no-answer.js';
import { sendReply } from './reply.js';

/** The option every question command has: answer only to the asker. */
export const privateOption = { name: 'private', description: 'Show the answer only to you' } as const;

/**
 * The path of /who, /when, /quote and /search: ask the core, render, reply. Answers come
 * from in-memory tables, so the reply is the first response (no deferral round trip).
 */
export async function answerQuestion(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  question: { command: CommandName; query: string; fallback?: QuestionFallback; preface?: string },
): Promise<void> {
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  const { set, note, nearest } = askQuestion(context.service, question.command, question.query, question.fallback);
  context.logger.debug({ command: set.command, answers: set.answers.length }, 'question answered');
  if (set.answers.length === 0) {
    const hints = { nearest, overview: context.service.overview() };
    await sendReply(interaction, { ...renderNoAnswer(set, hints), content: question.preface }, { ephemeral });
    return;
  }
  // /ask says which command it used above the answer, and the fallback's note after it.
  const content = [question.preface, note].filter(Boolean).join('\n') || undefined;
  const pages = renderAnswerPages(set).map((page) => ({ ...page, content }));
  await sendReply(interaction, context.pager.open(interaction.user.id, pages), { ephemeral });
}
