import type { AnswerSet, CommandName } from '../answer/types.js';
import type { Suggestion, SuggestionKind } from './briefing-service.js';

/**
 * Where the service reads answers and suggestions when not from its own build: an engine
 * shared by many processes (src/storage/postgres/). It answers the commands it names; the
 * build in memory answers the rest.
 */
export interface AnswerStore {
  /** The commands it answers; `ask` of another goes to the in-memory engine. */
  readonly commands: ReadonlySet<CommandName>;
  answer(command: CommandName, query: string): Promise<AnswerSet>;
  suggest(kind: SuggestionKind, text: string, limit: number): Promise<Suggestion[]>;
  close?(): Promise<void>;
}
