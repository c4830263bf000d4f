import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { extractArticle } from './build-knowledge.js';
import type { ExtractionOutcome } from './extract-in-workers.js';

export interface ExtractRequest {
  articles: Article[];
  /** Each article's index in the caller's list, written to `progress` while it is extracted. */
  indices: number[];
}

export interface ExtractReply {
  outcomes: ExtractionOutcome[];
}

// The article being extracted, for the caller's watchdog: -1 between batches.
const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);

// Extraction is pure and CPU-bound: batches arrive here so several cores share the corpus. One
// article that throws fails alone, with its reason.
parentPort!.on('message', ({ articles, indices }: ExtractRequest) => {
  const outcomes = articles.map((article, offset): ExtractionOutcome => {
    Atomics.store(progress, 0, indices[offset]!);
    try {
      return extractArticle(article);
    } catch (error) {
      return { articleId: article.id, reason: `extraction failed (${(error as Error).message})` };
    }
  });
  Atomics.store(progress, 0, -1);
  parentPort!.postMessage({ outcomes } satisfies ExtractReply);
});
