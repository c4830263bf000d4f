import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FaultPlan, sendFault, type RequestFault } from './faults.js';
import { FakeGateway } from './gateway.js';
import { callbackTypes, isSettled, type InteractionRecord, type Rejection } from './interaction-record.js';
import { checkAutocomplete, checkCommands, checkMessage } from './limits.js';
import { createMessage } from './messages.js';
import { createWorld, type FakeWorld } from './payloads.js';
import { createSnowflake } from './snowflake.js';

type Json = Record<string, unknown>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

export interface FakeDiscordOptions {
  token?: string;
  /** Discord's deadline for the first response to an interaction. */
  acknowledgeDeadlineMs?: number;
  /** How long an interaction token accepts edits and follow-ups. */
  tokenLifetimeMs?: number;
}

/**
 * A fake Discord on 127.0.0.1: REST over node:http and the gateway over ws on the same port.
 * It rejects what Discord rejects (limits, deadlines, double acknowledgement) and records
 * every interaction, registration and channel message for the tests to inspect.
 */
export class FakeDiscord extends EventEmitter {
  readonly world: FakeWorld = createWorld();
  readonly token: string;
  readonly interactions = new Map<string, InteractionRecord>();
  readonly registrations: Array<{ scope: 'global' | 'guild'; path: string; body: Json[] }> = [];
  readonly channelMessages: Json[] = [];
  readonly rejections: Rejection[] = [];
  readonly requests: Array<{ method: string; route: string; authorization: string | undefined }> = [];
  /** Every request body the fake received, parsed: what the bot sent to Discord. */
  readonly bodies: Array<{ method: string; route: string; body: unknown }> = [];
  /** REST faults waiting for their requests (429, 5xx, delays) and what they hit. */
  readonly faults = new FaultPlan();
  /** Requests handled whose response a slow-REST fault is still holding back. */
  heldResponses = 0;
  /** Faults to inject: the next N message edits have their connection cut without an answer. */
  dropEdits = 0;
  /** Nonces sent with enforce_nonce, as Discord remembers them for a few minutes. */
  private readonly channelNonces = new Map<string, Json>();
  private readonly server: Server;
  private readonly gateway: FakeGateway;
  private readonly deadlineMs: number;
  private readonly tokenLifetimeMs: number;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? 'fake-bot-token.Xy9.secret-value';
    this.deadlineMs = options.acknowledgeDeadlineMs ?? 3000;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? 15 * 60_000;
    this.server = createServer((request, response) => void this.handle(request, response));
    this.gateway = new FakeGateway(this.server, this.world, this.token, () => `ws://127.0.0.1:${this.port}`);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_BASE should be; @discordjs/rest appends /v10. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Discord keeps enforced nonces only for minutes: models a bot that was down longer. */
  forgetNonces(): void {
    this.channelNonces.clear();
  }

  get connectedSessions(): number {
    return this.gateway.readySessions;
  }

  /** Gateway IDENTIFY and RESUME payloads received, in order. */
  get gatewayIdentifies(): Record<string, unknown>[] {
    return this.gateway.identifies;
  }

  get gatewayResumes(): Record<string, unknown>[] {
    return this.gateway.resumes;
  }

  /** Dispatches replayed after RESUMEs: those the client missed while away. */
  get gatewayReplayed(): number {
    return this.gateway.replayed;
  }

  /** Fault: cuts the gateway connections (without a close frame, or with `code`); sessions stay resumable. */
  dropGatewayConnections(code?: number): number {
    return this.gateway.dropConnections(code);
  }

  /** Fault: sessions lost on Discord's side; the client's RESUME is refused (op 9) and it identifies again. */
  forgetGatewaySessions(): void {
    this.gateway.forgetSessions();
  }

  /** Discord's op 7 RECONNECT: the client reconnects and resumes. */
  requestGatewayReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Adds a REST fault: a 429 with rate-limit headers, a 5xx, or a slow response. */
  injectFault(fault: RequestFault): void {
    this.faults.add(fault);
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Dispatches INTERACTION_CREATE to the connected bot and starts Discord's 3 s clock. */
  dispatchInteraction(payload: Json): InteractionRecord {
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      payload,
      dispatchedAt: performance.now(),
      edits: [],
      followUps: [],
      rejections: [],
    };
    this.interactions.set(record.id, record);
    if (this.gateway.dispatch('INTERACTION_CREATE', payload) === 0) throw new Error('no bot is connected');
    return record;
  }

