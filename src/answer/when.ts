import type { Article } from '../corpus/article.js';
import type { DatedEvent } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { splitSentences } from '../text/sentences.js';
import { toContentTerms } from '../text/normalize.js';
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
// On equal coverage an event wins over the bare publication date: its date is in the text.
const EVENT_BONUS = 0.01;
const QUESTION_WORDS = new Set(['happen', 'happened', 'occur', 'occurred', 'date', 'did']);
const IRREGULAR_PAST: Record<string, string> = {
  met: 'meet', fought: 'fight', won: 'win', lost: 'lose', sold: 'sell', bought: 'buy', rose: 'rise',
  fell: 'fall', began: 'begin', held: 'hold', struck: 'strike', paid: 'pay', told: 'tell', gave: 'give',
  made: 'make', took: 'take', went: 'go', came: 'come', led: 'lead', fled: 'flee',
};
const AGENCY_DATELINE = /^[A-Z][A-Za-z .,'&()/-]{0,60}, [A-Z][a-z]{2,8}\.? \d{1,2} [-\u2013\u2014] /;

interface Candidate {
  article: Article;
  /** The dated event, or null for the article's news itself. */
  event: DatedEvent | null;
  passage: string;
  keys: Set<string>;
}

export function createWhenAnswerer(knowledge: Knowledge): (query: string) => WhenAnswer[] {
  const candidates = collectCandidates(knowledge);
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    for (const key of candidate.keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const inverseFrequency = (key: string): number => Math.log(1 + candidates.length / (postings.get(key)?.length ?? 1));

  const scores = new Float64Array(candidates.length);
  const termCounts = new Uint8Array(candidates.length);

  return (query) => {
    const weights = [...questionWeights(query, inverseFrequency)].sort((a, b) => b[1] - a[1]);
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    if (total === 0) return [];
    const needed = MIN_COVERAGE * total;
    const touched: number[] = [];
    let remaining = total;
    // Rare words first; once the words left cannot reach the threshold on their own, a common
    // word only adds to candidates already found, so "company" never walks the whole corpus.
    for (const [key, weight] of weights) {
      const admitsNew = remaining >= needed;
      remaining -= weight;
      for (const index of postings.get(key) ?? []) {
        if (termCounts[index] === 0) {
          if (!admitsNew) continue;
          touched.push(index);
        }
        scores[index] = scores[index]! + weight;
        termCounts[index] = termCounts[index]! + 1;
      }
    }
    const minimumTerms = Math.min(2, weights.length);
    const ranked: Array<{ candidate: Candidate; score: number }> = [];
    for (const index of touched) {
      if (scores[index]! >= needed && termCounts[index]! >= minimumTerms) {
        ranked.push({ candidate: candidates[index]!, score: rankScore(candidates[index]!, scores[index]! / total) });
      }
      scores[index] = 0;
      termCounts[index] = 0;
    }
    ranked.sort((a, b) => b.score - a.score || a.candidate.passage.length - b.candidate.passage.length);
    return toAnswers(ranked.map((entry) => entry.candidate));
  };
}

function rankScore(candidate: Candidate, coverage: number): number {
  return coverage + (candidate.event ? EVENT_BONUS : 0);
}

function toAnswers(ranked: Candidate[]): WhenAnswer[] {
  const answers: WhenAnswer[] = [];
  const seen = new Set<string>();
  for (const { article, event, passage } of ranked) {
    const answer: WhenAnswer = event
      ? { date: event.date, dateText: event.dateText, event: event.event, citations: [citeArticle(article, passage)] }
      : { date: article.published, event: article.title, citations: [citeArticle(article, passage)] };
    const key = `${answer.date}\u0000${answer.dateText ?? ''}\u0000${answer.event}`;
    if (seen.has(key)) continue;
    seen.add(key);
    answers.push(answer);
    if (answers.length === MAX_ANSWERS) break;
  }
  return answers;
}

function collectCandidates(knowledge: Knowledge): Candidate[] {
  const candidates: Candidate[] = [];
  for (const article of knowledge.articles.values()) {
    // The news itself is matched on the title and on the lead sentence separately, so a lead
    // that also holds a dated event ties with that event instead of outscoring it.
    for (const passage of newsPassages(article)) {
      candidates.push({ article, event: null, passage, keys: matchKeys(passage) });
    }
    for (const event of knowledge.extractions.get(article.id)?.events ?? []) {
      candidates.push({ article, event, passage: event.sentence, keys: matchKeys(event.sentence) });
    }
  }
  return candidates;
}

function newsPassages(article: Article): string[] {
  const passages = article.title.trim() ? [article.title.trim()] : [];
  const lead = splitSentences(article.paragraphs[0] ?? '')[0]?.text;
  if (lead && lead !== passages[0]) passages.push(lead);
  return passages;
}

function questionWeights(query: string, inverseFrequency: (key: string) => number): Map<string, number> {
  const names = new Set(
    (query.match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).flatMap((word) => [...matchKeys(word)]),
  );
  const weights = new Map<string, number>();
  for (const key of matchKeys(query)) {
    if (QUESTION_WORDS.has(key)) continue;
    weights.set(key, inverseFrequency(key) * (names.has(key) ? NAME_WEIGHT : 1));
  }
  return weights;
}

/** Content words folded so that plurals and the common verb endings meet ("warns", "warned"). */
function matchKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const term of toContentTerms(text.replace(AGENCY_DATELINE, ''))) keys.add(foldVerb(term));
  return keys;
}

// The vocabulary is small next to the number of words folded at index time.
const foldedVerbs = new Map<string, string>();

function foldVerb(term: string): string {
  let folded = foldedVerbs.get(term);
  if (folded === undefined) {
    folded = foldVerbUncached(term);
    foldedVerbs.set(term, folded);
  }
  return folded;
}

function foldVerbUncached(term: string): string {
  const irregular = IRREGULAR_PAST[term];
  if (irregular) return foldVerb(irregular);
  let stem = term;
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"; "called" keeps its double l.
  if (stem !== term && /([b-df-hj-kmnp-tv-z])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
