import type { Article } from '../../corpus/article.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, joinLinesWithin, plainText, safeUrl, truncate } from './text.js';

/** /article: title (linked), source, date, link, first paragraph, people in it. */
export function renderArticle(article: Article, people: readonly string[]): ReplyPage {
  const url = safeUrl(article.url);
  const fields = [
    { name: 'Source', value: escapeAndTruncate(article.source ?? 'Unknown', 200), inline: true },
    { name: 'Published', value: article.published ?? 'Not stated', inline: true },
    {
      name: 'People',
      value: people.length > 0 ? joinLinesWithin([escapeAndTruncate(people.join(', '), 1000)], 1024) : 'None named',
    },
  ];
  if (url) fields.splice(2, 0, { name: 'Link', value: truncate(url, 1000), inline: false });
  return {
    embeds: [
      fitEmbed({
        title: escapeAndTruncate(article.title || article.id, 256),
        url: url ?? undefined,
        description: escapeAndTruncate(article.paragraphs[0] ?? '', 2000) || '_No body text._',
        color: colours.answer,
        fields,
        footer: { text: truncate(`id ${article.id}`, 200) },
      }),
    ],
  };
}

/** The refusal for an id that is not an article of the corpus (or tries to leave it). */
export function renderUnknownArticle(id: string): ReplyPage {
  return {
    embeds: [
      {
        title: 'No such article',
        // Inside a code span markdown and mentions show as typed, so the id is not escaped there.
        description: `\`${truncate(plainText(id).replace(/[`\n]/g, "'") || ' ', 100)}\` is not an article id of the corpus. Start typing a title and pick one of the suggestions.`,
        color: colours.warning,
      },
    ],
  };
}
