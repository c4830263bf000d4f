import type { Answerer, KnowledgeChange } from '../answer/answerer.js';
import { citeArticle } from '../answer/citation.js';
import { createQuoteAnswererInSteps } from '../answer/quote.js';
import type { Answer, AnswerSet, CommandName, SearchAnswer } from '../answer/types.js';
import { createWhenAnswererInSteps } from '../answer/when.js';
import { createWhoAnswererInSteps, type WhoAnswerer } from '../answer/who.js';
import type { Article, CorpusLoad } from '../corpus/article.js';
import type { Knowledge, OwnedKnowledge } from '../knowledge/knowledge.js';
import { PassageIndex } from '../search/passage-index.js';
import { runSteps, type Steps } from '../steps.js';
import { createCopyCheck } from '../corpus/duplicates.js';
import { foldCopies } from './fold-copies.js';

export const COMMANDS: readonly CommandName[] = ['who', 'when', 'quote', 'search'];
export const MAX_QUERY_LENGTH = 300;
// A speaker's quotations are a list one reads through (the adapters page it); other answers are a best few.
const MAX_ANSWERS: Record<CommandName, number> = { who: 10, when: 10, quote: 30, search: 10 };

export type TableCommand = Exclude<CommandName, 'search'>;
export type Answerers = Record<TableCommand, Answerer<Answer>> & { who: WhoAnswerer };
/** Each answerer's tables as plain data, for a snapshot. */
export type AnswererSnapshots = Partial<Record<TableCommand, unknown>>;

/** One build of the corpus: what a reload replaces as a whole. */
export interface Engine {
  knowledge: OwnedKnowledge;
  passages: PassageIndex;
  answerers: Answerers;
  /** The load it was built from: the next reload reads only what differs from it. */
  corpus: CorpusLoad;
  answer(command: CommandName, query: string): AnswerSet;
}

/** Builds (or restores) the answerers' tables over the knowledge. Synchronous and CPU-bound. */
export function createAnswerers(knowledge: Knowledge, snapshots: AnswererSnapshots = {}): Answerers {
  return runSteps(createAnswerersInSteps(knowledge, snapshots));
}

/** The same, a step an article or person, for a reload that must leave questions flowing. */
export function* createAnswerersInSteps(knowledge: Knowledge, snapshots: AnswererSnapshots = {}): Steps<Answerers> {
  const who = yield* createWhoAnswererInSteps(knowledge, snapshots.who);
  return {
    who,
    when: yield* createWhenAnswererInSteps(knowledge, snapshots.when),
    quote: yield* createQuoteAnswererInSteps(knowledge, snapshots.quote, (phrase) => who.findPersonByRole(phrase)),
  };
}

/** Applies a reload's change to every answerer's tables in place. */
export function updateAnswerers(answerers: Answerers, knowledge: Knowledge, change: KnowledgeChange): void {
  for (const answerer of Object.values(answerers)) answerer.update(knowledge, change);
}

export function snapshotAnswerers(answerers: Answerers): AnswererSnapshots {
  return Object.fromEntries(Object.entries(answerers).map(([command, answerer]) => [command, answerer.toSnapshot()]));
}

/** Copies of one story among the articles answers cite (fingerprints of recent ones kept). */
const isCopy = createCopyCheck();

/** Puts the parts together; `answerers` default to tables built over the knowledge. */
export function assembleEngine(
  load: CorpusLoad,
  knowledge: OwnedKnowledge,
  passages: PassageIndex,
  answerers = createAnswerers(knowledge),
): Engine {
  return {
    knowledge,
    passages,
    answerers,
    corpus: load,
    answer(command, query) {
      const problem = checkQuery(command, query);
      if (problem) return { command, query, answers: [], error: problem };
      const cleaned = cleanQuery(query);
      const limit = MAX_ANSWERS[command];
      const all = command === 'search' ? null : answerers[command].answer(cleaned);
      const find = (count: number): Answer[] =>
        all ? all.slice(0, count) : answerSearch(knowledge, passages, cleaned, count);
      const fold = (found: Answer[]): Answer[] => foldCopies(found, (id) => knowledge.articles.get(id), isCopy);
      const found = find(limit);
      let answers = fold(found);
      // Copies folded into others leave room: look twice as far for the answers that fill it.
      if (answers.length < found.length) answers = fold(find(limit * 2));
      return { command, query, answers: answers.slice(0, limit) };
    },
  };
}

/** A reason the question cannot be asked, phrased for the person asking; null when it can. */
export function checkQuery(command: string, query: string): string | null {
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return `Unknown command "${command}". Try one of: ${COMMANDS.join(', ')}.`;
  }
  const cleaned = cleanQuery(query);
  if (!/[\p{L}\p{N}]/u.test(cleaned))
    return `Ask /${command} with a few words, for example: ${EXAMPLES[command as CommandName]}`;
  if (cleaned.length > MAX_QUERY_LENGTH) {
    return `That question is ${cleaned.length} characters long; keep it under ${MAX_QUERY_LENGTH}.`;
  }
  return null;
}

export const EXAMPLES: Record<CommandName, string> = {
  who: '/who Shamkhani',
  when: '/when Daesh flushed out of Al-Bukamal',
  quote: '/quote Rouhani',
  search: '/search Al-Bukamal',
};

/** Invisible and control characters carry no meaning in a question and break matching. */
export function cleanQuery(query: string): string {
  return query
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '') // zero-width and direction marks sit inside words
    .replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function answerSearch(knowledge: Knowledge, index: PassageIndex, query: string, limit: number): SearchAnswer[] {
  return index.search(query, limit).map(({ passage }) => {
    const article = knowledge.articles.get(passage.articleId) as Article;
    return { text: passage.text, citations: [citeArticle(article, passage.text)] };
  });
}
