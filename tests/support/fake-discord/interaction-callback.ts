import { performance } from 'node:perf_hooks';
import { HttpError, requireValidMessage } from './http-error.js';
import { callbackTypes } from './interaction-record.js';
import type { Json } from './json.js';
import { checkAutocomplete } from './limits.js';
import { createMessage } from './messages.js';
import type { RestState } from './rest-state.js';

/** POST /interactions/:id/:token/callback: the first response, held to Discord's deadline and rules. */
export function acknowledgeInteraction(
  state: Pick<RestState, 'world' | 'interactions' | 'acknowledgeDeadlineMs'>,
  id: string,
  token: string,
  body: Json,
  query: URLSearchParams,
): unknown {
  const record = state.interactions.get(id);
  if (!record || record.token !== token) throw new HttpError(404, 10062, 'Unknown interaction');
  const afterMs = performance.now() - record.dispatchedAt;
  if (record.acknowledgement) throw new HttpError(400, 40060, 'Interaction has already been acknowledged.');
  if (afterMs > state.acknowledgeDeadlineMs) throw new HttpError(404, 10062, 'Unknown interaction');
  const type = Number(body.type);
  const isAutocomplete = record.type === 4;
  if (isAutocomplete !== (type === callbackTypes.autocomplete)) {
    throw new HttpError(400, 50035, 'Invalid Form Body', [
      `type: callback ${type} is not valid for interaction type ${record.type}`,
    ]);
  }
  if ((type === callbackTypes.update || type === callbackTypes.deferredUpdate) && record.type !== 3) {
    throw new HttpError(400, 50035, 'Invalid Form Body', ['type: update is only valid for components']);
  }
  const data = (body.data ?? {}) as Json;
  if (type === callbackTypes.autocomplete) {
    const problems = checkAutocomplete(data);
    if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
  }
  if (type === callbackTypes.message || type === callbackTypes.update) requireValidMessage(data);
  record.acknowledgement = { type, afterMs, body };
  if (type === callbackTypes.message)
    record.original = createMessage(state.world, data, { interaction: record.payload });
  if (type === callbackTypes.update) {
    const previous = (record.payload.message ?? {}) as Json;
    record.original = createMessage(state.world, data, { interaction: record.payload, previous });
  }
  if (query.get('with_response') === 'true') {
    return { interaction: { id, type: record.type }, resource: { type, message: record.original } };
  }
  return undefined;
}
