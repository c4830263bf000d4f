import { listChannelMessages, postChannelMessage } from './channel-messages.js';
import { registerCommands } from './command-registration.js';
import { HttpError } from './http-error.js';
import { acknowledgeInteraction } from './interaction-callback.js';
import { answerWebhook } from './interaction-webhooks.js';
import type { Json } from './json.js';
import type { RestState } from './rest-state.js';

/** What the route table needs from a request, besides the fake's state. */
export interface RestRequest {
  method: string;
  /** The path after /api/v10, decoded. */
  route: string;
  body: unknown;
  authorization: string | undefined;
  query: URLSearchParams;
}

/** Interaction routes authenticate with their token in the path; the others with the bot token. */
function requireBot(state: Pick<RestState, 'token'>, authorization: string | undefined): void {
  if (authorization !== `Bot ${state.token}`) throw new HttpError(401, 0, '401: Unauthorized');
}

/** The REST routes the bot uses; anything else is a 404 as on Discord. Returns the JSON answer, undefined for 204. */
export function routeRequest(state: RestState, { method, route, body, authorization, query }: RestRequest): unknown {
  const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route);
  if (method === 'POST' && callback)
    return acknowledgeInteraction(state, callback[1]!, callback[2]!, body as Json, query);
  const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(route);
  if (webhook) return answerWebhook(state, method, webhook[2]!, Boolean(webhook[3]), body as Json);
  if (method === 'GET' && route === '/gateway/bot') {
    requireBot(state, authorization);
    return {
      url: state.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
    };
  }
  if (method === 'GET' && route === '/users/@me') {
    requireBot(state, authorization);
    return { id: state.world.botUserId, username: 'briefbot', discriminator: '0', avatar: null, bot: true };
  }
  if (method === 'GET' && route === '/applications/@me') {
    requireBot(state, authorization);
    return { id: state.world.applicationId, name: 'briefbot', bot_public: false, bot_require_code_grant: false };
  }
  const commands = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(route);
  if (method === 'PUT' && commands) {
    requireBot(state, authorization);
    return registerCommands(state, route, commands[1]!, commands[3], body);
  }
  const channel = /^\/channels\/(\d+)\/messages$/.exec(route);
  if (method === 'POST' && channel) {
    requireBot(state, authorization);
    return postChannelMessage(state, channel[1]!, body as Json);
  }
  if (method === 'GET' && channel) {
    requireBot(state, authorization);
    return listChannelMessages(state, channel[1]!, query);
  }
  throw new HttpError(404, 0, `404: Not Found (${method} ${route})`);
}
