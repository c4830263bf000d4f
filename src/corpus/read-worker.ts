import { parentPort } from 'node:worker_threads';
import type { Article, SkippedFile } from './article.js';
import { loadFile, type FileOptions } from './load-corpus.js';

export interface ReadRequest {
  id: number;
  absolute: string;
  relative: string;
  options: FileOptions;
}

export type ReadReply = { id: number; result: Article[] | SkippedFile } | { ready: true };

// Large files are read and parsed here, so the serving thread never holds for them.
parentPort!.on('message', ({ id, absolute, relative, options }: ReadRequest) => {
  void loadFile(absolute, relative, options).then(
    (result) => parentPort!.postMessage({ id, result } satisfies ReadReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        result: { path: relative, reason: `cannot be read (${(error as Error).message})` },
      } satisfies ReadReply),
  );
});

// Loaded: the budget of the first file starts now, not while this thread was starting.
parentPort!.postMessage({ ready: true } satisfies ReadReply);
