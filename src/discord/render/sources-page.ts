import type { CorpusOverview } from '../../service/briefing-service.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, joinLinesWithin } from './text.js';

/** /sources: the corpus at a glance. */
export function renderSources(overview: CorpusOverview): ReplyPage {
  const range = overview.firstDate ? `${overview.firstDate} to ${overview.lastDate}` : 'no dated article';
  const newest = overview.newest.map((article) => {
    const source = article.source ? ` · ${escapeAndTruncate(article.source, 60)}` : '';
    return `• ${escapeAndTruncate(article.title || article.id, 150)}${source} · ${article.published ?? 'undated'}`;
  });
  const fields = [
    { name: 'Articles', value: String(overview.articles), inline: true },
    { name: 'Passages', value: String(overview.passages), inline: true },
    { name: 'Dated', value: `${overview.dated} (${range})`, inline: true },
    { name: 'Newest', value: newest.length > 0 ? joinLinesWithin(newest, 1024) : 'None' },
  ];
  if (overview.skipped.length > 0) {
    const skipped = overview.skipped.map(
      (file) => `• ${escapeAndTruncate(file.path, 120)}: ${escapeAndTruncate(file.reason, 120)}`,
    );
    fields.push({ name: `Files skipped (${overview.skipped.length})`, value: joinLinesWithin(skipped, 1024) });
  }
  return { embeds: [fitEmbed({ title: 'The corpus at a glance', color: colours.notice, fields })] };
}
