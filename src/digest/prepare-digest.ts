import { randomBytes } from 'node:crypto';
import { analysedOf, buildDigest } from './build-digest.js';
import type { DigestPoster } from './digest-poster.js';
import type { DigestSource } from './digest-source.js';
import type { DigestRecords } from './digest-records.js';
import { articlesAfter } from './ledger.js';
import { settledUntil } from './schedule.js';
import type { PendingDigest } from './store-state.js';
import { defaultDigestLimits, type DigestLimits } from './types.js';

export interface PrepareDigestOptions {
  guildId: string;
  channelId: string;
  /** The scheduled instant, or null for a digest asked for now. */
  slot: Date | null;
  whenEmpty: 'skip' | 'post';
  now: Date;
  /** The poster's rendering: the messages are rendered once, stored, then sent. */
  render: DigestPoster['render'];
  limits?: Partial<DigestLimits>;
  newDigestId?: () => string;
}

/** `taken`: another process prepared this slot's digest first, or a digest is pending already. */
export type PrepareOutcome = { kind: 'pending'; pending: PendingDigest } | { kind: 'nothing-new' } | { kind: 'taken' };

/** Short enough that `${id}${part}` fits Discord's 25-character nonce. */
export function newDigestId(): string {
  return randomBytes(10).toString('hex');
}

// Four characters Discord keeps but does not show, two bits each.
const invisibleDigits = ['\u200b', '\u200c', '\u200d', '\u2060'] as const;

/**
 * What lets the bot find a part it already posted (in the channel's history, after a crash):
 * the digest id and the part, written in characters a reader does not see. A visible
 * reference was noise to readers, who had no use for it.
 */
export function digestMarker(digestId: string, part: number, parts: number): string {
  const hex = `${digestId}${part.toString(16).padStart(2, '0')}${parts.toString(16).padStart(2, '0')}`;
  let marker = '';
  for (const digit of hex) {
    const value = Number.parseInt(digit, 16);
    marker += invisibleDigits[value >> 2]! + invisibleDigits[value & 3]!;
  }
  return marker;
}

/** The footer of each message of a digest: the marker sits inside, where no trimming reaches it. */
function digestFooter(digestId: string, part: number, parts: number): string {
  return `Briefbot daily digest${digestMarker(digestId, part, parts)} · ${part}/${parts}`;
}

function sinceWords(lastDigestAt: string | null): string | null {
  return lastDigestAt ? `${lastDigestAt.slice(0, 16).replace('T', ' ')} UTC` : null;
}

/**
 * Takes a snapshot of the corpus, picks what the guild has not been sent, renders it and
 * writes it to the store as the guild's pending digest, all before anything is posted. An
 * article that arrives later gets a higher ledger number than this digest's high water, so
 * it goes into the next digest. The guild's record is read afresh inside the atomic change:
 * when two processes' schedulers fire for one slot, the one that comes second (or finds the
 * record being changed) finds the slot settled or a digest pending, and leaves it (`taken`).
 */
export async function prepareDigest(
  store: DigestRecords,
  source: DigestSource,
  options: PrepareDigestOptions,
): Promise<PrepareOutcome> {
  const articles = await source.listArticles();
  const numbers = await store.numberArticles(articles);
  // The stories a digest reads are fetched before the atomic change (a database's list holds no
  // bodies): for the articles new to the guild as its record stands now. If the record moves
  // meanwhile, another digest was prepared in between, and this one stands aside.
  const { highWater } = await store.readGuild(options.guildId);
  const limits = { ...defaultDigestLimits, ...options.limits };
  const candidates = articlesAfter(articles, numbers, highWater).articles;
  const stories = await source.readStories(analysedOf(candidates, limits.articles));
  const bodies = new Map(stories.articles.map((article) => [article.id, article]));
  const attempt = await store.tryUpdateGuild(options.guildId, (guild): PrepareOutcome => {
    if (guild.pending || guild.highWater !== highWater) return { kind: 'taken' };
    if (options.slot && (!guild.settings?.enabled || options.slot.getTime() <= settledUntil(guild)))
      return { kind: 'taken' };
    const fresh = articlesAfter(articles, numbers, guild.highWater);
    if (fresh.articles.length === 0 && options.whenEmpty === 'skip') {
      if (options.slot) guild.lastSlot = options.slot.toISOString();
      return { kind: 'nothing-new' };
    }
    const digest = buildDigest({
      articles: fresh.articles.map((article) => bodies.get(article.id) ?? article),
      knowledge: stories.knowledge,
      since: sinceWords(guild.lastDigestAt),
      generatedAt: options.now,
      limits: options.limits,
    });
    const digestId = (options.newDigestId ?? newDigestId)();
    const messages = options.render(digest, (part, parts) => digestFooter(digestId, part, parts));
    const pending: PendingDigest = {
      digestId,
      channelId: options.channelId,
      slot: options.slot?.toISOString() ?? null,
      createdAt: options.now.toISOString(),
      highWater: fresh.highWater,
      articleCount: fresh.articles.length,
      messages: messages.map((message, index) => ({
        nonce: `${digestId}${index.toString(36)}`,
        message,
        attempted: false,
        attemptedAt: null,
        messageId: null,
        unconfirmed: false,
      })),
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
    };
    guild.pending = pending;
    return { kind: 'pending', pending };
  });
  return attempt.done ? attempt.result : { kind: 'taken' };
}
