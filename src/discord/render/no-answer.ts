import type { AnswerSet } from '../../answer/types.js';
import type { CorpusOverview, Suggestion } from '../../service/briefing-service.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, plainText, truncate } from './text.js';

export interface NoAnswerHints {
  /** Nearest known names (people or speakers), best first. */
  nearest: Suggestion[];
  overview: Pick<CorpusOverview, 'articles' | 'firstDate' | 'lastDate'>;
}

/** Slash-command text for a suggestion, without characters that would break it. */
function searchSuggestion(query: string): string {
  return `/search query:${truncate(plainText(query).replace(/[`\n]/g, ' ').trim(), 80)}`;
}

function describeCorpus(overview: NoAnswerHints['overview']): string {
  const range =
    overview.firstDate && overview.lastDate
      ? overview.firstDate === overview.lastDate
        ? ` from ${overview.firstDate}`
        : ` dated ${overview.firstDate} to ${overview.lastDate}`
      : '';
  return `The corpus holds ${overview.articles} article${overview.articles === 1 ? '' : 's'}${range}; /sources lists the newest.`;
}

/** What the corpus does hold when it holds no answer: nearest names and a /search to try. */
export function renderNoAnswer(set: AnswerSet, hints: NoAnswerHints): ReplyPage {
  const lines: string[] = [];
  if (set.error) {
    lines.push(escapeAndTruncate(set.error, 1000));
  } else {
    lines.push(`I found no answer to **/${set.command} ${escapeAndTruncate(set.query, 200)}** in the corpus.`);
  }
  if (hints.nearest.length > 0) {
    const names = hints.nearest.map((suggestion) => `• ${escapeAndTruncate(suggestion.label, 150)}`);
    lines.push('', set.command === 'quote' ? 'Speakers with similar names:' : 'People with similar names:', ...names);
  }
  if (set.command !== 'search' && set.query.trim().length > 0) {
    lines.push('', `Try \`${searchSuggestion(set.query)}\` to look for the words anywhere.`);
  }
  lines.push('', describeCorpus(hints.overview));
  return {
    embeds: [fitEmbed({ title: 'No answer in the corpus', description: lines.join('\n'), color: colours.notice })],
  };
}
