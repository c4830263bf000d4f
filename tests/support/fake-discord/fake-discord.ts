import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatInChannel } from './channel-messages.js';
import { FaultPlan, type RequestFault } from './faults.js';
import { FakeGateway } from './gateway.js';
import { handleRequest } from './handle-request.js';
import { createInteractionRecord, isSettled, type InteractionRecord, type Rejection } from './interaction-record.js';
import type { Json } from './json.js';
import type { CommandRegistration, ReceivedBody, ReceivedRequest, RestState } from './rest-state.js';
import { waitUntil } from './wait-until.js';
import { createWorld, type FakeWorld } from './world.js';

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
 * The REST routes live in rest-routes.ts and the modules it calls; this class owns the records,
 * the server's lifecycle and the gateway.
 */
export class FakeDiscord extends EventEmitter {
  readonly world: FakeWorld = createWorld();
  readonly token: string;
  readonly interactions = new Map<string, InteractionRecord>();
  readonly registrations: CommandRegistration[] = [];
  readonly channelMessages: Json[] = [];
  readonly rejections: Rejection[] = [];
  readonly requests: ReceivedRequest[] = [];
  /** Every request body the fake received, parsed: what the bot sent to Discord. */
  readonly bodies: ReceivedBody[] = [];
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
  private readonly state: RestState;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? 'fake-bot-token.Xy9.secret-value';
    this.state = {
      world: this.world,
      token: this.token,
      interactions: this.interactions,
      registrations: this.registrations,
      channelMessages: this.channelMessages,
      channelNonces: this.channelNonces,
      acknowledgeDeadlineMs: options.acknowledgeDeadlineMs ?? 3000,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
      gatewayUrl: () => `ws://127.0.0.1:${this.port}`,
    };
    this.server = createServer((request, response) => void handleRequest(this, this.state, request, response));
    this.gateway = new FakeGateway(this.server, this.world, this.token, this.state.gatewayUrl);
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

  /** Members post `count` messages in the channel (a busy channel buries the bot's own). */
  chatInChannel(count: number): void {
    chatInChannel(
      { world: this.world, channelMessages: this.channelMessages, channelNonces: this.channelNonces },
      count,
    );
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
    const record = createInteractionRecord(payload);
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
    return this.waitUntil(
      () => predicate(record),
      timeoutMs,
      () => `interaction ${record.id} (${JSON.stringify(record.acknowledgement ?? 'not acknowledged')})`,
    ).then(() => record);
  }

  waitUntil(condition: () => boolean, timeoutMs = 5000, describe: () => string = () => 'condition'): Promise<void> {
    return waitUntil(this, condition, timeoutMs, describe);
  }
}
