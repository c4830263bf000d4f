import { destination, pino, type DestinationStream } from 'pino';
import type { LogLevel } from './config.js';

import type { Logger } from 'pino';
export type { Logger };

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; standard output by default. Tests pass a stream that keeps them. */
  destination?: DestinationStream;
  /** Strings that must never reach a log line (the bot token), masked wherever they appear. */
  secrets?: Array<string | null | undefined>;
  /**
   * Write standard output asynchronously: a slow reader of the pipe (a log shipper, a test)
   * then cannot stall the event loop, which synchronous writes did under bursts of
   * interactions. Call `flushLogs` before exiting; a last synchronous flush also runs on exit.
   */
  asynchronous?: boolean;
}

/** Paths that hold credentials in the objects the bot might log. */
export const redactedPaths = [
  'token',
  '*.token',
  'discord.token',
  'config.discord.token',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'databaseUrl',
  '*.databaseUrl',
  'connectionString',
  '*.connectionString',
];

const mask = '[REDACTED]';

/**
 * Interaction tokens sit in REST urls (/interactions/:id/:token/callback,
 * /webhooks/:application/:token/...), which discord.js errors carry: for 15 minutes such a
 * token lets anyone reply in the bot's name, so it is masked like the bot token.
 */
const interactionTokenInUrl = /(\/(?:interactions|webhooks)\/\d+\/)[\w.%-]{20,}/g;

/**
 * Structured JSON logs. Messages are constant; details go in fields. Besides the redacted
 * paths, each secret is masked in the finished line, so a token quoted inside an error
 * message or a URL is masked too.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret): secret is string => Boolean(secret && secret.length >= 8));
  return pino(
    {
      name: 'briefbot',
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: mask },
      hooks: { streamWrite: (line) => maskSecrets(line, secrets) },
    },
    options.destination ?? standardOutput(options.asynchronous ?? false),
  );
}

function standardOutput(asynchronous: boolean): DestinationStream {
  const stream = destination({ dest: 1, sync: !asynchronous });
  if (asynchronous) {
    process.once('exit', () => {
      try {
        stream.flushSync();
      } catch {
        // Nothing more can be done for lines that cannot be written while exiting.
      }
    });
  }
  return stream;
}

/** Waits until every line written so far has reached the destination (or `timeoutMs` passed). */
export function flushLogs(logger: Logger, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    logger.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text.replace(interactionTokenInUrl, `$1${mask}`);
  for (const secret of secrets) {
    masked = masked.split(secret).join(mask);
    // The same secret percent-encoded, as it appears in request URLs.
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) masked = masked.split(encoded).join(mask);
  }
  return masked;
}
