import type { Article, CorpusLoad, FileChange, SkippedFile } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { extractWithBudget, type ParallelOptions } from '../knowledge/extract-in-workers.js';
import { isExtractionFailure } from '../knowledge/extraction-protocol.js';
import { changeFrom, extractedIdsOf, type Base } from './build-base.js';

export interface ExtractedCorpus {
  /** The load, less the files whose extraction failed (now skipped with the reason). */
  corpus: CorpusLoad;
  /** A fresh extraction of every article the build must extract, by article id. */
  extracted: Map<string, ArticleExtraction>;
}

/**
 * Extracts what a build needs (new and changed articles; all of them without a base) before
 * the build begins, so that a file whose extraction fails (over the time budget, out of
 * memory, an error) is skipped with its reason like an unreadable file, and the build goes on
 * over the rest. Long articles are extracted on worker threads, never on the serving thread.
 */
export async function extractNewArticles(
  corpus: CorpusLoad,
  base: Base | null,
  options: ParallelOptions = {},
): Promise<ExtractedCorpus> {
  const extracted = new Map<string, ArticleExtraction>();
  const wanted = articlesToExtract(corpus, base).filter((article) => {
    // Extracted by the serving process after the snapshot, and kept in its delta.
    const kept = base?.kind === 'snapshot' ? base.changedSince.get(article.id) : undefined;
    if (kept?.contentHash !== article.contentHash || kept.path !== article.path) return true;
    extracted.set(article.id, kept.extraction);
    return false;
  });
  const outcomes = await extractWithBudget(wanted, options);
  const failed = new Map<string, string>();
  outcomes.forEach((outcome, index) => {
    if (isExtractionFailure(outcome)) failed.set(wanted[index]!.path, outcome.reason);
    else extracted.set(outcome.articleId, outcome);
  });
  return { corpus: failed.size > 0 ? skipFiles(corpus, failed) : corpus, extracted };
}

function articlesToExtract(corpus: CorpusLoad, base: Base | null): readonly Article[] {
  if (!base) return corpus.articles;
  const change = changeFrom(base, corpus);
  if (base.kind === 'serving') return change.replaced;
  const saved = extractedIdsOf(base);
  const replaced = new Set(change.replaced.map((article) => article.id));
  return corpus.articles.filter((article) => replaced.has(article.id) || !saved.has(article.id));
}

/** The load with each failed file turned into a skipped one: no articles, the reason recorded. */
function skipFiles(corpus: CorpusLoad, failed: ReadonlyMap<string, string>): CorpusLoad {
  const replaceRecord = <T extends { path: string }>(record: T): T =>
    failed.has(record.path) ? { ...record, articles: null, skipReason: failed.get(record.path)! } : record;
  const skipped: SkippedFile[] = [...corpus.skipped, ...[...failed].map(([path, reason]) => ({ path, reason }))].sort(
    (a, b) => a.path.localeCompare(b.path),
  );
  // The records of a failed file lose their articles, so the list no longer keeps every position.
  const change: FileChange | null = corpus.change
    ? { before: corpus.change.before, after: corpus.change.after.map(replaceRecord), inPlace: false }
    : null;
  return {
    articles: corpus.articles.filter((article) => !failed.has(article.path)),
    skipped,
    files: corpus.files.map(replaceRecord),
    change,
    // The records keep their paths, sizes and times: still those of the walk.
    walk: corpus.walk,
  };
}
