import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { runStepsInSlices, type Steps } from '../steps.js';
import { extractArticle } from './extract-article.js';
import {
  extractOrFail,
  isExtractionFailure,
  type ExtractionOutcome,
  type ExtractReply,
  type ExtractRequest,
  type ExtractWorkerData,
} from './extraction-protocol.js';
import { workerModule } from '../worker-module.js';

export interface ParallelOptions {
  /** Worker threads to use; 0 keeps everything on this thread (no budget then). Default: the machine's cores. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Longest time one article may take in a worker (default 20 s). An article over it fails
   * with the reason, its worker is stopped and the others go on in a new one.
   */
  budgetMs?: number;
  /** Stops the work (workers are terminated): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The module each worker runs (default ./extract-worker.ts); tests give one that misbehaves. */
  workerModule?: URL;
}

export const DEFAULT_EXTRACTION_BUDGET_MS = 20_000;
const BATCH = 200;
// Below this, starting threads (and their module graphs, about a second) costs more than it saves.
const MINIMUM_FOR_WORKERS = 400;
/**
 * An article longer than this (characters of body) is never extracted on the serving thread:
 * extraction costs about 1 ms a kilobyte, so what stays here holds the event loop for tens of
 * milliseconds at most, while a flattened 10 MB page took minutes.
 */
export const LOCAL_MAX_CHARACTERS = 64 * 1024;
// A worker's own heap, so one pathological article fails alone instead of taking the process down.
const WORKER_HEAP_MB = 2048;

function articleLength(article: Article): number {
  let length = article.title.length;
  for (const paragraph of article.paragraphs) length += paragraph.length;
  return length;
}

function* extractEach(
  articles: readonly Article[],
  indices: readonly number[],
  results: ExtractionOutcome[],
  onExtracted: (count: number) => void,
  signal: AbortSignal,
): Steps<void> {
  for (const index of indices) {
    signal.throwIfAborted();
    results[index] = extractOrFail(articles[index]!, extractArticle);
    onExtracted(1);
    yield;
  }
}

/**
 * Extracts every article, keeping the input order; an article that fails comes back as an
 * ExtractionFailure with its reason, and the others are extracted all the same. Long articles
 * always go to a worker thread, where a time budget applies; a large set goes to workers in
 * batches; a few short articles (a one-file reload) stay on this thread, in slices. When one
 * part fails (a worker crashed, the signal), every other worker is ended before the promise
 * rejects, so nothing keeps extracting for a build that is over.
 */
export async function extractWithBudget(
  articles: readonly Article[],
  options: ParallelOptions = {},
): Promise<ExtractionOutcome[]> {
  const stop = new AbortController();
  const stopAll = (): void => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) stopAll();
  options.signal?.addEventListener('abort', stopAll, { once: true });
  try {
    return await extractAll(articles, options, stop);
  } catch (error) {
    stop.abort(error);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stopAll);
  }
}

async function extractAll(
  articles: readonly Article[],
  options: ParallelOptions,
  stop: AbortController,
): Promise<ExtractionOutcome[]> {
  const { signal } = stop;
  const results: ExtractionOutcome[] = new Array(articles.length);
  let done = 0;
  const onExtracted = (count: number): void => {
    done += count;
    options.onProgress?.(done, articles.length);
  };
  const workers = options.workers ?? availableParallelism();
  const all = articles.map((_, index) => index);
  if (workers <= 0) {
    await runStepsInSlices(extractEach(articles, all, results, onExtracted, signal));
    return results;
  }
  const count = Math.min(workers, Math.ceil(articles.length / BATCH));
  const inWorkers =
    count > 1 && articles.length >= MINIMUM_FOR_WORKERS
      ? all
      : all.filter((index) => articleLength(articles[index]!) > LOCAL_MAX_CHARACTERS);
  const inWorkerSet = new Set(inWorkers);
  const here = inWorkers.length === all.length ? [] : all.filter((index) => !inWorkerSet.has(index));
  const lanes: Lanes = {
    count: Math.max(1, count),
    budgetMs: options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS,
    module: options.workerModule ?? workerModule(import.meta.url, './extract-worker'),
    signal,
  };
  // The first failure ends the rest at once (the caller's catch aborts `stop`).
  const failFast = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      stop.abort(error);
      throw error;
    });
  await Promise.all([
    inWorkers.length > 0 ? failFast(runInWorkers(articles, inWorkers, results, lanes, onExtracted)) : undefined,
    // In slices: a reload of a few hundred articles runs while the bot answers (~2 ms an article).
    failFast(runStepsInSlices(extractEach(articles, here, results, onExtracted, signal))),
  ]);
  return results;
}

