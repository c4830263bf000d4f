import { clearScreenDown, createInterface, cursorTo, moveCursor, type CompleterResult } from 'node:readline';
import type { DigestRecords } from '../digest/digest-records.js';
import type { BriefingService } from '../service/briefing-service.js';
import type { SkippedFile } from '../corpus/article.js';
import type { CorpusWatch, WatchOptions } from '../service/watch-corpus.js';
import { completeLine } from './complete-line.js';
import { renderPromptHelp } from './render-help.js';
import type { SavedDigests } from './digest-at-prompt.js';
import { replyToLine } from './reply-to-line.js';
import { terminalText } from './terminal-text.js';
import { describeWatchFailure, describeWatchReload, skippedKey } from './watch-notices.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** How the prompt shows what the folder watch does; the composition root passes it to the watch. */
export type WatchReports = Required<Pick<WatchOptions, 'onReload' | 'onError'>>;

export interface PromptOptions {
  /** Starts watching the corpus folder (CORPUS_WATCH); the prompt closes the watch when it ends. */
  watch?: (reports: WatchReports) => CorpusWatch | null;
  /** Ends the prompt as if the user had typed /quit (main aborts it on SIGTERM and SIGINT). */
  signal?: AbortSignal;
  /** The bot's digest store, for /digest show (config.ts: `digestStorePath`); without it, no digest record. */
  digestStorePath?: string;
  /** With DATABASE_URL: the digest records the bot processes share, which /digest show reads instead. */
  digestRecords?: Pick<DigestRecords, 'readGuilds'>;
  /** Adds a link or a file to the corpus, as /add does in Discord; the reply to print. */
  add?: (target: string) => Promise<string>;
}

/** The terminal adapter: a person types slash commands and reads the same answers Discord shows. */
export async function runInteractivePrompt(
  service: BriefingService,
  { input, output }: PromptStreams,
  options: PromptOptions = {},
): Promise<void> {
  const { skipped } = await service.overview();
  const terminal = (output as NodeJS.WriteStream).isTTY === true;
  const lines = createInterface({
    input,
    output,
    prompt: 'briefbot> ',
    terminal,
    // readline's callback form: a suggestion may come from the database.
    completer: (line: string, done: (error: Error | null, result?: CompleterResult) => void) => {
      completeLine(service, line).then(
        (result) => done(null, result),
        (error: unknown) => done(error as Error),
      );
    },
  });
  const context = {
    service,
    savedDigests: savedDigestsOf(options),
    add: options.add,
  };
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
  write(renderPromptHelp());
  const watch = options.watch?.(watchReports(skipped, notify)) ?? null;
  if (watch) write('Watching the corpus folder: changed files are reloaded by themselves.');
  lines.prompt();
  return new Promise((resolve) => {
    // One line at a time, in the order typed: a /reload takes a while, and what is typed
    // meanwhile is answered after it (from the new index). Lines piped in are all answered
    // before the prompt ends; /quit and a signal end it at once.
    let queue = Promise.resolve();
    let quitting = false;
    lines.on('line', (line) => {
      queue = queue.then(async () => {
        if (quitting) return;
        const reply = await replyToLine(line, context);
        if (reply === null) {
          quitting = true;
          lines.close();
          return;
        }
        if (reply) write(reply);
        if (!closed) lines.prompt();
      });
    });
    const quit = (): void => {
      quitting = true;
      lines.close();
    };
    options.signal?.addEventListener('abort', quit, { once: true });
    if (options.signal?.aborted) quit();
    lines.on('close', () => {
      closed = true;
      watch?.close();
      options.signal?.removeEventListener('abort', quit);
      void queue.then(() => resolve());
    });
  });
}

/** Reload lines for the prompt: files skipped before the watch started are not reported again. */
function watchReports(skipped: readonly SkippedFile[], notify: (text: string) => void): WatchReports {
  let reported = new Set(skipped.map(skippedKey));
  return {
    onReload: (report) => {
      notify(describeWatchReload(report, reported).join('\n'));
      reported = new Set(report.skipped.map(skippedKey));
    },
    onError: (error) => notify(describeWatchFailure(error)),
  };
}

function savedDigestsOf(options: PromptOptions): SavedDigests {
  if (options.digestRecords) return { records: options.digestRecords };
  return options.digestStorePath ? { storePath: options.digestStorePath } : null;
}
