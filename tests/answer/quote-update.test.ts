import { describe, expect, it } from 'vitest';
import type { KnowledgeChange } from '../../src/answer/answerer.js';
import { createQuoteAnswerer } from '../../src/answer/quote.js';
import { buildTables, entryCount, type QuoteTables } from '../../src/answer/quote/tables.js';
import { postingLength } from '../../src/answer/when/posting-lists.js';
import { compactTables, updateTables } from '../../src/answer/quote/update-tables.js';
import type { Article } from '../../src/corpus/article.js';
import {
  FINANCE_CHANGED,
  knowledgeOf,
  QUOTE_QUESTIONS,
  QUOTE_STORIES,
  SHIPPING,
  SPORT,
  TALKS,
} from './quote-fixture.js';

const replace = (articles: readonly Article[], changed: Article): Article[] =>
  articles.map((item) => (item.id === changed.id ? changed : item));
const without = (articles: readonly Article[], id: string): Article[] => articles.filter((item) => item.id !== id);

/** Each step: the corpus after a reload, and the change the engine would report. */
const STEPS: Array<{ name: string; articles: Article[]; change: KnowledgeChange }> = [
  {
    name: 'a surname-only speaker added',
    articles: [...QUOTE_STORIES, TALKS],
    change: { removed: [], upserted: ['talks-08'] },
  },
  {
    name: 'a namesake added, which unlinks the surname',
    articles: [...QUOTE_STORIES, TALKS, SPORT],
    change: { removed: [], upserted: ['sport-09'] },
  },
  {
    name: 'an article changed',
    articles: [...replace(QUOTE_STORIES, FINANCE_CHANGED), TALKS, SPORT],
    change: { removed: [], upserted: ['fin-01'] },
  },
  {
    name: 'an article removed and another added',
    articles: [...without(replace(QUOTE_STORIES, FINANCE_CHANGED), 'bank-04'), TALKS, SPORT, SHIPPING],
    change: { removed: ['bank-04'], upserted: ['ship-10'] },
  },
  {
    name: 'the namesake removed, the change undone, the removed article back',
    articles: [...QUOTE_STORIES, TALKS, SHIPPING],
    change: { removed: ['sport-09'], upserted: ['fin-01', 'bank-04'] },
  },
  {
    name: 'everything removed',
    articles: [],
    change: { removed: [...QUOTE_STORIES.map((item) => item.id), 'talks-08', 'ship-10'], upserted: [] },
  },
  {
    name: 'everything back',
    articles: [...QUOTE_STORIES, SPORT],
    change: { removed: [], upserted: [...QUOTE_STORIES.map((item) => item.id), 'sport-09'] },
  },
];

/** The tables' content apart from numbering: live entries by article and words, and posting lengths. */
function describeTables(tables: QuoteTables): {
  entries: string[];
  quoteFrequency: Record<string, number>;
  speakerFrequency: Record<string, number>;
} {
  const entries: string[] = [];
  const wordsOf = (starts: QuoteTables['quoteTermStart'], terms: QuoteTables['quoteTerms'], entry: number): string =>
    Array.from(
      terms.values.subarray(starts.values[entry], starts.values[entry + 1]),
      (term) => tables.vocabulary[term]!,
    )
      .sort()
      .join(' ');
  for (let entry = 0; entry < entryCount(tables); entry++) {
    const group = tables.entryGroup.values[entry]!;
    if (group < 0) continue;
    const speaker = wordsOf(tables.speakerTermStart, tables.speakerTerms, entry);
    entries.push(
      `${tables.groupArticle[group]} ${tables.entryQuotation.values[entry]} [${speaker}] ${wordsOf(tables.quoteTermStart, tables.quoteTerms, entry)}`,
    );
  }
  const count = (lists: QuoteTables['quotePostings']): Record<string, number> =>
    Object.fromEntries(
      tables.vocabulary
        .map((word, term) => [word, postingLength(lists, term)] as const)
        .filter(([, length]) => length > 0),
    );
  return {
    entries: entries.sort(),
    quoteFrequency: count(tables.quotePostings),
    speakerFrequency: count(tables.speakerPostings),
  };
}

describe('/quote updateTables', () => {
  it('keeps entries and postings equal to a fresh build at every step', () => {
    const tables = buildTables(knowledgeOf(QUOTE_STORIES));
    for (const step of STEPS) {
      const knowledge = knowledgeOf(step.articles);
      updateTables(tables, knowledge, step.change);
      expect(describeTables(tables), step.name).toEqual(describeTables(buildTables(knowledge)));
    }
  });

  it('compacts to the live entries in reading order, with the same content, and stays updatable', () => {
    const tables = buildTables(knowledgeOf(QUOTE_STORIES));
    for (const step of STEPS.slice(0, 4)) updateTables(tables, knowledgeOf(step.articles), step.change);
    const knowledge = knowledgeOf(STEPS[3]!.articles);
    const before = describeTables(tables);
    expect(entryCount(tables)).toBeGreaterThan(tables.liveEntries);
    compactTables(tables, knowledge);
    expect(entryCount(tables)).toBe(tables.liveEntries);
    expect(tables.groupArticle).toEqual([...knowledge.articles.keys()]);
    expect(describeTables(tables)).toEqual(before);
    const last = STEPS[4]!;
    updateTables(tables, knowledgeOf(last.articles), last.change);
    expect(describeTables(tables)).toEqual(describeTables(buildTables(knowledgeOf(last.articles))));
  });
});

