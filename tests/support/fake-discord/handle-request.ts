import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendFault, type FaultPlan } from './faults.js';
import { errorBody, HttpError } from './http-error.js';
import type { Rejection } from './interaction-record.js';
import { findInteractionByToken } from './interaction-webhooks.js';
import { readMultipartBody } from './multipart.js';
import { routeRequest } from './rest-routes.js';
import type { ReceivedBody, ReceivedRequest, RestState } from './rest-state.js';

/**
 * The parts of the fake a request passes through: the faults it may meet and the records it
 * leaves. The counters are read and written on the fake itself, where the tests set them.
 */
export interface RequestPipeline {
  readonly requests: ReceivedRequest[];
  readonly bodies: ReceivedBody[];
  readonly rejections: Rejection[];
  readonly faults: FaultPlan;
  heldResponses: number;
  dropEdits: number;
  /** Wakes the tests waiting for a condition: every request may have changed what they wait for. */
  emit(event: 'change'): boolean;
}

/** One REST request: faults first, then the route table; every refusal is recorded, also on its interaction. */
export async function handleRequest(
  fake: RequestPipeline,
  state: RestState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const route = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
  const method = request.method ?? 'GET';
  fake.requests.push({ method, route, authorization: request.headers.authorization });
  const fault = fake.faults.take(method, route);
  if (fault?.status) {
    await readBody(request).catch(() => Buffer.alloc(0));
    sendFault(response, fault, route);
    fake.emit('change');
    return;
  }
  if (fake.dropEdits > 0 && method === 'PATCH' && route.startsWith('/webhooks/')) {
    fake.dropEdits -= 1;
    request.socket.destroy();
    return;
  }
  try {
    const raw = await readBody(request);
    const contentType = request.headers['content-type'] ?? '';
    let body: unknown;
    if (contentType.startsWith('multipart/form-data')) {
      const { json, problems } = readMultipartBody(raw, contentType);
      if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
      body = json;
    } else {
      const text = raw.toString('utf8');
      body = text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
    }
    if (body !== undefined) fake.bodies.push({ method, route, body });
    const result = routeRequest(state, {
      method,
      route,
      body,
      authorization: request.headers.authorization,
      query: url.searchParams,
    });
    if (fault?.delayMs) {
      fake.heldResponses += 1;
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      fake.heldResponses -= 1;
    }
    send(response, result === undefined ? 204 : 200, result);
  } catch (error) {
    const failure = error instanceof HttpError ? error : new HttpError(500, 0, String(error));
    const rejection = { method, route, status: failure.status, code: failure.code, problems: failure.problems };
    fake.rejections.push(rejection);
    const interactionId = /^\/interactions\/(\d+)\//.exec(route)?.[1];
    const webhookToken = /^\/webhooks\/\d+\/([^/]+)/.exec(route)?.[1];
    const record = interactionId
      ? state.interactions.get(interactionId)
      : findInteractionByToken(state.interactions, webhookToken);
    record?.rejections.push(rejection);
    send(response, failure.status, errorBody(failure));
  } finally {
    fake.emit('change');
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    response.writeHead(204).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
