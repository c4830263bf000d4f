import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Pool, PoolClient } from 'pg';
import type { Article } from '../../corpus/article.js';
import type { DigestRecords } from '../../digest/digest-records.js';
import { repairGuild } from '../../digest/digest-store.js';
import { arrivalOrder, versionOf } from '../../digest/ledger.js';
import { silentLogger, type DigestLogger } from '../../digest/logger.js';
import { emptyGuildState, guildSchema, type GuildDigestState } from '../../digest/store-state.js';

// Any constant shared by every process numbering articles in the same database.
export const NUMBERING_LOCK = 1_702_170_005;
/** How long a claim on a pending digest lasts unless renewed (before each part is sent). */
export const DEFAULT_CLAIM_MS = 2 * 60_000;

export interface PostgresDigestRecordsOptions {
  logger?: DigestLogger;
  claimMs?: number;
  /** Who claims (default: host, pid and a random part, one a process). */
  owner?: string;
}

interface GuildRow {
  guild_id: string;
  settings: unknown;
  high_water: string;
  last_slot: string | null;
  last_digest_at: string | null;
  pending: unknown;
  problem: unknown;
}

const guildColumns = 'guild_id, settings, high_water, last_slot, last_digest_at, pending, problem';

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

async function inTransaction<Result>(pool: Pool, work: (db: PoolClient) => Promise<Result>): Promise<Result> {
  const db = await pool.connect();
  let healthy = true;
  try {
    await db.query('BEGIN');
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => (healthy = false));
    throw error;
  } finally {
    db.release(!healthy);
  }
}

/**
 * The digest's records in PostgreSQL (migration 005), shared by every serving process. A
 * guild's change is one transaction on its row, locked; a slot's digest is prepared under
 * `FOR UPDATE SKIP LOCKED`, so when two schedulers fire at once the second stands aside; the
 * process that writes a pending digest holds its claim (a lease on the database's clock,
 * renewed before each part it sends), and another takes it only once that lease has run out:
 * a process that dies mid-post blocks no one for longer than `claimMs`.
 */
export class PostgresDigestRecords implements DigestRecords {
  private readonly logger: DigestLogger;
  private readonly claimMs: number;
  readonly owner: string;

  constructor(
    private readonly pool: Pool,
    options: PostgresDigestRecordsOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  }

  async readGuilds(): Promise<Record<string, GuildDigestState>> {
    const { rows } = await this.pool.query<GuildRow>(`SELECT ${guildColumns} FROM digest_guilds ORDER BY guild_id`);
    return Object.fromEntries(rows.map((row) => [row.guild_id, this.guildOf(row)]));
  }

  async readGuild(guildId: string): Promise<GuildDigestState> {
    const { rows } = await this.pool.query<GuildRow>(`SELECT ${guildColumns} FROM digest_guilds WHERE guild_id = $1`, [
      guildId,
    ]);
    return rows[0] ? this.guildOf(rows[0]) : emptyGuildState();
  }

  async updateGuild<Result>(guildId: string, change: (guild: GuildDigestState) => Result): Promise<Result> {
    const attempt = await this.changeGuild(guildId, change, false);
    if (!attempt.done) throw new Error('a locked guild record was skipped without SKIP LOCKED');
    return attempt.result;
  }

  tryUpdateGuild<Result>(
    guildId: string,
    change: (guild: GuildDigestState) => Result,
  ): Promise<{ done: true; result: Result } | { done: false }> {
    return this.changeGuild(guildId, change, true);
  }

  numberArticles(articles: readonly Article[]): Promise<ReadonlyMap<string, number>> {
    return inTransaction(this.pool, async (db) => {
      // One numbering at a time: numbers then follow the order each batch of arrivals was sorted in.
      await db.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
      const { rows } = await db.query<{ article_id: string; number: string }>(
        `SELECT d.article_id, d.number FROM digest_articles d
           JOIN unnest($1::text[], $2::text[]) AS given (id, version)
             ON d.article_id = given.id AND d.version = given.version`,
        [articles.map((article) => article.id), articles.map(versionOf)],
      );
      const numbers = new Map(rows.map((row) => [row.article_id, Number(row.number)]));
      const unseen = articles.filter((article) => !numbers.has(article.id)).sort(arrivalOrder);
      if (unseen.length === 0) return numbers;
      const drawn = await db.query<{ number: string }>(
        "SELECT nextval('digest_article_numbers') AS number FROM generate_series(1, $1)",
        [unseen.length],
      );
      const fresh = drawn.rows.map((row) => Number(row.number)).sort((left, right) => left - right);
      unseen.forEach((article, index) => numbers.set(article.id, fresh[index]!));
      await db.query(
        `INSERT INTO digest_articles (article_id, version, number)
           SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`,
        [unseen.map((article) => article.id), unseen.map(versionOf), fresh],
      );
      return numbers;
    });
  }

