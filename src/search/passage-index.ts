import FlexSearch from 'flexsearch';
import type { Article } from '../corpus/article.js';
import { foldText, STOP_WORDS, toTerms } from '../text/normalize.js';
import { splitPassages, type Passage } from '../text/passages.js';

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface PassageIndex {
  passages: readonly Passage[];
  search(query: string, limit?: number): PassageHit[];
}

interface IndexedPassage {
  id: number;
  text: string;
  title: string;
  [key: string]: string | number;
}

// flexsearch's own encoders stem names badly (../shared/docs/flexsearch-notes.md); terms are
// folded and stemmed by toTerms before they reach it, so it only has to match them exactly.
const INDEX_OPTIONS = {
  document: {
    id: 'id',
    index: [
      { field: 'text', tokenize: 'strict', encoder: FlexSearch.Charset.Exact, resolution: 9 },
      { field: 'title', tokenize: 'strict', encoder: FlexSearch.Charset.Exact, resolution: 9 },
    ],
  },
} as const;

const CANDIDATES = 300;

/**
 * Passages of every article in a flexsearch Document index. flexsearch finds candidates fast;
 * they are then ranked by rare-term weight (idf), with a bonus for the exact phrase and for
 * names, since flexsearch alone scores by term position (poor for single names).
 */
export function buildPassageIndex(articles: readonly Article[]): PassageIndex {
  const passages: Passage[] = [];
  const titles = new Map<string, string>();
  const documentFrequency = new Map<string, number>();
  const index = new FlexSearch.Document<IndexedPassage>(INDEX_OPTIONS as never);
  for (const article of articles) {
    titles.set(article.id, article.title);
    const titleTerms = toTerms(article.title).join(' ');
    for (const passage of splitPassages(article)) {
      const id = passages.length;
      passages.push(passage);
      const terms = toTerms(passage.text);
      for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      index.add({ id, text: terms.join(' '), title: titleTerms });
    }
  }
  const idf = (term: string): number => Math.log(1 + passages.length / (documentFrequency.get(term) ?? 0.5));

  function search(query: string, limit = 10): PassageHit[] {
    // Function words alone match every passage equally: that is no answer (and flexsearch's
    // database adapters reject such queries, ../shared/docs/flexsearch-notes.md pitfall 11).
    const terms = [...new Set(toTerms(query))].filter((term) => !STOP_WORDS.has(term));
    if (terms.length === 0) return [];
    const encoded = terms.join(' ');
    const candidates = new Set<number>();
    for (const options of [{ limit: CANDIDATES }, { limit: CANDIDATES, suggest: true }]) {
      for (const field of index.search(encoded, options as never) as unknown as Array<{ result: number[] }>) {
        for (const id of field.result) candidates.add(Number(id));
      }
      if (candidates.size >= limit) break;
    }
    const nameTerms = new Set(toTerms(query.match(/\b\p{Lu}[\p{L}'-]*/gu)?.join(' ') ?? ''));
    const phrase = foldText(query).replace(/\s+/g, ' ').trim();
    const hits: PassageHit[] = [];
    for (const id of candidates) {
      const passage = passages[id]!;
      const passageTerms = new Set(toTerms(passage.text));
      const titleTerms = new Set(toTerms(titles.get(passage.articleId) ?? ''));
      let score = 0;
      let matched = 0;
      for (const term of terms) {
        const weight = idf(term) * (nameTerms.has(term) ? 2 : 1);
        if (passageTerms.has(term)) {
          score += weight;
          matched++;
        } else if (titleTerms.has(term)) {
          score += weight * 0.3;
        }
      }
      if (matched === 0) continue;
      score *= matched / terms.length;
      if (terms.length > 1 && foldText(passage.text).includes(phrase)) score *= 2;
      hits.push({ passage, score: score - passage.position * 1e-3 });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  return { passages, search };
}
