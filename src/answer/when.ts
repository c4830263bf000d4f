import type { Article } from '../corpus/article.js';
import { eventWords } from '../extract/dates/event-words.js';
import type { DatedEvent } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { splitSentences } from '../text/sentences.js';
import { citeArticle } from './citation.js';
import type { WhenAnswer } from './types.js';

/**
 * /when: the question is matched to dated events (and to each article's news itself, dated by
 * its publication date) by the share of its content words they hold, rarer words and names
 * weighing more. Tables are built once; a question only walks the postings of its own words.
 */

// Below this share of the question's weight a match is a coincidence of common words.
const MIN_COVERAGE = 0.6;
const MAX_ANSWERS = 5;
const NAME_WEIGHT = 2;
// An event sentence often leaves out who it is about ("The company said the plan, originally
// adopted February 18, ..."): the headline and lead of its article count, at a discount.
const CONTEXT_WEIGHT = 0.5;
// On equal coverage the passage with fewer words beside the question's wins (a headline over a
// long sentence that happens to hold the same words), then an event over the bare news.
const DENSITY_WEIGHT = 0.1;
const EVENT_BONUS = 0.001;
// A binary search costs about this many steps of walking a posting list.
const PROBE_COST = 16;
const QUESTION_WORDS = new Set(['happen', 'happened', 'occur', 'occurred', 'date', 'did']);

interface Candidate {
  article: Article;
  /** The dated event, or null for the article's news itself. */
  event: DatedEvent | null;
  passage: string;
  keyCount: number;
}

export function createWhenAnswerer(knowledge: Knowledge): (query: string) => WhenAnswer[] {
  const candidates: Candidate[] = [];
  // Own words: word -> candidates whose passage holds it.
  const postings = new Map<string, number[]>();
  // Context: word -> articles whose headline or lead holds it; each article's events follow.
  const contextPostings = new Map<string, number[]>();
  const articleEvents: Array<{ first: number; end: number }> = [];
  // For each candidate, the index of its article in articleEvents (-1 for the news itself).
  const eventArticle: number[] = [];
  for (const article of knowledge.articles.values()) {
    // The news itself is matched on the headline and on the lead separately, so a lead that
    // also holds a dated event ties with that event instead of outscoring it.
    const context = new Set<string>();
    for (const passage of newsPassages(article)) {
      const keys = eventWords(passage);
      addPostings(postings, keys, candidates.push({ article, event: null, passage, keyCount: keys.size }) - 1);
      eventArticle.push(-1);
      for (const key of keys) context.add(key);
    }
    const first = candidates.length;
    for (const event of knowledge.extractions.get(article.id)?.events ?? []) {
      const keys = eventWords(event.sentence);
      addPostings(postings, keys, candidates.push({ article, event, passage: event.sentence, keyCount: keys.size }) - 1);
      eventArticle.push(articleEvents.length);
    }
    if (candidates.length > first) {
      addPostings(contextPostings, context, articleEvents.push({ first, end: candidates.length }) - 1);
    }
  }
  const documentCount = candidates.length;
  const inverseFrequency = (key: string): number => Math.log(1 + documentCount / (postings.get(key)?.length ?? 1));
  const scores = new Float64Array(documentCount);
  const ownTerms = new Uint8Array(documentCount);
  const seen = new Uint8Array(documentCount);
  // Which question word last matched a candidate's own words, so context does not count it twice.
  const ownStamp = new Int32Array(documentCount).fill(-1);

  return (query) => {
    const weights = [...questionWeights(query, inverseFrequency)].sort((a, b) => b[1] - a[1]);
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    if (total === 0) return [];
    const needed = MIN_COVERAGE * total;
    const touched: number[] = [];
    const add = (candidate: number, amount: number, admitsNew: boolean): void => {
      if (!seen[candidate]) {
        if (!admitsNew) return;
        seen[candidate] = 1;
        touched.push(candidate);
      }
      scores[candidate] = scores[candidate]! + amount;
    };
    let remaining = total;
    // Rare words first; once the words left cannot reach the threshold on their own, a common
    // word only adds to candidates already found, so "company" never walks the whole corpus.
    weights.forEach(([key, weight], keyIndex) => {
      const admitsNew = remaining >= needed;
      remaining -= weight;
      const own = postings.get(key) ?? [];
      const context = contextPostings.get(key) ?? [];
      if (!admitsNew && touched.length * PROBE_COST < own.length + context.length) {
        // Only candidates already found can still gain: probe them in the sorted postings.
        for (const candidate of touched) {
          if (includesSorted(own, candidate)) {
            scores[candidate] = scores[candidate]! + weight;
            ownTerms[candidate] = ownTerms[candidate]! + 1;
          } else if (eventArticle[candidate]! >= 0 && includesSorted(context, eventArticle[candidate]!)) {
            scores[candidate] = scores[candidate]! + weight * CONTEXT_WEIGHT;
          }
        }
        return;
      }
      for (const candidate of own) {
        add(candidate, weight, admitsNew);
        if (seen[candidate]) {
          ownTerms[candidate] = ownTerms[candidate]! + 1;
          ownStamp[candidate] = keyIndex;
        }
      }
      for (const articleIndex of context) {
        const { first, end } = articleEvents[articleIndex]!;
        for (let candidate = first; candidate < end; candidate++) {
          if (ownStamp[candidate] !== keyIndex) add(candidate, weight * CONTEXT_WEIGHT, admitsNew);
        }
      }
    });
    const minimumTerms = Math.min(2, weights.length);
    const ranked: Array<{ candidate: Candidate; score: number }> = [];
    for (const index of touched) {
      if (scores[index]! >= needed && ownTerms[index]! >= minimumTerms) {
        const candidate = candidates[index]!;
        const density = ownTerms[index]! / Math.max(1, candidate.keyCount);
        const score = scores[index]! / total + DENSITY_WEIGHT * density + (candidate.event ? EVENT_BONUS : 0);
        ranked.push({ candidate, score });
      }
      scores[index] = 0;
      ownTerms[index] = 0;
      ownStamp[index] = -1;
      seen[index] = 0;
    }
    ranked.sort((a, b) => b.score - a.score);
    return toAnswers(ranked.map((entry) => entry.candidate));
  };
}