  /**
   * One conditional UPDATE: it waits for a row another process is changing, then checks the
   * claim again as that change left it, so of two processes claiming one expired claim the
   * second finds the first's. (SKIP LOCKED here could skip the holder's own renewal.)
   */
  async claimPending(guildId: string, digestId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE digest_guilds
          SET claimed_by = $3, claimed_until = clock_timestamp() + $4 * interval '1 millisecond'
        WHERE guild_id = $1 AND pending->>'digestId' = $2
          AND (claimed_by IS NULL OR claimed_by = $3 OR claimed_until <= clock_timestamp())`,
      [guildId, digestId, this.owner, this.claimMs],
    );
    return rowCount === 1;
  }

  async releasePending(guildId: string, digestId: string): Promise<void> {
    await this.pool.query(
      `UPDATE digest_guilds SET claimed_by = NULL, claimed_until = NULL
        WHERE guild_id = $1 AND claimed_by = $2 AND pending->>'digestId' = $3`,
      [guildId, this.owner, digestId],
    );
  }

  private changeGuild<Result>(
    guildId: string,
    change: (guild: GuildDigestState) => Result,
    skipLocked: boolean,
  ): Promise<{ done: true; result: Result } | { done: false }> {
    return inTransaction(this.pool, async (db) => {
      await db.query('INSERT INTO digest_guilds (guild_id) VALUES ($1) ON CONFLICT (guild_id) DO NOTHING', [guildId]);
      const { rows } = await db.query<GuildRow>(
        `SELECT ${guildColumns} FROM digest_guilds WHERE guild_id = $1 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
        [guildId],
      );
      if (!rows[0]) return { done: false as const };
      const before = this.guildOf(rows[0]);
      const draft = structuredClone(before);
      const result = change(draft);
      if (JSON.stringify(draft) === JSON.stringify(before)) return { done: true as const, result };
      const digestBefore = before.pending?.digestId ?? null;
      const digestAfter = draft.pending?.digestId ?? null;
      // A new pending digest is claimed by the process that wrote it; no pending digest, no claim.
      const claim = digestAfter === null ? 'clear' : digestAfter !== digestBefore ? 'take' : 'keep';
      await db.query(
        `UPDATE digest_guilds
            SET settings = $2, high_water = $3, last_slot = $4, last_digest_at = $5, pending = $6, problem = $7,
                claimed_by = CASE $8::text WHEN 'clear' THEN NULL WHEN 'take' THEN $9 ELSE claimed_by END,
                claimed_until = CASE $8::text
                  WHEN 'clear' THEN NULL
                  WHEN 'take' THEN clock_timestamp() + $10 * interval '1 millisecond'
                  ELSE claimed_until END
          WHERE guild_id = $1`,
        [
          guildId,
          json(draft.settings),
          draft.highWater,
          draft.lastSlot,
          draft.lastDigestAt,
          json(draft.pending),
          json(draft.problem),
          claim,
          this.owner,
          this.claimMs,
        ],
      );
      return { done: true as const, result };
    });
  }

  /** A row as the JSON store's record, checked as that store checks it on load. */
  private guildOf(row: GuildRow): GuildDigestState {
    const raw = {
      settings: row.settings,
      highWater: Number(row.high_water),
      lastSlot: row.last_slot,
      lastDigestAt: row.last_digest_at,
      pending: row.pending,
      problem: row.problem,
    };
    const checked = guildSchema.safeParse(raw);
    if (checked.success) return checked.data;
    this.logger.error(
      {
        guildId: row.guild_id,
        problems: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      },
      "digest records: a server's record has bad values; repaired (a bad schedule turns its digest off)",
    );
    return repairGuild(raw, new Date());
  }
}
