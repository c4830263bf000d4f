import type { ServerResponse } from 'node:http';

/** A fault for REST requests that match; a test adds them before or while the bot works. */
export interface RequestFault {
  /** HTTP method to match (any when unset). */
  method?: string;
  /** Route after /api/v10, decoded, e.g. /^\/webhooks\// (any when unset). */
  route?: RegExp;
  /** How many matching requests it hits; default 1, Infinity for all. */
  times?: number;
  /** Answer this status without handling the request: 429 (rate limited), a 5xx, or another 4xx. */
  status?: number;
  /** For 429: seconds in Retry-After, X-RateLimit-Reset-After and the body's retry_after. */
  retryAfterSeconds?: number;
  /** For 429: the global limit (X-RateLimit-Global, scope global) instead of the route's bucket. */
  global?: boolean;
  /** Handle the request, then hold the response this long: slow REST. */
  delayMs?: number;
}

export interface FaultHit {
  method: string;
  route: string;
  status?: number;
  delayMs?: number;
}

/** Faults waiting for their requests, and the requests they hit. */
export class FaultPlan {
  private readonly pending: Array<RequestFault & { left: number }> = [];
  readonly hits: FaultHit[] = [];

  add(fault: RequestFault): void {
    this.pending.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** The first pending fault for this request, counted as used. */
  take(method: string, route: string): RequestFault | undefined {
    const fault = this.pending.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.method || candidate.method === method) &&
        (!candidate.route || candidate.route.test(route)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    this.hits.push({ method, route, status: fault.status, delayMs: fault.delayMs });
    return fault;
  }
}

/** The answer Discord gives for a rate limit or a server error, with its headers. */
export function sendFault(response: ServerResponse, fault: RequestFault, route: string): void {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfterSeconds ?? 1;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    };
    if (fault.global) headers['x-ratelimit-global'] = 'true';
    else {
      Object.assign(headers, {
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-bucket': `fake-${Buffer.from(
          route
            .replace(/\d{17,20}/g, ':id')
            .split('/')
            .slice(0, 3)
            .join('/'),
        )
          .toString('hex')
          .slice(0, 16)}`,
      });
    }
    response.writeHead(429, headers).end(
      JSON.stringify({
        message: 'You are being rate limited.',
        retry_after: retryAfter,
        global: Boolean(fault.global),
        code: 0,
      }),
    );
    return;
  }
  const status = fault.status ?? 500;
  const message =
    status >= 500
      ? `${status}: Internal Server Error`
      : status === 403
        ? 'Missing Permissions'
        : status === 401
          ? '401: Unauthorized'
          : 'Bad Request';
  const code = status === 403 ? 50013 : 0;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message, code }));
}
