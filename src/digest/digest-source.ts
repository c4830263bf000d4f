import type { Article } from '../corpus/article.js';
import type { DigestKnowledge } from './types.js';

/** What a digest of some articles reads: those articles with their bodies, and what was extracted from them. */
export interface DigestStories {
  articles: Article[];
  knowledge: DigestKnowledge;
}

/**
 * What the digest reads from the core: the current articles, then the stories of those it
 * analyses. The briefing service is one (from its build, or from PostgreSQL, whose list holds
 * no bodies); tests grow their own.
 */
export interface DigestSource {
  listArticles(): Article[] | Promise<Article[]>;
  readStories(articles: readonly Article[]): DigestStories | Promise<DigestStories>;
}
