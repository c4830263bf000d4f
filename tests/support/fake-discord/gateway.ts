import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeWorld } from './payloads.js';
import { guildPayload, userPayload } from './payloads.js';

type Json = Record<string, unknown>;

/**
 * The gateway half of the fake: HELLO, IDENTIFY, READY + GUILD_CREATE, heartbeat acks, then
 * dispatches. JSON encoding without compression (discord.js compresses only with zlib-sync).
 */
export class FakeGateway {
  private readonly server: WebSocketServer;
  private readonly sessions = new Set<{ socket: WebSocket; sequence: number }>();
  identifies: Json[] = [];

  constructor(
    httpServer: Server,
    private readonly world: FakeWorld,
    private readonly expectedToken: string,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  get readySessions(): number {
    return this.sessions.size;
  }

  private accept(socket: WebSocket): void {
    const session = { socket, sequence: 0 };
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Json };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) this.identify(session, packet.d);
    });
    socket.on('close', () => this.sessions.delete(session));
  }

  private identify(session: { socket: WebSocket; sequence: number }, identify: Json): void {
    this.identifies.push(identify);
    if (identify.token !== this.expectedToken) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    this.sessions.add(session);
    this.send(session, 'READY', {
      v: 10,
      user: { ...userPayload({ id: this.world.botUserId, username: 'briefbot' }, true), verified: true, mfa_enabled: false },
      guilds: [{ id: this.world.guildId, unavailable: true }],
      session_id: `session-${this.world.botUserId}`,
      resume_gateway_url: 'ws://127.0.0.1:1',
      shard: [0, 1],
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
    });
    this.send(session, 'GUILD_CREATE', guildPayload(this.world));
  }

  private send(session: { socket: WebSocket; sequence: number }, type: string, data: Json): void {
    session.sequence += 1;
    session.socket.send(JSON.stringify({ op: 0, t: type, s: session.sequence, d: data }));
  }

  /** Sends a dispatch to every identified session; returns how many received it. */
  dispatch(type: string, data: Json): number {
    for (const session of this.sessions) this.send(session, type, data);
    return this.sessions.size;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
