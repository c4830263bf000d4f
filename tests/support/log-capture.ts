import { createLogger, type Logger } from '../../src/logger.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface LogCapture {
  logger: Logger;
  /** Every line as written, after redaction and masking. */
  raw: string[];
  lines(): LogLine[];
  /** Lines at error level or above. */
  errors(): LogLine[];
  messages(): string[];
}

/** A real pino logger whose lines stay in memory, so tests can assert what the bot logged. */
export function captureLogs(options: { secrets?: string[]; level?: 'debug' | 'info' } = {}): LogCapture {
  const raw: string[] = [];
  const logger = createLogger({
    level: options.level ?? 'debug',
    secrets: options.secrets,
    destination: { write: (line: string) => void raw.push(line) },
  });
  const lines = (): LogLine[] => raw.map((line) => JSON.parse(line) as LogLine);
  return {
    logger,
    raw,
    lines,
    errors: () => lines().filter((line) => line.level >= 50),
    messages: () => lines().map((line) => line.msg),
  };
}
