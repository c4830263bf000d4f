import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extract-article.js';
import {
  extractOrFail,
  type ExtractReply,
  type ExtractRequest,
  type ExtractWorkerData,
} from './extraction-protocol.js';

// The article being extracted, for the caller's watchdog: -1 between batches.
const progress = new Int32Array((workerData as ExtractWorkerData).progress);

// Extraction is pure and CPU-bound: batches arrive here so several cores share the corpus. One
// article that throws fails alone, with its reason.
parentPort!.on('message', ({ articles, indices }: ExtractRequest) => {
  const outcomes = articles.map((article, offset) => {
    Atomics.store(progress, 0, indices[offset]!);
    return extractOrFail(article, extractArticle);
  });
  Atomics.store(progress, 0, -1);
  parentPort!.postMessage({ outcomes } satisfies ExtractReply);
});
