import { commandTable, type CommandEntry } from '../command-table/command-table.js';
import { editDistance } from '../text/edit-distance.js';

/** A typed line read against the command table. */
export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'unknown'; name: string; nearest: string | null }
  | {
      kind: 'command';
      entry: CommandEntry;
      /** The first word after /digest, when the command has subcommands. */
      subcommand: string | null;
      /** Text options: `name:value` as in Discord, or plain text for the first option. */
      options: Record<string, string>;
      /** Everything after the command (and subcommand), as typed. */
      text: string;
    };

const quitWords = new Set(['quit', 'exit']);

/** The command name nearest a misspelt one ("/hwo": /who), or null when none is close. */
function nearestCommand(name: string): string | null {
  let best: { name: string; edits: number } | null = null;
  for (const entry of commandTable) {
    const edits = editDistance(name, entry.name, 2);
    if (edits <= 2 && (!best || edits < best.edits)) best = { name: entry.name, edits };
  }
  return best?.name ?? null;
}

/** Splits `speaker:Rouhani topic:nuclear deal` (or `Rouhani`) into the command's text options. */
export function parseOptions(entry: CommandEntry, text: string): Record<string, string> {
  const options: Record<string, string> = {};
  if (entry.options.length === 0) return options;
  const names = entry.options.map((option) => option.name).join('|');
  const marker = new RegExp(`(?:^|\\s)(${names}):`, 'g');
  const marks = [...text.matchAll(marker)];
  const leading = (marks.length > 0 ? text.slice(0, marks[0]!.index) : text).trim();
  if (leading) options[entry.options[0]!.name] = leading;
  marks.forEach((mark, index) => {
    const start = mark.index + mark[0].length;
    const end = index + 1 < marks.length ? marks[index + 1]!.index : text.length;
    const value = text.slice(start, end).trim();
    if (value) options[mark[1]!] = value;
  });
  return options;
}

export function parseLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (!trimmed) return { kind: 'empty' };
  const match = /^\/?(\S+)\s*(.*)$/s.exec(trimmed)!;
  const name = match[1]!.toLowerCase();
  let text = match[2]!;
  if (quitWords.has(name)) return { kind: 'quit' };
  // A line in plain words is a question for /ask; a command name alone ("help") is still that command.
  const bare = commandTable.find((candidate) => candidate.name === name);
  if (!trimmed.startsWith('/') && !(bare && !text.trim())) {
    const ask = commandTable.find((candidate) => candidate.name === 'ask')!;
    return { kind: 'command', entry: ask, subcommand: null, options: { question: trimmed }, text: trimmed };
  }
  const entry = commandTable.find((candidate) => candidate.name === name);
  if (!entry) return { kind: 'unknown', name, nearest: nearestCommand(name) };
  let subcommand: string | null = null;
  if (entry.subcommands) {
    const words = /^(\S*)\s*(.*)$/s.exec(text)!;
    subcommand = words[1]!.toLowerCase() || null;
    text = words[2]!;
  }
  return { kind: 'command', entry, subcommand, options: parseOptions(entry, text), text: text.trim() };
}
