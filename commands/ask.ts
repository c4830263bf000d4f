import type { ChatInputCommandInteraction } from 'discord.js';
import { quoteQuestion } from '../src/command-table/ask-question.js';
import { describeRoute, routeQuestion } from '../src/command-table/route-question.js';
import { answerBrief, answerTimeline } from '../src/discord/answer-brief.js';
import { answerQuestion, privateOption } from '../src/discord/answer-question.js';
import type { CommandContext } from '../src/discord/command-module.js';
import { escapeAndTruncate } from '../src/discord/render/text.js';
import { helpFor, slashCommandFor } from '../src/discord/slash-command.js';

export const data = slashCommandFor('ask').addBooleanOption((option) =>
  option.setName(privateOption.name).setDescription(privateOption.description),
);

export const help = helpFor('ask');
export const rateLimited = true;

/** A question in plain words, answered by the command it reads as; the reply says which. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  const route = routeQuestion(interaction.options.getString('question', true));
  // The asker's words come back in the note: escaped like any quoted text.
  const preface = `_${escapeAndTruncate(describeRoute(route), 500)}_`;
  context.logger.debug({ command: 'ask', routedTo: route.command }, 'question routed');
  switch (route.command) {
    case 'brief':
      return answerBrief(
        interaction,
        context,
        { subject: route.query, since: route.since, until: route.until },
        { content: preface },
      );
    case 'timeline':
      return answerTimeline(interaction, context, route.query, route.order ?? 'oldest', { content: preface });
    case 'quote': {
      const { query, fallback } = quoteQuestion(route.query, route.topic);
      return answerQuestion(interaction, context, { command: 'quote', query, fallback, preface });
    }
    default:
      return answerQuestion(interaction, context, { command: route.command, query: route.query, preface });
  }
}
