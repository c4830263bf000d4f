import { analysedOf, buildDigest } from './build-digest.js';
import type { DigestSource } from './digest-source.js';
import { defaultDigestLimits, type DigestLimits } from './types.js';
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
 * articles are only in `--since all`. Throws DigestCommandError on a bad date. Reads as the
 * posted digest does: the list, then whole only the articles it analyses (a database's list
 * holds no bodies).
 */
export async function runDigestCommand(source: DigestSource, options: DigestCommandOptions = {}): Promise<string> {
  const since = options.since?.trim() ?? '';
  const everything = since === '' || since.toLowerCase() === 'all';
  if (!everything && !isCalendarDate(since)) {
    throw new DigestCommandError(`--since expects a date as YYYY-MM-DD (or "all"), not "${since}"`);
  }
  const articles = await source.listArticles();
  const selected = everything
    ? articles
    : articles.filter((article) => article.published !== null && article.published >= since);
  const limits = { ...defaultDigestLimits, ...options.limits };
  const stories = await source.readStories(analysedOf(selected, limits.articles));
  const whole = new Map(stories.articles.map((article) => [article.id, article]));
  const text = renderDigestText(
    buildDigest({
      articles: selected.map((article) => whole.get(article.id) ?? article),
      knowledge: stories.knowledge,
      since: everything ? null : since,
      generatedAt: options.now ?? new Date(),
      limits: options.limits,
    }),
  );
  const undated = everything ? 0 : articles.filter((article) => article.published === null).length;
  return undated > 0 ? `${text}\n\n(${undated} undated articles are left out; --since all includes them.)` : text;
}
