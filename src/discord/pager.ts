import { randomBytes } from 'node:crypto';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import type { ReplyPage } from './render/reply-page.js';

/** A page of a reply with its previous / next buttons, ready to send. */
export interface PagedReply extends ReplyPage {
  components: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
}

export type PageTurn = { kind: 'page'; reply: PagedReply } | { kind: 'not-owner' } | { kind: 'expired' };

export const pagePrefix = 'page:';

export interface PageSession {
  ownerId: string;
  pages: ReplyPage[];
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/**
 * What answers page buttons: the in-memory Pager (one process) or the SharedPager, whose
 * sessions live where every process reads them (PostgreSQL, with DATABASE_URL).
 */
export interface PageKeeper {
  /** The first page, with buttons when there is more than one. */
  open(ownerId: string, pages: readonly ReplyPage[]): PagedReply | Promise<PagedReply>;
  turn(customId: string, userId: string): PageTurn | Promise<PageTurn>;
}

/** Where a SharedPager keeps its sessions (src/storage/postgres/postgres-page-sessions.ts). */
export interface PageSessionStore {
  save(sessionId: string, session: PageSession): Promise<void>;
  load(sessionId: string): Promise<PageSession | null>;
}

export interface PagerOptions {
  /** Interaction tokens accept edits for 15 minutes; buttons live as long. */
  lifetimeMs?: number;
  maxSessions?: number;
  now?: () => number;
}

/**
 * Keeps multi-page replies in memory so the buttons carry only a short id. Only the user
 * who asked may turn the pages. Old sessions expire; the oldest go first when full.
 */
export class Pager implements PageKeeper {
  private readonly sessions = new Map<string, PageSession>();
  private readonly lifetimeMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: PagerOptions = {}) {
    this.lifetimeMs = options.lifetimeMs ?? 15 * 60_000;
    this.maxSessions = options.maxSessions ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /** The first page, with buttons when there is more than one. */
  open(ownerId: string, pages: readonly ReplyPage[]): PagedReply {
    const first = pages[0] ?? { embeds: [] };
    if (pages.length < 2) return { ...first, components: [] };
    this.forgetExpired();
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const sessionId = newSessionId();
    this.sessions.set(sessionId, { ownerId, pages: [...pages], expiresAt: this.now() + this.lifetimeMs });
    return showPage(sessionId, pages, 0);
  }

  turn(customId: string, userId: string): PageTurn {
    const target = targetOf(customId);
    return turnTo(target, this.sessions.get(target.sessionId), userId, this.now());
  }

  get size(): number {
    return this.sessions.size;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [sessionId, session] of this.sessions) {
      if (session.expiresAt < now) this.sessions.delete(sessionId);
    }
  }
}

/**
 * Pages kept in a store every process reads: a button pressed on one process's reply is
 * answered by whichever process Discord hands it to. Same rules as the Pager: only the asker
 * turns the pages, and they expire.
 */
export class SharedPager implements PageKeeper {
  private readonly lifetimeMs: number;
  private readonly now: () => number;

  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly store: PageSessionStore,
    options: Pick<PagerOptions, 'lifetimeMs' | 'now'> & { onError?: (error: unknown) => void } = {},
  ) {
    this.lifetimeMs = options.lifetimeMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? (() => undefined);
  }

  /** A session that cannot be saved (the database is down) costs the buttons, not the answer. */
  async open(ownerId: string, pages: readonly ReplyPage[]): Promise<PagedReply> {
    const first = pages[0] ?? { embeds: [] };
    if (pages.length < 2) return { ...first, components: [] };
    const sessionId = newSessionId();
    try {
      await this.store.save(sessionId, { ownerId, pages: [...pages], expiresAt: this.now() + this.lifetimeMs });
    } catch (error) {
      this.onError(error);
      return { ...first, components: [] };
    }
    return showPage(sessionId, pages, 0);
  }

  async turn(customId: string, userId: string): Promise<PageTurn> {
    const target = targetOf(customId);
    const session = target.sessionId ? await this.store.load(target.sessionId) : null;
    return turnTo(target, session ?? undefined, userId, this.now());
  }
}

function newSessionId(): string {
  return randomBytes(6).toString('hex');
}

/** `page:<session>:<index>:<label>`, as showPage writes it. */
function targetOf(customId: string): { sessionId: string; index: number } {
  const [, sessionId = '', target = ''] = customId.split(':');
  return { sessionId, index: Number.parseInt(target, 10) || 0 };
}

function turnTo(
  target: { sessionId: string; index: number },
  session: PageSession | undefined,
  userId: string,
  now: number,
): PageTurn {
  if (!session || session.expiresAt < now) return { kind: 'expired' };
  if (session.ownerId !== userId) return { kind: 'not-owner' };
  const index = Math.min(Math.max(target.index, 0), session.pages.length - 1);
  return { kind: 'page', reply: showPage(target.sessionId, session.pages, index) };
}

function showPage(sessionId: string, pages: readonly ReplyPage[], index: number): PagedReply {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`${pagePrefix}${sessionId}:${index - 1}:previous`)
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(index === 0),
    new ButtonBuilder()
      .setCustomId(`${pagePrefix}${sessionId}:${index}:position`)
      .setLabel(`${index + 1} / ${pages.length}`)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(true),
    new ButtonBuilder()
      .setCustomId(`${pagePrefix}${sessionId}:${index + 1}:next`)
      .setLabel('Next')
      .setStyle(ButtonStyle.Primary)
      .setDisabled(index === pages.length - 1),
  );
  return { ...pages[index]!, components: [row.toJSON()] };
}
