import type { ReloadReport } from '../../service/briefing-service.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, joinLinesWithin } from './text.js';

function listField(name: string, items: readonly string[]): { name: string; value: string } {
  const lines = items.map((item) => `• ${escapeAndTruncate(item, 200)}`);
  return { name: `${name} (${items.length})`, value: joinLinesWithin(lines, 1024) };
}

/** What changed, one field per kind of change; kinds with nothing in them are left out. */
export function renderReloadReport(report: ReloadReport): ReplyPage {
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const lists: Array<[string, string[]]> = [
    ['Added', report.added],
    ['Changed', report.changed],
    ['Removed', report.removed],
    ['Skipped', report.skipped.map((file) => `${file.path}: ${file.reason}`)],
  ];
  const fields = lists.filter(([, items]) => items.length > 0).map(([name, items]) => listField(name, items));
  const articles = `${report.articles} article${report.articles === 1 ? '' : 's'}`;
  const unchanged = fields.length === 0 ? '\nNo file was added, changed, removed or skipped since the last load.' : '';
  return {
    embeds: [
      fitEmbed({
        title: 'Corpus reloaded',
        description: `${articles} indexed in ${seconds} s; the new index now answers.${unchanged}`,
        color: colours.success,
        fields,
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
