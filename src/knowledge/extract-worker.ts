import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { extractArticle } from './build-knowledge.js';

export interface ExtractRequest {
  articles: Article[];
}

export type ExtractReply = { extractions: ArticleExtraction[] } | { error: string };

// Extraction is pure and CPU-bound: batches arrive here so several cores share the corpus.
parentPort!.on('message', ({ articles }: ExtractRequest) => {
  try {
    parentPort!.postMessage({ extractions: articles.map(extractArticle) } satisfies ExtractReply);
  } catch (error) {
    parentPort!.postMessage({
      error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
    } satisfies ExtractReply);
  }
});
