import type { Article } from '../corpus/article.js';
import { parseTextArticle } from '../corpus/parse-front-matter-article.js';
import type { ArticleExtraction } from '../extract/types.js';
import { extractArticle } from '../knowledge/extract-article.js';

// Made up, in the shape of a wire story: a dated front matter, a named person with a role, a
// relative date and a quotation, so that every extractor's main path runs.
const WARM_UP_TEXT = `---
title: Port authority names new chief
date: 2020-03-06
source: Example Wire
---
ROTTERDAM, March 6 - The port authority on Thursday named Anna de Vries, a former deputy
mayor, as its chief executive, the board said.

"We will keep the harbour open through the winter," de Vries told reporters last October.
`;

/**
 * Reads and extracts one short made-up article (the caller throws the result away). A process that
 * started from a snapshot has never run the parser or the extractors on its main thread, and
 * their first run pays for compiling them and for compromise's lexicon (~40 ms measured on the
 * first one-file reload); this pays it at start, where nobody is waiting, instead.
 */
export function warmUpExtraction(): ArticleExtraction {
  const parsed = parseTextArticle(WARM_UP_TEXT, false);
  const article: Article = { ...parsed, id: 'warm-up', path: 'warm-up.txt', contentHash: '' };
  return extractArticle(article);
}
