import { HttpError, requireValidMessage } from './http-error.js';
import type { Json } from './json.js';
import { createMessage } from './messages.js';
import { userPayload } from './world.js';
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

/**
 * GET /channels/:id/messages?limit=N[&after=ID]: newest first; with `after`, the oldest `limit`
 * messages after that id (still listed newest first), as Discord pages forward.
 */
export function listChannelMessages(state: ChannelState, channelId: string, query: URLSearchParams): unknown {
  requireKnownChannel(state, channelId);
  const limit = Math.min(100, Number(query.get('limit') ?? 50));
  const after = query.get('after');
  const chosen = after
    ? state.channelMessages.filter((message) => BigInt(String(message.id)) > BigInt(after)).slice(0, limit)
    : state.channelMessages.slice(-limit);
  // Without the nonce: Discord returns it only on create.
  return chosen.reverse().map(({ nonce: _nonce, ...message }) => message);
}

/** Members talking in the channel: `count` messages by a person, not the bot. */
export function chatInChannel(state: ChannelState, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const message = createMessage(state.world, { content: `chatter ${index}` });
    state.channelMessages.push({ ...message, author: userPayload({ id: '123456789012345678', username: 'reader' }) });
  }
}
