import type { Article } from '../corpus/article.js';
import type { CorpusOverview, ReloadReport, Suggestion } from '../service/briefing-service.js';

/** /sources: the corpus at a glance, with ids that /article opens. */
export function renderSources(overview: CorpusOverview): string {
  const range = overview.firstDate ? `${overview.firstDate} to ${overview.lastDate}` : 'none dated';
  return [
    `${overview.articles} articles, ${overview.passages} passages, ${overview.dated} dated (${range})`,
    ...overview.newest.map((article) => `  ${article.published ?? 'undated'}  ${article.title} [${article.id}]`),
    ...(overview.newest.length > 0 ? ['Open one with /article <id> (Tab completes ids).'] : []),
    ...(overview.skipped.length
      ? [
          `Skipped ${overview.skipped.length} files:`,
          ...overview.skipped.map((file) => `  ${file.path}: ${file.reason}`),
        ]
      : []),
  ].join('\n');
}

/** /article: what Discord's embed shows, as lines. */
export function renderArticle(article: Article, people: readonly string[]): string {
  return [
    article.title || article.id,
    `   ${[article.source ?? 'source unknown', article.published ?? 'undated'].join(', ')} [${article.id}]`,
    ...(article.url ? [`   ${article.url}`] : []),
    '',
    `   ${article.paragraphs[0] ?? '(no body text)'}`,
    '',
    `   People: ${people.length > 0 ? people.join(', ') : 'none named'}`,
  ].join('\n');
}

/** /article with words that are not an id: the titles they match, or how to find one. */
export function renderArticleChoices(typed: string, matches: readonly Suggestion[]): string {
  if (matches.length === 0) {
    return `No article has the id or a title with "${typed}". /sources lists the newest; Tab completes ids.`;
  }
  return [
    `Articles with "${typed}" in the title:`,
    ...matches.map((match) => `  ${match.label} [${match.value}]`),
    'Open one with /article <id>.',
  ].join('\n');
}

/** /reload: what changed, only the kinds of change that happened. */
export function renderReloadReport(report: ReloadReport): string {
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const lines = [`Corpus reloaded: ${report.articles} articles indexed in ${seconds} s; the new index now answers.`];
  const lists: Array<[string, string[]]> = [
    ['Added', report.added],
    ['Changed', report.changed],
    ['Removed', report.removed],
    ['Skipped', report.skipped.map((file) => `${file.path}: ${file.reason}`)],
  ];
  for (const [name, items] of lists) {
    if (items.length > 0) lines.push(`${name} (${items.length}):`, ...items.map((item) => `  ${item}`));
  }
  if (lines.length === 1) lines.push('No file was added, changed, removed or skipped since the last load.');
  return lines.join('\n');
}
