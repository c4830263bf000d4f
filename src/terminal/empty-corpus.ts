import type { CorpusOverview } from '../service/briefing-service.js';

/**
 * What the terminal says when the corpus folder yields no article: an empty folder (or one of
 * skipped files) otherwise starts as if all were well and answers nothing.
 */
export function describeEmptyCorpus(
  corpusDir: string,
  overview: Pick<CorpusOverview, 'articles' | 'skipped'>,
  whereReasons = '/sources says why',
): string | null {
  if (overview.articles > 0) return null;
  const skipped = overview.skipped.length;
  const why =
    skipped === 0
      ? 'it holds no .txt, .md, .html, .json or .jsonl file'
      : `${skipped} file${skipped === 1 ? ' was' : 's were'} skipped (${whereReasons})`;
  return `Warning: no articles in "${corpusDir}" (CORPUS_DIR): ${why}. Every question will find nothing until articles are added.`;
}