/** Postings are built in index order, so membership is a binary search. */
function includesSorted(list: number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function addPostings(postings: Map<string, number[]>, keys: Iterable<string>, index: number): void {
  for (const key of keys) {
    const list = postings.get(key);
    if (list) list.push(index);
    else postings.set(key, [index]);
  }
}

/** One answer per distinct event; the same sentence in several articles (agency copies) cites them all. */
function toAnswers(ranked: Candidate[]): WhenAnswer[] {
  const answers: WhenAnswer[] = [];
  const byKey = new Map<string, WhenAnswer>();
  for (const { article, event, passage } of ranked) {
    const citation = citeArticle(article, passage);
    const answer: WhenAnswer = event
      ? { date: event.date, dateText: event.dateText, event: event.event, citations: [citation] }
      : { date: article.published, event: article.title, citations: [citation] };
    const key = `${answer.date}\u0000${answer.dateText ?? ''}\u0000${answer.event}`;
    const earlier = byKey.get(key);
    if (earlier) {
      if (!earlier.citations.some((cited) => cited.article === article.id)) earlier.citations.push(citation);
      continue;
    }
    if (answers.length === MAX_ANSWERS) continue;
    byKey.set(key, answer);
    answers.push(answer);
  }
  return answers;
}

function newsPassages(article: Article): string[] {
  const passages = article.title.trim() ? [article.title.trim()] : [];
  const lead = splitSentences(article.paragraphs[0] ?? '')[0]?.text;
  if (lead && lead !== passages[0]) passages.push(lead);
  return passages;
}

function questionWeights(query: string, inverseFrequency: (key: string) => number): Map<string, number> {
  const names = new Set(
    (query.match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).flatMap((word) => [...eventWords(word)]),
  );
  const weights = new Map<string, number>();
  for (const key of eventWords(query)) {
    if (QUESTION_WORDS.has(key)) continue;
    weights.set(key, inverseFrequency(key) * (names.has(key) ? NAME_WEIGHT : 1));
  }
  return weights;
}
