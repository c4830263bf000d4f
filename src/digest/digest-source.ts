import type { Article } from '../corpus/article.js';
import type { DigestKnowledge } from './types.js';

/**
 * What the digest reads from the core: the current articles and what was extracted from them.
 * The briefing service is one (its `knowledge()` holds more than this); tests grow their own.
 */
export interface DigestSource {
  listArticles(): Article[];
  knowledge(): DigestKnowledge;
}
