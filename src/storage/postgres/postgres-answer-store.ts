import type { Pool } from 'pg';
import { citeArticle } from '../../answer/citation.js';
import { checkQuestion, cleanQuery, isCommandName } from '../../answer/question/check-question.js';
import type { Answer, AnswerSet, CommandName } from '../../answer/types.js';
import type { Article } from '../../corpus/article.js';
import { MAX_ANSWERS } from '../../service/answer-question.js';
import type { AnswerStore } from '../../service/answer-store.js';
import type { Suggestion, SuggestionKind } from '../../service/briefing-service.js';
import { readPinned, visibleAt, type PinnedRead } from './pinned-read.js';
import { PostgresPassageSearch } from './search-passages.js';
import { foldStoredCopies } from './stored-articles.js';
import { suggestFromDatabase } from './suggest-from-database.js';
import { answerQuote } from './quote-from-database.js';
import { answerWhen } from './when-from-database.js';
import { answerWho } from './who-from-database.js';

/** The commands whose tables the indexer writes: every one. */
export const DATABASE_COMMANDS: ReadonlySet<CommandName> = new Set(['who', 'when', 'quote', 'search']);

// The commands answered whole, all at once (a few answers, or a speaker's list), then cut.
const ANSWERED_WHOLE = { who: answerWho, when: answerWhen, quote: answerQuote };

/**
 * Answers and suggestions from PostgreSQL, as the in-memory engine gives them
 * (src/service/answer-question.ts): the question checked (an empty one gets the stored
 * example), the answers found, copies of one story folded. Each question reads one corpus
 * version from start to end (readPinned), whatever an indexer publishes meanwhile.
 */
export class PostgresAnswerStore implements AnswerStore {
  readonly commands = DATABASE_COMMANDS;
  private readonly passages: PostgresPassageSearch;
  private examples: { version: string; questions: Map<string, string | null> } | null = null;

  constructor(private readonly pool: Pool) {
    this.passages = new PostgresPassageSearch(pool);
  }

  async answer(command: CommandName, query: string): Promise<AnswerSet> {
    if (!isCommandName(command) || !this.commands.has(command)) {
      const problem = checkQuestion(command, query, () => null);
      return { command, query, answers: [], error: problem ?? `/${command} is not answered from the database` };
    }
    return readPinned(this.pool, async (read) => {
      const examples = await this.examplesOf(read);
      const problem = checkQuestion(command, query, (asked) => examples.get(asked) ?? null);
      if (problem) return { command, query, answers: [], error: problem };
      const limit = MAX_ANSWERS[command];
      const find = this.finder(read, command, cleanQuery(query));
      const found = await find(limit);
      let answers = await foldStoredCopies(read, found);
      // Copies folded into others leave room: look twice as far for the answers that fill it.
      if (answers.length < found.length) answers = await foldStoredCopies(read, await find(limit * 2));
      return { command, query, answers: answers.slice(0, limit) } as AnswerSet;
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  suggest(kind: SuggestionKind, text: string, limit: number): Promise<Suggestion[]> {
    return readPinned(this.pool, (read) => suggestFromDatabase(read, kind, text, limit));
  }

  /** Each command's answers: /who's, /when's and /quote's all at once, /search's best `count` passages. */
  private finder(read: PinnedRead, command: CommandName, query: string): (count: number) => Promise<Answer[]> {
    if (command !== 'search') {
      let all: Promise<Answer[]> | null = null;
      return async (count) => (await (all ??= ANSWERED_WHOLE[command](read, query))).slice(0, count);
    }
    return async (count) =>
      (await this.passages.searchPinned(read, query, count)).map(({ passage, article }) => ({
        text: passage.text,
        citations: [citeArticle(article as Article, passage.text)],
      }));
  }

  /** The examples of the pinned version, read once a version. */
  private async examplesOf(read: PinnedRead): Promise<Map<string, string | null>> {
    if (this.examples?.version !== read.version) {
      const rows = await read.db.query<{ command: string; question: string | null }>(
        `SELECT command, question FROM example_questions WHERE ${visibleAt('example_questions', '$1')}`,
        [read.version],
      );
      this.examples = {
        version: read.version,
        questions: new Map(rows.rows.map((row) => [row.command, row.question])),
      };
    }
    return this.examples.questions;
  }
}
