import { clearScreenDown, createInterface, cursorTo, moveCursor } from 'node:readline';
import type { CommandName } from '../answer/types.js';
import type { BriefingService } from '../service/briefing-service.js';
import { COMMANDS, EXAMPLES } from '../service/engine.js';
import type { CorpusWatch, WatchOptions } from '../service/watch-corpus.js';
import { renderAnswerSet } from './render-answer.js';
import { terminalText } from './terminal-text.js';
import { describeWatchFailure, describeWatchReload, skippedKey } from './watch-notices.js';

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

/** How the prompt shows what the folder watch does; the composition root passes it to the watch. */
export type WatchReports = Required<Pick<WatchOptions, 'onReload' | 'onError'>>;

export interface PromptOptions {
  /** Starts watching the corpus folder (CORPUS_WATCH); the prompt closes the watch when it ends. */
  watch?: (reports: WatchReports) => CorpusWatch | null;
  /** Ends the prompt as if the user had typed /quit (main aborts it on SIGTERM and SIGINT). */
  signal?: AbortSignal;
}

/** The terminal adapter: a person types slash commands and reads the same answers Discord shows. */
export function runInteractivePrompt(
  service: BriefingService,
  { input, output }: PromptStreams,
  options: PromptOptions = {},
): Promise<void> {
  const terminal = (output as NodeJS.WriteStream).isTTY === true;
  const lines = createInterface({ input, output, prompt: 'briefbot> ', terminal });
  let closed = false;
  // Every line the prompt prints passes here: corpus text and file names lose their escapes.
  const write = (text: string): void => {
    output.write(`${terminalText(text)}\n`);
  };
  // A reload finishes whenever it finishes, usually while the person is typing: its lines go
  // above the prompt, and the prompt comes back with what was typed so far.
  const notify = (text: string): void => {
    if (closed) return;
    if (!terminal) {
      write(`\n${text}`);
      lines.prompt();
      return;
    }
    const { rows } = lines.getCursorPos();
    moveCursor(output, 0, -rows);
    cursorTo(output, 0);
    clearScreenDown(output);
    // readline redraws from `rows` lines above its cursor: leave that many lines for it to clear.
    write(text + '\n'.repeat(rows));
    lines.prompt(true);
  };
  write(PROMPT_HELP);
  const watch = options.watch?.(watchReports(service, notify)) ?? null;
  if (watch) write('Watching the corpus folder: changed files are reloaded by themselves.');
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
    const quit = (): void => lines.close();
    options.signal?.addEventListener('abort', quit, { once: true });
    if (options.signal?.aborted) quit();
    lines.on('close', () => {
      closed = true;
      watch?.close();
      options.signal?.removeEventListener('abort', quit);
      resolve();
    });
  });
}

/** Reload lines for the prompt: files skipped before the watch started are not reported again. */
function watchReports(service: BriefingService, notify: (text: string) => void): WatchReports {
  let reported = new Set(service.overview().skipped.map(skippedKey));
  return {
    onReload: (report) => {
      notify(describeWatchReload(report, reported).join('\n'));
      reported = new Set(report.skipped.map(skippedKey));
    },
    onError: (error) => notify(describeWatchFailure(error)),
  };
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
      ...(overview.skipped.length
        ? [
            `Skipped ${overview.skipped.length} files:`,
            ...overview.skipped.map((file) => `  ${file.path}: ${file.reason}`),
          ]
        : []),
    ].join('\n');
  }
  if (!(COMMANDS as readonly string[]).includes(command)) return `Unknown command "/${command}".\n${PROMPT_HELP}`;
  return renderAnswerSet(service.ask(command as CommandName, query));
}
