import { createInterface } from 'node:readline';
import type { CommandName } from '../answer/types.js';
import type { BriefingService } from '../service/briefing-service.js';
import { COMMANDS, EXAMPLES } from '../service/engine.js';
import { renderAnswerSet } from './render-answer.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export const PROMPT_HELP = [
  'Commands:',
  ...COMMANDS.map((command) => `  /${command.padEnd(7)} e.g. ${EXAMPLES[command]}`),
  '  /sources  what the corpus holds',
  '  /help     this list',
  '  /quit     leave',
].join('\n');

/** The terminal adapter: a person types slash commands and reads the same answers Discord shows. */
export function runInteractivePrompt(service: BriefingService, { input, output }: PromptStreams): Promise<void> {
  const lines = createInterface({ input, output, prompt: 'briefbot> ', terminal: (output as NodeJS.WriteStream).isTTY === true });
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  write(PROMPT_HELP);
  lines.prompt();
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      const reply = answerLine(service, line.trim());
      if (reply === null) {
        lines.close();
        return;
      }
      if (reply) write(reply);
      lines.prompt();
    });
    lines.on('close', () => resolve());
  });
}

/** The reply to one typed line; null to quit, '' to ignore. */
export function answerLine(service: BriefingService, line: string): string | null {
  if (!line) return '';
  const match = /^\/?(\S+)\s*(.*)$/s.exec(line)!;
  const command = match[1]!.toLowerCase();
  const query = match[2]!;
  if (command === 'quit' || command === 'exit') return null;
  if (command === 'help') return PROMPT_HELP;
  if (command === 'sources') {
    const overview = service.overview();
    return [
      `${overview.articles} articles, ${overview.passages} passages, ${overview.dated} dated (${overview.firstDate ?? '?'} to ${overview.lastDate ?? '?'})`,
      ...overview.newest.map((article) => `  ${article.published ?? 'undated'}  ${article.title} [${article.id}]`),
      ...(overview.skipped.length ? [`Skipped ${overview.skipped.length} files:`, ...overview.skipped.map((file) => `  ${file.path}: ${file.reason}`)] : []),
    ].join('\n');
  }
  if (!(COMMANDS as readonly string[]).includes(command)) return `Unknown command "/${command}".\n${PROMPT_HELP}`;
  return renderAnswerSet(service.ask(command as CommandName, query));
}
