import type { CompleterResult } from 'node:readline';
import { commandTable } from '../command-table/command-table.js';
import type { BriefingService } from '../service/briefing-service.js';

const extraCommands = ['quit'];

/**
 * Tab at the prompt: the command name, a /digest subcommand, or the value of the option being
 * typed from the same suggestions as Discord's autocomplete (people, speakers, article ids).
 * readline puts a single completion in place of the typed text ("sham" becomes "Ali
 * Shamkhani"), extends to what several share, and lists them on a second Tab.
 */
export async function completeLine(service: BriefingService, line: string): Promise<CompleterResult> {
  const command = /^\/?(\S*)$/.exec(line);
  if (command) {
    const typed = command[1]!.toLowerCase();
    const names = [...commandTable.map((entry) => entry.name), ...extraCommands];
    return [names.filter((name) => name.startsWith(typed)).map((name) => `/${name} `), line];
  }
  const parts = /^\/?(\S+)\s+(.*)$/s.exec(line);
  const entry = commandTable.find((candidate) => candidate.name === parts?.[1]?.toLowerCase());
  if (!parts || !entry) return [[], line];
  let rest = parts[2]!;
  if (entry.subcommands) {
    if (!/\s/.test(rest))
      return [entry.subcommands.filter((name) => name.startsWith(rest)).map((name) => `${name} `), rest];
    return [[], rest];
  }
  // The option being typed: the last `name:` in the line, else the first option.
  const names = entry.options.map((option) => option.name).join('|');
  const marks = names ? [...rest.matchAll(new RegExp(`(?:^|\\s)(${names}):`, 'g'))] : [];
  const last = marks.at(-1);
  const option = last ? entry.options.find((candidate) => candidate.name === last[1]) : entry.options[0];
  if (last) rest = rest.slice(last.index + last[0].length);
  if (!option?.suggest || !rest.trim()) return [[], rest];
  const values = (await service.suggest(option.suggest, rest.trim(), 20)).map((suggestion) => suggestion.value);
  return [[...new Set(values)], rest];
}
