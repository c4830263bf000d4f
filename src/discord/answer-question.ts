import type { ChatInputCommandInteraction } from 'discord.js';
import type { AnswerSet, CommandName } from '../answer/types.js';
import type { Suggestion } from '../service/briefing-service.js';
import type { CommandContext } from './command-module.js';
import { renderAnswerPages } from './render/answer-pages.js';
import { renderNoAnswer } from './render/no-answer.js';
import { sendReply } from './reply.js';

/** The option every question command has: answer only to the asker. */
export const privateOption = { name: 'private', description: 'Show the answer only to you' } as const;

/** Nearest names for a reply with no answer: people for /who, speakers for /quote. */
function nearestNames(set: AnswerSet, context: CommandContext): Suggestion[] {
  if (set.command !== 'who' && set.command !== 'quote') return [];
  const kind = set.command === 'who' ? 'person' : 'speaker';
  // The whole query first, then each word, longest first: "Tom Smith" still finds "Tom Reyes".
  const words = set.query
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .sort((left, right) => right.length - left.length);
  const found = new Map<string, Suggestion>();
  for (const text of [set.query, ...words]) {
    for (const suggestion of context.service.suggest(kind, text, 5)) {
      if (!found.has(suggestion.value)) found.set(suggestion.value, suggestion);
    }
    if (found.size >= 5) break;
  }
  return [...found.values()].slice(0, 5);
}

/**
 * The path of /who, /when, /quote and /search: ask the core, render, reply. Answers come
 * from in-memory tables, so the reply is the first response (no deferral round trip).
 */
/** A broader question to ask when the first finds nothing, and what to tell the asker then. */
export interface QuestionFallback {
  query: string;
  note: string;
}

export async function answerQuestion(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  question: { command: CommandName; query: string; fallback?: QuestionFallback },
): Promise<void> {
  const ephemeral = interaction.options.getBoolean(privateOption.name) ?? false;
  let set = context.service.ask(question.command, question.query);
  let note: string | undefined;
  if (set.answers.length === 0 && !set.error && question.fallback) {
    set = context.service.ask(question.command, question.fallback.query);
    if (set.answers.length > 0) note = question.fallback.note;
  }
  context.logger.debug({ command: set.command, answers: set.answers.length }, 'question answered');
  if (set.answers.length === 0) {
    const hints = { nearest: nearestNames(set, context), overview: context.service.overview() };
    await sendReply(interaction, renderNoAnswer(set, hints), { ephemeral });
    return;
  }
  const pages = renderAnswerPages(set).map((page) => ({ ...page, content: note }));
  await sendReply(interaction, context.pager.open(interaction.user.id, pages), { ephemeral });
}
