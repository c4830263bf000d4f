import type { CommandName } from '../types.js';

export const COMMANDS: readonly CommandName[] = ['who', 'when', 'quote', 'search'];
export const MAX_QUERY_LENGTH = 300;

export function isCommandName(command: string): command is CommandName {
  return (COMMANDS as readonly string[]).includes(command);
}

/** Invisible and control characters carry no meaning in a question and break matching. */
export function cleanQuery(query: string): string {
  return query
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '') // zero-width and direction marks sit inside words
    .replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// What to type when the corpus offers no example (an empty corpus, or no person named in it).
const askFor: Record<CommandName, string> = {
  who: "a person's name or a role",
  when: 'the words of an event',
  quote: "a speaker's name",
  search: 'a few words from the articles',
};

/**
 * A reason the question cannot be asked, phrased for the person asking; null when it can.
 * `example` gives a question the corpus can answer; it is asked for only when one is shown.
 */
export function checkQuestion(
  command: string,
  query: string,
  example: (command: CommandName) => string | null,
): string | null {
  if (!isCommandName(command)) {
    return `Unknown command "${command}". Try one of: ${COMMANDS.join(', ')}.`;
  }
  const cleaned = cleanQuery(query);
  if (!/[\p{L}\p{N}]/u.test(cleaned)) {
    const shown = example(command);
    return shown
      ? `Ask /${command} with a few words, for example: ${shown}`
      : `Ask /${command} with a few words: ${askFor[command]}.`;
  }
  if (cleaned.length > MAX_QUERY_LENGTH) {
    return `That question is ${cleaned.length} characters long; keep it under ${MAX_QUERY_LENGTH}.`;
  }
  return null;
}