/** Every article's extraction, or an error naming the first article that failed. */
export async function extractInWorkers(
  articles: readonly Article[],
  options: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  const outcomes = await extractWithBudget(articles, options);
  const failure = outcomes.find(isExtractionFailure);
  if (failure) throw new Error(`extraction of "${failure.articleId}" failed: ${failure.reason}`);
  return outcomes as ArticleExtraction[];
}

/** How the workers run: how many at once, the time budget, their module, the signal that ends them all. */
interface Lanes {
  count: number;
  budgetMs: number;
  module: URL;
  signal: AbortSignal;
}

/** `lanes.count` workers take batches from one queue; a worker stopped over the budget is replaced. */
async function runInWorkers(
  articles: readonly Article[],
  indices: readonly number[],
  results: ExtractionOutcome[],
  lanes: Lanes,
  onExtracted: (count: number) => void,
): Promise<void> {
  const queue: number[][] = [];
  for (let start = 0; start < indices.length; start += BATCH) queue.push(indices.slice(start, start + BATCH));
  const lane = async (): Promise<void> => {
    while (queue.length > 0) {
      lanes.signal.throwIfAborted();
      await runWorker(articles, queue, results, lanes, onExtracted);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes.count, queue.length) }, lane));
}

/**
 * One worker thread, fed batches until the queue is empty or one of its articles goes over
 * the budget. The worker writes the index of the article it is on into shared memory; a
 * watchdog on this thread that sees the same index for longer than the budget stops the
 * worker, records the failure and puts the rest of the batch back in the queue. The check
 * never fires early: if this thread was busy between two looks, the article was still being
 * extracted at both. A worker that exits on its own in the middle of an article (an extractor
 * calling process.exit) fails that article the same way; one that exits between articles, or
 * crashes, fails the whole extraction.
 */
function runWorker(
  articles: readonly Article[],
  queue: number[][],
  results: ExtractionOutcome[],
  { budgetMs, module, signal }: Lanes,
  onExtracted: (count: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const progress = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    progress[0] = -1;
    const workerData: ExtractWorkerData = { module: module.href, progress: progress.buffer as SharedArrayBuffer };
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let batch: number[] | null = null;
    let settled = false;
    let watched = -1;
    let watchedSince = 0;

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      signal.removeEventListener('abort', stop);
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const stop = (): void => finish(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    // The article at `index` failed: record it, requeue the rest of its batch, end this worker.
    const failArticle = (index: number, reason: string): void => {
      const current = batch;
      if (!current || settled) return;
      batch = null;
      results[index] = { articleId: articles[index]!.id, reason };
      onExtracted(1);
      const rest = current.filter((other) => other !== index);
      if (rest.length > 0) queue.unshift(rest);
      finish();
    };
    const watchdog = setInterval(
      () => {
        const current = Atomics.load(progress, 0);
        const now = performance.now();
        if (current !== watched) {
          watched = current;
          watchedSince = now;
        } else if (current >= 0 && now - watchedSince > budgetMs) {
          failArticle(current, `extraction took over ${formatSeconds(budgetMs)} (the file is skipped)`);
        }
      },
      Math.max(10, Math.min(1000, budgetMs / 4)),
    );
    const sendNext = (): void => {
      batch = queue.shift() ?? null;
      if (!batch) {
        finish();
        return;
      }
      const request: ExtractRequest = { articles: batch.map((index) => articles[index]!), indices: batch };
      worker.postMessage(request);
    };
    worker.on('message', (reply: ExtractReply) => {
      const current = batch;
      if (!current || settled) return;
      reply.outcomes.forEach((outcome, offset) => {
        results[current[offset]!] = outcome;
      });
      onExtracted(current.length);
      sendNext();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const current = Atomics.load(progress, 0);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && current >= 0) {
        failArticle(current, 'extraction ran out of memory (the file is skipped)');
      } else {
        finish(new Error(`extraction failed in a worker: ${error.message}`));
      }
    });
    worker.on('exit', (code) => {
      const current = Atomics.load(progress, 0);
      if (current >= 0) failArticle(current, `the extraction worker exited (code ${code}; the file is skipped)`);
      finish(new Error(`an extraction worker exited (code ${code}) before its work was done`));
    });
    worker.once('online', sendNext);
  });
}

function formatSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toFixed(1))} s`;
}
