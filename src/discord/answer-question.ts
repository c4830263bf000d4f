import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandName } from '../answer/types.js';
import { askQuestion, type QuestionFallback, type QuestionOutcome } from '../command-table/ask-question.js';
import type { CommandContext } from './command-module.js';
import { renderAnswerPages } from './render/answer-pages.js';
import { renderNoAnswer } from './render/no-answer.js';
import { deferReply, sendReply } from './reply.js';

/**
 * How long an answer may take before the interaction is deferred: Discord drops a first
 * response after 3 s, and a database under load (or a reconnecting pool) can take that long.
 */
export const DEFER_AFTER_MS = 2000;

/** The option every question command has: answer only to the asker. */
export const privateOption = { name: 'private', description: 'Show the answer only to you' } as const;

/**
 * The outcome, deferring the interaction first when it is not there within DEFER_AFTER_MS:
 * answers from memory or a healthy database come in milliseconds and keep the reply as the
 * first response (no deferral round trip); a slow one still meets Discord's 3 s.
 */
async function outcomeInTime(
  interaction: ChatInputCommandInteraction,
  pending: Promise<QuestionOutcome>,
  ephemeral: boolean,
): Promise<QuestionOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), DEFER_AFTER_MS)));
  try {
    const first = await Promise.race([pending, late]);
    if (first !== 'late') return first;
    await deferReply(interaction, { ephemeral });
    return await pending;
  } finally {
    clearTimeout(timer);
  }
}

/** The path of /who, /when, /quote and /search: ask the core, render, reply. */
export async function answerQuestion(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  question: { command: CommandName; query: string; fallback?: QuestionFallback; preface?: string },
): Promise<void> {
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  const pending = askQuestion(context.service, question.command, question.query, question.fallback);
  const { set, note, nearest } = await outcomeInTime(interaction, pending, ephemeral);
  context.logger.debug({ command: set.command, answers: set.answers.length }, 'question answered');
  if (set.answers.length === 0) {
    const hints = { nearest, overview: await context.service.overview() };
    await sendReply(interaction, { ...renderNoAnswer(set, hints), content: question.preface }, { ephemeral });
    return;
  }
  // /ask says which command it used above the answer, and the fallback's note after it.
  const content = [question.preface, note].filter(Boolean).join('\n') || undefined;
  const pages = renderAnswerPages(set).map((page) => ({ ...page, content }));
  await sendReply(interaction, await context.pager.open(interaction.user.id, pages), { ephemeral });
}
