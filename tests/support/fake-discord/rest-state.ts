import type { InteractionRecord } from './interaction-record.js';
import type { Json } from './json.js';
import type { FakeWorld } from './world.js';

export interface CommandRegistration {
  scope: 'global' | 'guild';
  path: string;
  body: Json[];
}

/**
 * What the REST routes read and record. The fake builds it once from its own collections, so the
 * route modules change the very maps and lists the tests inspect.
 */
export interface RestState {
  readonly world: FakeWorld;
  readonly token: string;
  readonly interactions: Map<string, InteractionRecord>;
  readonly registrations: CommandRegistration[];
  readonly channelMessages: Json[];
  /** Nonces sent with enforce_nonce, as Discord remembers them for a few minutes. */
  readonly channelNonces: Map<string, Json>;
  /** Discord's deadline for the first response to an interaction. */
  readonly acknowledgeDeadlineMs: number;
  /** How long an interaction token accepts edits and follow-ups. */
  readonly tokenLifetimeMs: number;
  /** A function because the port is known only once the server listens. */
  readonly gatewayUrl: () => string;
}

/** A request as it arrived: the route is the path after /api/v10, decoded. */
export interface ReceivedRequest {
  method: string;
  route: string;
  authorization: string | undefined;
}

export interface ReceivedBody {
  method: string;
  route: string;
  body: unknown;
}
