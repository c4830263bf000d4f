import { checkMessage } from './limits.js';

/** A refusal as Discord words it: the HTTP status, Discord's own error code, and form problems if any. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** Every route that takes a message body checks the same limits, and fails them the same way. */
export function requireValidMessage(body: Record<string, unknown>): void {
  const problems = checkMessage(body ?? {});
  if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
}

/** The JSON body of an error answer; form problems go under `errors` as Discord nests them. */
export function errorBody(failure: HttpError): Record<string, unknown> {
  return {
    code: failure.code,
    message: failure.message,
    errors:
      failure.problems.length > 0
        ? { _errors: failure.problems.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) }
        : undefined,
  };
}
