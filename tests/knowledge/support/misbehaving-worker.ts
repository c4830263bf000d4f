// An extraction worker that misbehaves on chosen articles, as a bug in an extractor could:
// "exit" ends the thread quietly in the middle of an article, "crash" throws out of the handler.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../../../src/knowledge/extract-article.js';
import type { ExtractReply, ExtractRequest, ExtractWorkerData } from '../../../src/knowledge/extraction-protocol.js';

const progress = new Int32Array((workerData as ExtractWorkerData).progress);

parentPort!.on('message', ({ articles, indices }: ExtractRequest) => {
  const outcomes = articles.map((article, offset) => {
    Atomics.store(progress, 0, indices[offset]!);
    if (article.id === 'exit') process.exit(0);
    if (article.id === 'crash') throw new Error('a crash outside any article');
    return extractArticle(article);
  });
  Atomics.store(progress, 0, -1);
  parentPort!.postMessage({ outcomes } satisfies ExtractReply);
});
