import type { Passage } from '../text/passages.js';
import { foldText, STOP_WORDS, toTerms } from '../text/normalize.js';

/**
 * The ranking of /search, shared by every engine that stores passages (the in-memory index and
 * PostgreSQL), so both answer a question alike: rare-term weight (idf), doubled for names, a
 * third for a word only the article's title holds, scaled by the share of the question matched,
 * doubled for the exact phrase, earlier passages first on a tie.
 */

/** How many candidates an engine ranks when its selective words find them. */
export const CANDIDATES = 200;
/** How many when the question has no selective word and the rarest word alone finds them. */
export const WIDE_CANDIDATES = 1000;
/** A word in more than this share of all passages is too common to find candidates with. */
const COMMON_SHARE = 0.02;

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface QueryTerm {
  word: string;
  /** Passages holding the word. */
  frequency: number;
  weight: number;
}

export interface QueryPlan {
  /** The question's distinct terms without function words, known to the corpus or not. */
  words: string[];
  /** Those the corpus holds, in the question's order. */
  known: QueryTerm[];
  /** The words candidates are found with: the selective ones, else the rarest alone. */
  finding: string[];
  /** Whether `finding` is the rarest word alone, which calls for a wider list. */
  wide: boolean;
  phrase: string;
}

/** The distinct search terms of a question, function words left out. */
export function queryWords(query: string): string[] {
  return [...new Set(toTerms(query))].filter((term) => !STOP_WORDS.has(term));
}

/**
 * Weighs a question's words against the corpus: `frequency` gives the passages holding a word
 * (0 or undefined for none), `total` the passages in all. Null when no word is in the corpus.
 */
export function planQuery(
  query: string,
  frequency: (word: string) => number | undefined,
  total: number,
  words = queryWords(query),
): QueryPlan | null {
  const names = new Set(toTerms(query.match(/\b\p{Lu}[\p{L}'-]*/gu)?.join(' ') ?? ''));
  const known: QueryTerm[] = [];
  for (const word of words) {
    const count = frequency(word) ?? 0;
    if (count <= 0) continue;
    known.push({ word, frequency: count, weight: Math.log(1 + total / count) * (names.has(word) ? 2 : 1) });
  }
  if (known.length === 0) return null;
  // Candidates come from the rarer words: a word in a tenth of all passages ("mln", "said")
  // makes a lookup walk huge lists and adds almost nothing to the ranking, which sees every word.
  const byRarity = [...known].sort((a, b) => a.frequency - b.frequency);
  const selective = byRarity.filter((term) => term.frequency < total * COMMON_SHARE);
  // With no selective word, the rarest one alone gives a wider candidate list: a single list is
  // a slice, while intersecting two huge lists is what costs.
  const finding = (selective.length > 0 ? selective : byRarity.slice(0, 1)).map((term) => term.word);
  return { words, known, finding, wide: selective.length === 0, phrase: foldText(query).replace(/\s+/g, ' ').trim() };
}

/**
 * A candidate's score, or null when it holds none of the known words. `inPassage(index)` and
 * `inTitle(index)` tell whether the passage and its article's title hold `plan.known[index]`.
 */
export function scorePassage(
  plan: QueryPlan,
  passage: Passage,
  inPassage: (index: number) => boolean,
  inTitle: (index: number) => boolean,
): number | null {
  let score = 0;
  let matched = 0;
  plan.known.forEach((term, index) => {
    if (inPassage(index)) {
      score += term.weight;
      matched++;
    } else if (inTitle(index)) {
      score += term.weight * 0.3;
    }
  });
  if (matched === 0) return null;
  // Every query word counts, the unknown ones too: a passage that holds half the question is half an answer.
  score *= matched / plan.words.length;
  // Folding text is the costly step: only passages that hold every word can hold the phrase.
  if (plan.words.length > 1 && matched === plan.words.length && foldText(passage.text).includes(plan.phrase)) {
    score *= 2;
  }
  return score - passage.position * 1e-3;
}

/** The best `limit` hits, best first. */
export function bestHits(hits: PassageHit[], limit: number): PassageHit[] {
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
