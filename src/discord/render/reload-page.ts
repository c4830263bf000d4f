import type { ReloadReport } from '../../service/briefing-service.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, joinLinesWithin } from './text.js';

function listField(name: string, items: readonly string[]): { name: string; value: string } {
  const lines = items.map((item) => `• ${escapeAndTruncate(item, 200)}`);
  return { name: `${name} (${items.length})`, value: lines.length > 0 ? joinLinesWithin(lines, 1024) : 'None' };
}

export function renderReloadReport(report: ReloadReport): ReplyPage {
  const seconds = (report.milliseconds / 1000).toFixed(1);
  return {
    embeds: [
      fitEmbed({
        title: 'Corpus reloaded',
        description: `${report.articles} articles indexed in ${seconds} s; the new index now answers.`,
        color: colours.success,
        fields: [
          listField('Added', report.added),
          listField('Changed', report.changed),
          listField('Removed', report.removed),
          listField(
            'Skipped',
            report.skipped.map((file) => `${file.path}: ${file.reason}`),
          ),
        ],
      }),
    ],
  };
}

export function renderReloadFailure(reason: string): ReplyPage {
  return {
    embeds: [
      fitEmbed({
        title: 'Reload failed',
        description: `The previous index keeps answering.\nReason: ${escapeAndTruncate(reason, 1500)}`,
        color: colours.failure,
      }),
    ],
  };
}
