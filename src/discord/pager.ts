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

interface PageSession {
  ownerId: string;
  pages: ReplyPage[];
  expiresAt: number;
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
export class Pager {
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
    const sessionId = randomBytes(6).toString('hex');
    this.sessions.set(sessionId, { ownerId, pages: [...pages], expiresAt: this.now() + this.lifetimeMs });
    return this.show(sessionId, pages, 0);
  }

  turn(customId: string, userId: string): PageTurn {
    const [, sessionId = '', target = ''] = customId.split(':');
    const session = this.sessions.get(sessionId);
    if (!session || session.expiresAt < this.now()) return { kind: 'expired' };
    if (session.ownerId !== userId) return { kind: 'not-owner' };
    const index = Math.min(Math.max(Number.parseInt(target, 10) || 0, 0), session.pages.length - 1);
    return { kind: 'page', reply: this.show(sessionId, session.pages, index) };
  }

  get size(): number {
    return this.sessions.size;
  }

  private show(sessionId: string, pages: readonly ReplyPage[], index: number): PagedReply {
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

  private forgetExpired(): void {
    const now = this.now();
    for (const [sessionId, session] of this.sessions) {
      if (session.expiresAt < now) this.sessions.delete(sessionId);
    }
  }
}
