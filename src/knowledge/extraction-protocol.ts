import type { Article } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';

/** An article whose extraction did not finish: over the time budget, out of memory, or an error. */
export interface ExtractionFailure {
  articleId: string;
  reason: string;
}

export type ExtractionOutcome = ArticleExtraction | ExtractionFailure;

export function isExtractionFailure(outcome: ExtractionOutcome): outcome is ExtractionFailure {
  return 'reason' in outcome;
}

/** A batch sent to an extraction worker. */
export interface ExtractRequest {
  articles: Article[];
  /** Each article's index in the caller's list, written to `progress` while it is extracted. */
  indices: number[];
}

/** A worker's answer to one request, in the request's order. */
export interface ExtractReply {
  outcomes: ExtractionOutcome[];
}

/** The worker's `workerData`: the shared cell where it writes the index of the article it is on. */
export interface ExtractWorkerData {
  module: string;
  progress: SharedArrayBuffer;
}

/** Extracts one article; an article that throws becomes a failure with its reason. */
export function extractOrFail(article: Article, extract: (article: Article) => ArticleExtraction): ExtractionOutcome {
  try {
    return extract(article);
  } catch (error) {
    return { articleId: article.id, reason: `extraction failed (${(error as Error).message})` };
  }
}
