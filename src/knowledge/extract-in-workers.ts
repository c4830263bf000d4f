import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { runStepsInSlices, type Steps } from '../steps.js';
import type { ExtractReply } from './extract-worker.js';

export interface ParallelOptions {
  /** Worker threads to use; 0 or 1 extracts on this thread. Default: the machine's cores. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 200;
// Below this, starting threads (and their module graphs) costs more than it saves.
const MINIMUM_FOR_WORKERS = 400;

function* extractEach(
  articles: readonly Article[],
  extract: (article: Article) => ArticleExtraction,
  onProgress?: (done: number, total: number) => void,
): Steps<ArticleExtraction[]> {
  const extractions: ArticleExtraction[] = [];
  for (const article of articles) {
    extractions.push(extract(article));
    onProgress?.(extractions.length, articles.length);
    yield;
  }
  return extractions;
}

/** Extracts every article over worker threads, in batches, keeping the input order. */
export async function extractInWorkers(
  articles: readonly Article[],
  extractLocally: (article: Article) => ArticleExtraction,
  options: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  const count = Math.min(options.workers ?? availableParallelism(), Math.ceil(articles.length / BATCH));
  if (count <= 1 || articles.length < MINIMUM_FOR_WORKERS) {
    // In slices: a reload of a few hundred articles runs while the bot answers (~2 ms an article).
    return runStepsInSlices(extractEach(articles, extractLocally, options.onProgress));
  }
  const results: ArticleExtraction[] = new Array(articles.length);
  let nextBatch = 0;
  let done = 0;
  const moduleUrl = new URL('./extract-worker.ts', import.meta.url).href;
  const bootstrap = new URL('./worker-bootstrap.mjs', import.meta.url);

  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(bootstrap, { workerData: { module: moduleUrl } });
      let start = 0;
      const sendNext = (): void => {
        start = nextBatch;
        nextBatch += BATCH;
        if (start >= articles.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ articles: articles.slice(start, start + BATCH) });
      };
      worker.on('message', (reply: ExtractReply) => {
        if ('error' in reply) {
          void worker.terminate();
          reject(new Error(`extraction failed in a worker: ${reply.error}`));
          return;
        }
        reply.extractions.forEach((extraction, offset) => {
          results[start + offset] = extraction;
        });
        done += reply.extractions.length;
        options.onProgress?.(done, articles.length);
        sendNext();
      });
      worker.on('error', reject);
      worker.once('online', sendNext);
    });

  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
