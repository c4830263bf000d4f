import { commandTable, type CommandEntry } from '../command-table/command-table.js';

/** How a command is typed at the prompt: `/quote <speaker> [topic:<topic>]`. */
function usageOf(entry: CommandEntry): string {
  if (entry.name === 'digest') return '/digest show | now [YYYY-MM-DD]';
  const options = entry.options.map((option, index) => {
    const shown = index === 0 ? `<${option.name}>` : `${option.name}:<${option.name}>`;
    return option.required ? shown : `[${shown}]`;
  });
  return [`/${entry.name}`, ...options].join(' ');
}

/** What the terminal does differently, said where the command is listed. */
const terminalNotes: Record<string, string> = {
  digest:
    'show: the daily digest settings each server saved; now: a digest of the corpus here (set and off are in Discord)',
  reload: 'Re-read the corpus folder and swap in the new index when it is built',
};

/**
 * The prompt's /help: the same commands as Discord's, in the same order (the questions first),
 * each with its usage and an example. Options can be typed as in Discord (`name:Shamkhani`);
 * Tab completes commands, names and article ids.
 */
export function renderPromptHelp(): string {
  const width = Math.max(...commandTable.map((entry) => usageOf(entry).length));
  const lines = ['Commands:'];
  for (const entry of commandTable) {
    const description = terminalNotes[entry.name] ?? entry.description.replace(/^Admins: /, '');
    lines.push(`  ${usageOf(entry).padEnd(width)}  ${description}`);
    if (entry.options.length > 0) lines.push(`  ${''.padEnd(width)}  e.g. ${entry.example}`);
  }
  lines.push(`  ${'/quit'.padEnd(width)}  Leave (Ctrl-D too)`);
  lines.push('Options can be typed as in Discord (name:Shamkhani). Tab completes commands, names and article ids.');
  return lines.join('\n');
}
