import type { CommandName } from '../answer/types.js';
import {
  askQuestion,
  quoteQuestion,
  splitSpeakerAndTopic,
  topicFallbackNote,
  type QuestionOutcome,
} from '../command-table/ask-question.js';
import type { BriefingService } from '../service/briefing-service.js';
import { runDigestAtPrompt, type SavedDigests } from './digest-at-prompt.js';
import { parseLine } from './parse-line.js';
import { renderAnswerSet, renderNoAnswer } from './render-answer.js';
import { renderArticle, renderArticleChoices, renderReloadReport, renderSources } from './render-corpus.js';
import { renderPromptHelp } from './render-help.js';
import { renderBriefText, renderTimelineText } from './render-brief.js';
import { describeRoute, routeQuestion, type RoutedQuestion } from '../command-table/route-question.js';
import { readTimelineOrder, timelineRequest } from '../brief/timeline.js';

export interface PromptContext {
  /** The in-memory engine, or a process serving the corpus from PostgreSQL (which cannot reload). */
  service: BriefingService;
  /** Where /digest show reads the servers' settings: the bot's store or the database; null when given none. */
  savedDigests: SavedDigests;
  /** Adds a link or a file to the corpus; absent where the prompt cannot add. */
  add?: (target: string) => Promise<string>;
}

async function renderOutcome(context: PromptContext, { set, note, nearest }: QuestionOutcome): Promise<string> {
  if (set.answers.length === 0) return renderNoAnswer(set, nearest, await context.service.overview());
  return `${note ? `(${note})\n` : ''}${renderAnswerSet(set)}`;
}

/**
 * /quote as typed: `speaker:` and `topic:` as in Discord, or one line whose leading words name
 * the speaker ("Rouhani about the nuclear deal"), which falls back to all the speaker's
 * quotations, with Discord's note, when none is on that topic.
 */
async function askQuote(
  context: PromptContext,
  options: Record<string, string>,
  text: string,
): Promise<QuestionOutcome> {
  const { service } = context;
  if (options.topic !== undefined || options.speaker === undefined) {
    const { query, fallback } = quoteQuestion(options.speaker ?? '', options.topic);
    return askQuestion(service, 'quote', query, fallback);
  }
  const outcome = await askQuestion(service, 'quote', text);
  if (outcome.set.answers.length > 0 || outcome.set.error) return outcome;
  const split = await splitSpeakerAndTopic(service, text);
  return split ? askQuestion(service, 'quote', text, { query: split.speaker, note: topicFallbackNote }) : outcome;
}

async function openArticle(context: PromptContext, typed: string): Promise<string> {
  const { service } = context;
  const article = await service.article(typed);
  if (article) return renderArticle(article, await service.peopleIn(article.id));
  const matches = typed ? await service.suggest('article', typed, 10) : [];
  if (matches.length === 1) {
    const only = await service.article(matches[0]!.value);
    if (only) return renderArticle(only, await service.peopleIn(only.id));
  }
  return renderArticleChoices(typed, matches);
}

async function reload(service: BriefingService): Promise<string> {
  // A process serving from PostgreSQL: the indexer reloads, for every process at once.
  if (service.reloadElsewhere) return service.reloadElsewhere;
  if (service.isReloading()) return 'A reload is already running.';
  try {
    return renderReloadReport(await service.reload());
  } catch (error) {
    return `Reload failed: ${error instanceof Error ? error.message : String(error)}; the previous index keeps answering.`;
  }
}

/** A routed /ask question answered as its command would answer it. */
async function replyToRoute(context: PromptContext, route: RoutedQuestion): Promise<string> {
  const { service } = context;
  switch (route.command) {
    case 'brief':
      return renderBriefText(await service.brief({ subject: route.query, since: route.since, until: route.until }));
    case 'timeline':
      return renderTimelineText(await service.brief(timelineRequest(route.query)), route.order ?? 'oldest');
    case 'quote': {
      const { query, fallback } = quoteQuestion(route.query, route.topic);
      return renderOutcome(context, await askQuestion(service, 'quote', query, fallback));
    }
    default:
      return renderOutcome(context, await askQuestion(service, route.command, route.query));
  }
}

/** The reply to one typed line: null to quit, '' to say nothing. */
export async function replyToLine(line: string, context: PromptContext): Promise<string | null> {
  const parsed = parseLine(line);
  if (parsed.kind === 'empty') return '';
  if (parsed.kind === 'quit') return null;
  if (parsed.kind === 'unknown') {
    const guess = parsed.nearest ? ` Did you mean /${parsed.nearest}?` : '';
    return `Unknown command "/${parsed.name}".${guess}\n${renderPromptHelp()}`;
  }
  const { entry, options, text } = parsed;
  switch (entry.name) {
    case 'who':
    case 'when':
    case 'search': {
      const query = options[entry.options[0]!.name] ?? '';
      return renderOutcome(context, await askQuestion(context.service, entry.name as CommandName, query));
    }
    case 'quote':
      return renderOutcome(context, await askQuote(context, options, text));
    case 'brief':
      return renderBriefText(
        await context.service.brief({ subject: options.subject ?? '', since: options.since, until: options.until }),
      );
    case 'timeline':
      return renderTimelineText(
        await context.service.brief(timelineRequest(options.subject ?? '')),
        readTimelineOrder(options.order),
      );
    case 'ask': {
      const route = routeQuestion(options.question ?? text);
      return `(${describeRoute(route)})\n${await replyToRoute(context, route)}`;
    }
    case 'article':
      return openArticle(context, options.id ?? '');
    case 'sources':
      return renderSources(await context.service.overview());
    case 'digest':
      return runDigestAtPrompt(context.service, parsed.subcommand, text, context.savedDigests);
    case 'reload':
      return reload(context.service);
    case 'add': {
      const target = (options.url ?? text).trim();
      if (!target) return 'Give a link or a file: /add url:https://example.com/news/story';
      return context.add ? context.add(target) : 'Adding articles is not available in this prompt.';
    }
    default:
      return renderPromptHelp();
  }
}
