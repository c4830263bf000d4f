import type { Article } from '../corpus/article.js';
import { linkPeople, updatePeopleDirectory, type PeopleChange } from '../extract/people/index.js';
import type { ArticleExtraction, PeopleDirectory } from '../extract/types.js';
import { extractInWorkers } from './extract-in-workers.js';
import type { OwnedKnowledge } from './knowledge.js';

// Where scripts and the extraction tests have long found it.
export { extractArticle } from './extract-article.js';

export interface BuildKnowledgeOptions {
  /** An extraction made earlier for the same content, to reuse instead of extracting again. */
  cached?: (article: Article) => ArticleExtraction | undefined;
  /** The previous build's people and what changed since: only the touched names are linked again. */
  people?: { previous: PeopleDirectory; change: PeopleChange };
  /** Worker threads for extraction (default: one a core; 0 keeps it on this thread). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Runs every extractor once over the corpus (new content only), then links people across articles. */
export async function buildKnowledge(
  articles: readonly Article[],
  options: BuildKnowledgeOptions = {},
): Promise<OwnedKnowledge> {
  const results: ArticleExtraction[] = new Array(articles.length);
  const missing: Article[] = [];
  const missingAt: number[] = [];
  articles.forEach((article, index) => {
    const cached = options.cached?.(article);
    if (cached) {
      results[index] = cached.articleId === article.id ? cached : { ...cached, articleId: article.id };
    } else {
      missing.push(article);
      missingAt.push(index);
    }
  });
  const reused = articles.length - missing.length;
  const fresh = await extractInWorkers(missing, {
    workers: options.workers,
    onProgress: (done) => options.onProgress?.(reused + done, articles.length),
  });
  fresh.forEach((extraction, index) => {
    results[missingAt[index]!] = extraction;
  });
  options.onProgress?.(articles.length, articles.length);
  // Corpus order, so that linking and answers do not depend on which thread finished first.
  const extractions = new Map(articles.map((article, index) => [article.id, results[index]!]));
  return {
    articles: new Map(articles.map((article) => [article.id, article])),
    extractions,
    people: options.people
      ? updatePeopleDirectory(options.people.previous, extractions, options.people.change)
      : linkPeople([...articles], extractions.values()),
  };
}
