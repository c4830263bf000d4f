/** The part of a pino logger the digest uses, so the core does not depend on pino's types. */
export interface DigestLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: DigestLogger = { debug() {}, info() {}, warn() {}, error() {} };
