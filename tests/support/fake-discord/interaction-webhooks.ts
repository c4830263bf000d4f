import { performance } from 'node:perf_hooks';
import { HttpError, requireValidMessage } from './http-error.js';
import { callbackTypes, type InteractionRecord } from './interaction-record.js';
import type { Json } from './json.js';
import { createMessage } from './messages.js';
import type { RestState } from './rest-state.js';

/** Webhook routes name an interaction only by its token. */
export function findInteractionByToken(
  interactions: Map<string, InteractionRecord>,
  token: string | undefined,
): InteractionRecord | undefined {
  return [...interactions.values()].find((record) => record.token === token);
}

/**
 * /webhooks/:application/:token[/messages/@original]: reading, editing and deleting the reply,
 * and follow-ups, for as long as the token lives and only once the interaction was acknowledged.
 */
export function answerWebhook(
  state: Pick<RestState, 'world' | 'interactions' | 'tokenLifetimeMs'>,
  method: string,
  token: string,
  original: boolean,
  body: Json,
): unknown {
  const record = findInteractionByToken(state.interactions, token);
  if (!record || !record.acknowledgement) throw new HttpError(404, 10015, 'Unknown Webhook');
  if (performance.now() - record.dispatchedAt > state.tokenLifetimeMs)
    throw new HttpError(401, 50027, 'Invalid Webhook Token');
  if (method === 'GET' && original) {
    if (!record.original) throw new HttpError(404, 10008, 'Unknown Message');
    return record.original;
  }
  if (method === 'PATCH' && original) {
    requireValidMessage(body);
    const previous =
      record.original ??
      (record.acknowledgement.type === callbackTypes.deferredUpdate ? (record.payload.message as Json) : undefined);
    record.original = createMessage(state.world, body, { interaction: record.payload, previous });
    record.edits.push({ afterMs: performance.now() - record.dispatchedAt, body });
    return record.original;
  }
  if (method === 'DELETE' && original) {
    record.original = undefined;
    return undefined;
  }
  if (method === 'POST' && !original) {
    requireValidMessage(body);
    const message = createMessage(state.world, body, { interaction: record.payload });
    record.followUps.push(message);
    return message;
  }
  throw new HttpError(405, 0, '405: Method Not Allowed');
}