  /** Resolves once the record satisfies the predicate (by default: answered for good). */
  waitFor(
    record: InteractionRecord,
    predicate: (record: InteractionRecord) => boolean = isSettled,
    timeoutMs = 5000,
  ): Promise<InteractionRecord> {
    return this.waitUntil(() => predicate(record), timeoutMs, () => `interaction ${record.id} (${JSON.stringify(record.acknowledgement ?? 'not acknowledged')})`).then(() => record);
  }

  waitUntil(condition: () => boolean, timeoutMs = 5000, describe: () => string = () => 'condition'): Promise<void> {
    if (condition()) return Promise.resolve();
    // Also polls, because some conditions change on the bot's side after the fake answered.
    return new Promise((resolve, reject) => {
      const finish = (error?: Error): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.off('change', onChange);
        if (error) reject(error);
        else resolve();
      };
      const onChange = (): void => {
        if (condition()) finish();
      };
      const timer = setTimeout(() => finish(new Error(`fake Discord: timed out waiting for ${describe()}`)), timeoutMs);
      const poll = setInterval(onChange, 20);
      this.on('change', onChange);
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const method = request.method ?? 'GET';
    this.requests.push({ method, route, authorization: request.headers.authorization });
    const fault = this.faults.take(method, route);
    if (fault?.status) {
      await readBody(request).catch(() => '');
      sendFault(response, fault, route);
      this.emit('change');
      return;
    }
    if (this.dropEdits > 0 && method === 'PATCH' && route.startsWith('/webhooks/')) {
      this.dropEdits -= 1;
      request.socket.destroy();
      return;
    }
    try {
      const text = await readBody(request);
      const body = text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
      if (body !== undefined) this.bodies.push({ method, route, body });
      const result = this.route(method, route, body, request.headers.authorization, url.searchParams);
      if (fault?.delayMs) {
        this.heldResponses += 1;
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        this.heldResponses -= 1;
      }
      send(response, result === undefined ? 204 : 200, result);
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, 0, String(error));
      const rejection = { method, route, status: failure.status, code: failure.code, problems: failure.problems };
      this.rejections.push(rejection);
      const interactionId = /^\/interactions\/(\d+)\//.exec(route)?.[1];
      const record = interactionId ? this.interactions.get(interactionId) : this.findByToken(route);
      record?.rejections.push(rejection);
      send(response, failure.status, {
        code: failure.code,
        message: failure.message,
        errors: failure.problems.length > 0 ? { _errors: failure.problems.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) } : undefined,
      });
    } finally {
      this.emit('change');
    }
  }

  private route(method: string, route: string, body: unknown, authorization: string | undefined, query: URLSearchParams): unknown {
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route);
    if (method === 'POST' && callback) return this.acknowledge(callback[1]!, callback[2]!, body as Json, query);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(route);
    if (webhook) return this.webhook(method, webhook[2]!, Boolean(webhook[3]), body as Json);
    if (method === 'GET' && route === '/gateway/bot') {
      this.requireBot(authorization);
      return {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      };
    }
    if (method === 'GET' && route === '/users/@me') {
      this.requireBot(authorization);
      return { id: this.world.botUserId, username: 'briefbot', discriminator: '0', avatar: null, bot: true };
    }
    const commands = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(route);
    if (method === 'PUT' && commands) return this.register(route, commands[1]!, commands[3], body, authorization);
    const channel = /^\/channels\/(\d+)\/messages$/.exec(route);
    if (method === 'POST' && channel) {
      this.requireBot(authorization);
      if (channel[1] !== this.world.channelId) throw new HttpError(404, 10003, 'Unknown Channel');
      this.requireValidMessage(body as Json);
      const nonce = (body as Json).nonce;
      const enforced = (body as Json).enforce_nonce === true && (typeof nonce === 'string' || typeof nonce === 'number');
      // Discord answers a repeated enforced nonce with the message it already created.
      const existing = enforced ? this.channelNonces.get(String(nonce)) : undefined;
      if (existing) return existing;
      const message = { ...createMessage(this.world, body as Json), ...(nonce !== undefined ? { nonce } : {}) };
      this.channelMessages.push(message);
      if (enforced) this.channelNonces.set(String(nonce), message);
      return message;
    }
    if (method === 'GET' && channel) {
      this.requireBot(authorization);
      if (channel[1] !== this.world.channelId) throw new HttpError(404, 10003, 'Unknown Channel');
      const limit = Math.min(100, Number(query.get('limit') ?? 50));
      // Newest first, without the nonce: Discord returns it only on create.
      return this.channelMessages
        .slice(-limit)
        .reverse()
        .map(({ nonce: _nonce, ...message }) => message);
    }
    throw new HttpError(404, 0, `404: Not Found (${method} ${route})`);
  }

  private requireBot(authorization: string | undefined): void {
    if (authorization !== `Bot ${this.token}`) throw new HttpError(401, 0, '401: Unauthorized');
  }

  private requireValidMessage(body: Json): void {
    const problems = checkMessage(body ?? {});
    if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
  }

  private acknowledge(id: string, token: string, body: Json, query: URLSearchParams): unknown {
    const record = this.interactions.get(id);
    if (!record || record.token !== token) throw new HttpError(404, 10062, 'Unknown interaction');
    const afterMs = performance.now() - record.dispatchedAt;
    if (record.acknowledgement) throw new HttpError(400, 40060, 'Interaction has already been acknowledged.');
    if (afterMs > this.deadlineMs) throw new HttpError(404, 10062, 'Unknown interaction');
    const type = Number(body.type);
    const isAutocomplete = record.type === 4;
    if (isAutocomplete !== (type === callbackTypes.autocomplete)) {
      throw new HttpError(400, 50035, 'Invalid Form Body', [`type: callback ${type} is not valid for interaction type ${record.type}`]);
    }
    if ((type === callbackTypes.update || type === callbackTypes.deferredUpdate) && record.type !== 3) {
      throw new HttpError(400, 50035, 'Invalid Form Body', ['type: update is only valid for components']);
    }
    const data = (body.data ?? {}) as Json;
    if (type === callbackTypes.autocomplete) {
      const problems = checkAutocomplete(data);
      if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
    }
    if (type === callbackTypes.message || type === callbackTypes.update) this.requireValidMessage(data);
    record.acknowledgement = { type, afterMs, body };
    if (type === callbackTypes.message) record.original = createMessage(this.world, data, { interaction: record.payload });
    if (type === callbackTypes.update) {
      const previous = (record.payload.message ?? {}) as Json;
      record.original = createMessage(this.world, data, { interaction: record.payload, previous });
    }
    if (query.get('with_response') === 'true') {
      return { interaction: { id, type: record.type }, resource: { type, message: record.original } };
    }
    return undefined;
  }

  private findByToken(route: string): InteractionRecord | undefined {
    const token = /^\/webhooks\/\d+\/([^/]+)/.exec(route)?.[1];
    return [...this.interactions.values()].find((record) => record.token === token);
  }

  private webhook(method: string, token: string, original: boolean, body: Json): unknown {
    const record = [...this.interactions.values()].find((candidate) => candidate.token === token);
    if (!record || !record.acknowledgement) throw new HttpError(404, 10015, 'Unknown Webhook');
    if (performance.now() - record.dispatchedAt > this.tokenLifetimeMs) throw new HttpError(401, 50027, 'Invalid Webhook Token');
    if (method === 'GET' && original) {
      if (!record.original) throw new HttpError(404, 10008, 'Unknown Message');
      return record.original;
    }
    if (method === 'PATCH' && original) {
      this.requireValidMessage(body);
      const previous = record.original ?? (record.acknowledgement.type === callbackTypes.deferredUpdate ? (record.payload.message as Json) : undefined);
      record.original = createMessage(this.world, body, { interaction: record.payload, previous });
      record.edits.push({ afterMs: performance.now() - record.dispatchedAt, body });
      return record.original;
    }
    if (method === 'DELETE' && original) {
      record.original = undefined;
      return undefined;
    }
    if (method === 'POST' && !original) {
      this.requireValidMessage(body);
      const message = createMessage(this.world, body, { interaction: record.payload });
      record.followUps.push(message);
      return message;
    }
    throw new HttpError(405, 0, '405: Method Not Allowed');
  }

  private register(route: string, applicationId: string, guildId: string | undefined, body: unknown, authorization: string | undefined): unknown {
    this.requireBot(authorization);
    if (applicationId !== this.world.applicationId) throw new HttpError(403, 50001, 'Missing Access');
    if (guildId !== undefined && guildId !== this.world.guildId) throw new HttpError(403, 50001, 'Missing Access');
    const problems = checkCommands(body);
    if (problems.length > 0) throw new HttpError(400, 50035, 'Invalid Form Body', problems);
    const commands = body as Json[];
    this.registrations.push({ scope: guildId ? 'guild' : 'global', path: route, body: commands });
    return commands.map((command) => ({
      ...command,
      id: createSnowflake(),
      application_id: applicationId,
      guild_id: guildId,
      version: createSnowflake(),
      type: command.type ?? 1,
    }));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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