describe('createQuoteAnswerer update', () => {
  it('answers after each update exactly as a fresh build over the same knowledge', () => {
    const answerer = createQuoteAnswerer(knowledgeOf(QUOTE_STORIES));
    let answered = 0;
    for (const step of STEPS) {
      const knowledge = knowledgeOf(step.articles);
      answerer.update(knowledge, step.change);
      const fresh = createQuoteAnswerer(knowledge);
      for (const question of QUOTE_QUESTIONS) {
        const answers = answerer.answer(question);
        expect(answers, `${step.name}: ${question}`).toEqual(fresh.answer(question));
        if (answers.length > 0) answered++;
      }
    }
    // Most questions find something at most steps: the comparison is not between empty lists.
    expect(answered).toBeGreaterThan(STEPS.length * QUOTE_QUESTIONS.length * 0.5);
  });

  it('follows the people directory: a namesake unlinks a surname, its removal links it back', () => {
    const answerer = createQuoteAnswerer(knowledgeOf(QUOTE_STORIES));
    const speakerOf = (question: string): string[] => answerer.answer(question).map((answer) => answer.speaker);
    answerer.update(knowledgeOf(STEPS[0]!.articles), STEPS[0]!.change);
    expect(speakerOf('taxes agreement')).toEqual(['Maria Keller']);
    answerer.update(knowledgeOf(STEPS[1]!.articles), STEPS[1]!.change);
    expect(speakerOf('taxes agreement')).toEqual(['Keller']);
    expect(speakerOf('Thomas Keller')).toEqual(['Thomas Keller']);
    answerer.update(knowledgeOf(STEPS[2]!.articles), STEPS[2]!.change);
    answerer.update(knowledgeOf(STEPS[3]!.articles), STEPS[3]!.change);
    answerer.update(knowledgeOf(STEPS[4]!.articles), STEPS[4]!.change);
    expect(speakerOf('taxes agreement')).toEqual(['Maria Keller']);
    expect(speakerOf('Thomas Keller')).toEqual([]);
  });

  it('finds added and changed quotations, and forgets removed ones', () => {
    const answerer = createQuoteAnswerer(knowledgeOf(QUOTE_STORIES));
    const quotesOf = (question: string): string[] => answerer.answer(question).map((answer) => answer.quote);
    expect(quotesOf('Lars Nilsen')).toEqual([]);
    for (const step of STEPS.slice(0, 4)) answerer.update(knowledgeOf(step.articles), step.change);
    expect(quotesOf('Lars Nilsen')).toEqual([
      'Freight rates have recovered and we need more ships',
      'Rates could fall again next year',
    ]);
    expect(quotesOf('exports fall first half')).toEqual(['We expect exports to fall in the first half']);
    expect(quotesOf('economy grow two percent')).toEqual([]);
    expect(quotesOf('Paul Brennan')).toEqual([]);
    // The added article's quotations come after those of the articles before it in the corpus.
    expect(answerer.answer('rates').map((answer) => answer.citations[0]!.article)).toEqual(['ship-10', 'ship-10']);
  });

  it('ranks ties in the corpus order, wherever an update appended the article', () => {
    const articles = [SHIPPING, ...QUOTE_STORIES];
    const answerer = createQuoteAnswerer(knowledgeOf(QUOTE_STORIES));
    answerer.update(knowledgeOf(articles), { removed: [], upserted: ['ship-10'] });
    const fresh = createQuoteAnswerer(knowledgeOf(articles));
    expect(answerer.answer('rates').map((answer) => answer.citations[0]!.article)).toEqual([
      'ship-10',
      'ship-10',
      'bank-04',
      // said where its paragraph speaks of rates, not in the quoted words: after those that are
      'bank-04',
    ]);
    for (const question of QUOTE_QUESTIONS) expect(answerer.answer(question), question).toEqual(fresh.answer(question));
  });

  it('compacts after many reloads of the same articles and still answers as a fresh build', () => {
    const knowledge = knowledgeOf([...QUOTE_STORIES, SHIPPING]);
    const answerer = createQuoteAnswerer(knowledge);
    const ids = [...knowledge.articles.keys()];
    for (let round = 0; round < 200; round++) answerer.update(knowledge, { removed: [], upserted: ids });
    const fresh = createQuoteAnswerer(knowledge);
    for (const question of QUOTE_QUESTIONS) expect(answerer.answer(question), question).toEqual(fresh.answer(question));
  });
});
