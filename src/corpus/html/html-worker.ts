import { parentPort } from 'node:worker_threads';
import { parseHtml } from '../parse-html.js';
import type { ParsedArticle } from '../parsed-article.js';

export interface HtmlRequest {
  html: string;
}

export type HtmlReply = { article: ParsedArticle } | { error: string } | { ready: true };

// One page at a time: the pool times each one and ends this thread if a page runs too long.
parentPort!.on('message', ({ html }: HtmlRequest) => {
  try {
    parentPort!.postMessage({ article: parseHtml(html) } satisfies HtmlReply);
  } catch (error) {
    parentPort!.postMessage({
      error: `cannot be parsed (${error instanceof Error ? error.message : String(error)})`,
    } satisfies HtmlReply);
  }
});

parentPort!.postMessage({ ready: true } satisfies HtmlReply);
