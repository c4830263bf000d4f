import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildPayload } from './guild-payload.js';
import type { Json } from './json.js';
import { userPayload, type FakeWorld } from './world.js';

/** A gateway session outlives its socket, as on Discord: a client may RESUME it on a new one. */
interface GatewaySession {
  id: string;
  sequence: number;
  socket: WebSocket | null;
  /** Dispatches sent so far (bounded), replayed after a RESUME from the client's last sequence. */
  sent: Array<{ sequence: number; packet: string }>;
  /** [id, count] from IDENTIFY: the session gets the events of the guilds of its shard only. */
  shard: [number, number];
}

/** Discord's rule: a guild's events go to shard (guild_id >> 22) % count; DMs to shard 0. */
function ownsGuild(shard: [number, number], guildId: unknown): boolean {
  const [id, count] = shard;
  if (typeof guildId !== 'string') return id === 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
}

/** Discord keeps a session's events for a while; the fake keeps the last this many. */
const replayLimit = 5000;

/**
 * The gateway half of the fake: HELLO, IDENTIFY, READY + GUILD_CREATE, heartbeat acks, then
 * dispatches. A dropped connection leaves the session resumable: dispatches sent meanwhile are
 * kept and replayed after op 6 RESUME, then RESUMED. A client that closes normally (1000) ends
 * its session, as Discord does. JSON encoding without compression (discord.js compresses
 * only with zlib-sync).
 */
export class FakeGateway {
  private readonly server: WebSocketServer;
  private readonly sessions = new Map<string, GatewaySession>();
  private sessionCount = 0;
  identifies: Json[] = [];
  resumes: Json[] = [];
  /** Dispatches sent again after a RESUME, because the client had not seen them. */
  replayed = 0;

  constructor(
    httpServer: Server,
    private readonly world: FakeWorld,
    private readonly expectedToken: string,
    private readonly url: () => string,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  /** Sessions with a live socket. */
  get readySessions(): number {
    return [...this.sessions.values()].filter((session) => session.socket !== null).length;
  }

  /** Sessions that receive dispatches: live, or dropped and still resumable. */
  get openSessions(): number {
    return this.sessions.size;
  }

  private accept(socket: WebSocket): void {
    let session: GatewaySession | null = null;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Json };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) session = this.identify(socket, packet.d);
      if (packet.op === 6) session = this.resume(socket, packet.d);
    });
    socket.on('close', (code) => {
      if (!session || session.socket !== socket) return;
      session.socket = null;
      // A normal close by the client ends the session; anything else may be resumed.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    });
  }

  private identify(socket: WebSocket, identify: Json): GatewaySession | null {
    this.identifies.push(identify);
    if (identify.token !== this.expectedToken) {
      socket.close(4004, 'Authentication failed.');
      return null;
    }
    this.sessionCount += 1;
    const [shardId, shardCount] = Array.isArray(identify.shard) ? (identify.shard as number[]) : [0, 1];
    const session: GatewaySession = {
      id: `session-${this.world.botUserId}-${this.sessionCount}`,
      sequence: 0,
      socket,
      sent: [],
      shard: [shardId ?? 0, shardCount ?? 1],
    };
    const hasGuild = ownsGuild(session.shard, this.world.guildId);
    this.sessions.set(session.id, session);
    this.send(session, 'READY', {
      v: 10,
      user: {
        ...userPayload({ id: this.world.botUserId, username: 'briefbot' }, true),
        verified: true,
        mfa_enabled: false,
      },
      guilds: hasGuild ? [{ id: this.world.guildId, unavailable: true }] : [],
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard: session.shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
    });
    if (hasGuild) this.send(session, 'GUILD_CREATE', guildPayload(this.world));
    return session;
  }

  private resume(socket: WebSocket, resume: Json): GatewaySession | null {
    this.resumes.push(resume);
    if (resume.token !== this.expectedToken) {
      socket.close(4004, 'Authentication failed.');
      return null;
    }
    const session = this.sessions.get(String(resume.session_id));
    const from = Number(resume.seq ?? 0);
    const oldestKept = session?.sent[0]?.sequence ?? Number.POSITIVE_INFINITY;
    // An unknown session, or one whose missed events are gone from the buffer: op 9, start over.
    if (!session || from > session.sequence || (from < session.sequence && oldestKept > from + 1)) {
      socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return null;
    }
    const missed = session.sent.filter((event) => event.sequence > from);
    session.socket?.terminate();
    session.socket = socket;
    for (const event of missed) socket.send(event.packet);
    this.replayed += missed.length;
    this.send(session, 'RESUMED', {});
    return session;
  }

  private send(session: GatewaySession, type: string, data: Json): void {
    session.sequence += 1;
    const packet = JSON.stringify({ op: 0, t: type, s: session.sequence, d: data });
    session.sent.push({ sequence: session.sequence, packet });
    if (session.sent.length > replayLimit) session.sent.splice(0, session.sent.length - replayLimit);
    if (session.socket && session.socket.readyState === session.socket.OPEN) session.socket.send(packet);
  }

  /**
   * Sends a dispatch to every open session of the shard its guild belongs to (kept for replay
   * if its socket is down); returns how many.
   */
  dispatch(type: string, data: Json): number {
    let sent = 0;
    for (const session of this.sessions.values()) {
      if (!ownsGuild(session.shard, data.guild_id)) continue;
      this.send(session, type, data);
      sent += 1;
    }
    return sent;
  }

  /** Fault: cuts every live socket without a close frame (the client sees 1006) or with `code`. */
  dropConnections(code?: number): number {
    let dropped = 0;
    for (const session of this.sessions.values()) {
      if (!session.socket) continue;
      if (code === undefined) session.socket.terminate();
      else session.socket.close(code, 'fake Discord dropped the connection');
      dropped += 1;
    }
    return dropped;
  }

  /** Fault: drops every socket and forgets the sessions, so a RESUME gets op 9 and the client identifies again. */
  forgetSessions(): void {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const session of sessions) session.socket?.terminate();
  }

  /** Discord's op 7: the client should reconnect and resume. */
  requestReconnect(): void {
    for (const session of this.sessions.values()) {
      session.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
    }
  }

  async close(): Promise<void> {
    for (const session of this.sessions.values()) session.socket?.terminate();
    this.sessions.clear();
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
