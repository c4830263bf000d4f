import { HttpError, requireValidMessage } from './http-error.js';
import type { Json } from './json.js';
import { createMessage } from './messages.js';
import type { RestState } from './rest-state.js';

type ChannelState = Pick<RestState, 'world' | 'channelMessages' | 'channelNonces'>;

function requireKnownChannel(state: ChannelState, channelId: string): void {
  if (channelId !== state.world.channelId) throw new HttpError(404, 10003, 'Unknown Channel');
}

/** POST /channels/:id/messages: what the digest posts outside any interaction. */
export function postChannelMessage(state: ChannelState, channelId: string, body: Json): unknown {
  requireKnownChannel(state, channelId);
  requireValidMessage(body);
  const nonce = body.nonce;
  const enforced = body.enforce_nonce === true && (typeof nonce === 'string' || typeof nonce === 'number');
  // Discord answers a repeated enforced nonce with the message it already created.
  const existing = enforced ? state.channelNonces.get(String(nonce)) : undefined;
  if (existing) return existing;
  const message = { ...createMessage(state.world, body), ...(nonce !== undefined ? { nonce } : {}) };
  state.channelMessages.push(message);
  if (enforced) state.channelNonces.set(String(nonce), message);
  return message;
}

/** GET /channels/:id/messages?limit=N */
export function listChannelMessages(state: ChannelState, channelId: string, query: URLSearchParams): unknown {
  requireKnownChannel(state, channelId);
  const limit = Math.min(100, Number(query.get('limit') ?? 50));
  // Newest first, without the nonce: Discord returns it only on create.
  return state.channelMessages
    .slice(-limit)
    .reverse()
    .map(({ nonce: _nonce, ...message }) => message);
}
