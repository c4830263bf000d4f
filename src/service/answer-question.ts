import type { Answerers } from '../answer/answerer.js';
import { citeArticle } from '../answer/citation.js';
import { checkQuestion, cleanQuery, isCommandName } from '../answer/question/check-question.js';
import { exampleQuestion } from '../answer/question/example-questions.js';
import type { AnswerOf, AnswerSet, AnswerSetOf, CommandName, SearchAnswer } from '../answer/types.js';
import type { Article } from '../corpus/article.js';
import { createCopyCheck } from '../corpus/duplicates.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { PassageIndex } from '../search/passage-index.js';
import { foldCopies } from './fold-copies.js';

// A speaker's quotations are a list one reads through (the adapters page it); other answers are a best few.
export const MAX_ANSWERS: Record<CommandName, number> = { who: 10, when: 10, quote: 30, search: 10 };

/** Copies of one story among the articles answers cite (fingerprints of recent ones kept). */
const isCopy = createCopyCheck();

function slicesOf<A>(all: readonly A[]): (count: number) => A[] {
  return (count) => all.slice(0, count);
}

function answerSearch(knowledge: Knowledge, index: PassageIndex, query: string, limit: number): SearchAnswer[] {
  return index.search(query, limit).map(({ passage }) => {
    const article = knowledge.articles.get(passage.articleId) as Article;
    return { text: passage.text, citations: [citeArticle(article, passage.text)] };
  });
}

/**
 * How one build answers a question: the question checked (an empty one gets an example from
 * this corpus), each command's answers found, copies of one story folded into one answer.
 */
export function createAnswering(
  knowledge: Knowledge,
  passages: PassageIndex,
  answerers: Answerers,
): (command: CommandName, query: string) => AnswerSet {
  // Each command's answers: all of them from its tables, or the best `count` passages.
  const finders: { [C in CommandName]: (query: string) => (count: number) => Array<AnswerOf[C]> } = {
    who: (query) => slicesOf(answerers.who.answer(query)),
    when: (query) => slicesOf(answerers.when.answer(query)),
    quote: (query) => slicesOf(answerers.quote.answer(query)),
    search: (query) => (count) => answerSearch(knowledge, passages, query, count),
  };
  const answerWith = <C extends CommandName>(command: C, query: string): AnswerSetOf<C> => {
    const problem = checkQuestion(command, query, (asked) => exampleQuestion(asked, knowledge));
    if (problem) return { command, query, answers: [], error: problem };
    const limit = MAX_ANSWERS[command];
    const find = finders[command](cleanQuery(query));
    const fold = (found: Array<AnswerOf[C]>) => foldCopies(found, (id) => knowledge.articles.get(id), isCopy);
    const found = find(limit);
    let answers = fold(found);
    // Copies folded into others leave room: look twice as far for the answers that fill it.
    if (answers.length < found.length) answers = fold(find(limit * 2));
    return { command, query, answers: answers.slice(0, limit) };
  };
  // One call per command, so each set's `command` and answers agree by type (AnswerSet is their union).
  const answerFor: { [C in CommandName]: (query: string) => AnswerSetOf<C> } = {
    who: (query) => answerWith('who', query),
    when: (query) => answerWith('when', query),
    quote: (query) => answerWith('quote', query),
    search: (query) => answerWith('search', query),
  };
  // A caller reading questions as text (the CLI's JSON batch) may pass any name: it gets the reason.
  return (command, query) =>
    isCommandName(command)
      ? answerFor[command](query)
      : { command, query, answers: [], error: checkQuestion(command, query, () => null) ?? undefined };
}
