import { buildDigest } from './build-digest.js';
import type { Article } from '../corpus/article.js';
import type { DigestKnowledge, DigestLimits } from './types.js';
import { renderDigestText } from './render-text.js';

export interface DigestCommandOptions {
  /** ISO date `YYYY-MM-DD`: articles published on or after it; "all" or empty: every article. */
  since?: string | null;
  now?: Date;
  limits?: Partial<DigestLimits>;
}

export class DigestCommandError extends Error {
  override name = 'DigestCommandError';
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

/**
 * The digest for the terminal (`npm run cli -- digest --since DATE`). The terminal has no
 * per-guild record of what was sent, so "since" means published on or after DATE; undated
 * articles are only in `--since all`. Throws DigestCommandError on a bad date.
 */
export function runDigestCommand(
  source: { listArticles(): Article[]; knowledge(): DigestKnowledge },
  options: DigestCommandOptions = {},
): string {
  const since = options.since?.trim() ?? '';
  const everything = since === '' || since.toLowerCase() === 'all';
  if (!everything && !isCalendarDate(since)) {
    throw new DigestCommandError(`--since expects a date as YYYY-MM-DD (or "all"), not "${since}"`);
  }
  const articles = source.listArticles();
  const selected = everything
    ? articles
    : articles.filter((article) => article.published !== null && article.published >= since);
  const text = renderDigestText(
    buildDigest({
      articles: selected,
      knowledge: source.knowledge(),
      since: everything ? null : since,
      generatedAt: options.now ?? new Date(),
      limits: options.limits,
    }),
  );
  const undated = everything ? 0 : articles.filter((article) => article.published === null).length;
  return undated > 0 ? `${text}\n\n(${undated} undated articles are left out; --since all includes them.)` : text;
}
