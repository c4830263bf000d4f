import type { Article } from '../corpus/article.js';
import type { BriefingService } from '../service/briefing-service.js';
import type { DigestKnowledge } from './types.js';

/** What the digest reads from the core: the current articles and what was extracted from them. */
export interface DigestSource {
  listArticles(): Article[];
  knowledge(): DigestKnowledge;
}

const noKnowledge: DigestKnowledge = { extractions: new Map(), people: { persons: [], byArticleName: {} } };

/**
 * Adapts the briefing service (or any source, e.g. a test's). A source without `knowledge()`
 * still gets a digest of stories, without people, quotations and events.
 */
export function digestSourceOf(service: BriefingService | DigestSource): DigestSource {
  const withKnowledge = service as Partial<DigestSource>;
  return {
    listArticles: () => service.listArticles(),
    knowledge: () => (typeof withKnowledge.knowledge === 'function' ? withKnowledge.knowledge() : noKnowledge),
  };
}
