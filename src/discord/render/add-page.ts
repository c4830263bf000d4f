import type { AddResult } from '../../corpus/add/add-article.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, joinLinesWithin, plainText, safeUrl, truncate } from './text.js';

export interface AddOutcome {
  /** What was asked for, as the person gave it: a link or a file name. */
  label: string;
  result: AddResult;
}

/**
 * /add and "Add to briefing": one embed a page or file, saying what was understood (title,
 * source, date, paragraphs, people named, the article id), or that it was already there, or why
 * it was refused. Text from pages is escaped; at most 10 embeds (Discord's limit).
 */
export function renderAddOutcomes(outcomes: readonly AddOutcome[]): ReplyPage {
  return { embeds: outcomes.slice(0, 10).map(renderOutcome) };
}

function renderOutcome({ label, result }: AddOutcome): ReplyPage['embeds'][number] {
  const asked = escapeAndTruncate(plainText(label), 300);
  if (result.kind === 'refused') {
    return {
      title: 'Not added',
      description: `${asked}\n${escapeAndTruncate(result.reason, 1000)}`,
      color: colours.warning,
    };
  }
  const { article } = result;
  const title = escapeAndTruncate(article.title || article.id, 200);
  if (result.kind === 'duplicate') {
    const how = result.by === 'link' ? 'that link' : 'the same text';
    return {
      title: 'Already in the corpus',
      description: `${asked}\nThe corpus already has ${how}: **${title}** (id \`${idText(article.id)}\`). Nothing was added.`,
      color: colours.notice,
    };
  }
  const fields = [
    { name: 'Source', value: escapeAndTruncate(article.source ?? 'Unknown', 200), inline: true },
    { name: 'Published', value: article.published ?? 'Not stated', inline: true },
    { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
    {
      name: 'People named',
      value:
        result.people.length > 0
          ? joinLinesWithin([escapeAndTruncate(result.people.slice(0, 25).join(', '), 1000)], 1024)
          : 'None found',
    },
    { name: 'Article id', value: `\`${idText(article.id)}\`` },
  ];
  if (result.articles > 1) fields.push({ name: 'In the file', value: `${result.articles} articles` });
  return fitEmbed({
    title: truncate(`Added: ${title}`, 256),
    url: safeUrl(article.url) ?? undefined,
    description: escapeAndTruncate(article.paragraphs[0] ?? '', 600),
    color: colours.success,
    fields,
  });
}

/** An id inside a code span: shown as typed, backticks and line breaks made harmless. */
function idText(id: string): string {
  return truncate(plainText(id).replace(/[`\n]/g, "'"), 200);
}
