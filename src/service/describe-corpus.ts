import type { Article, SkippedFile } from '../corpus/article.js';
import type { CorpusOverview } from './briefing-service.js';

/** What /sources shows of a corpus: its figures, its dates and newest articles, the files skipped. */
export function describeCorpus(all: readonly Article[], passages: number, skipped: SkippedFile[]): CorpusOverview {
  const dates = all
    .map((article) => article.published)
    .filter((date): date is string => date !== null)
    .sort();
  const newest = [...all]
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
    .slice(0, 5)
    .map(({ id, title, published, source }) => ({ id, title, published, source }));
  return {
    articles: all.length,
    passages,
    dated: dates.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    newest,
    skipped,
  };
}
