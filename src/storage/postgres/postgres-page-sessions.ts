import type { Pool } from 'pg';

/** A multi-page reply as the pager keeps it; `Page` is the adapter's (Discord's JSON here). */
export interface StoredPageSession<Page> {
  ownerId: string;
  pages: Page[];
  /** Milliseconds since the epoch, on the clock of the process that opened it. */
  expiresAt: number;
}

/**
 * The pager's sessions in PostgreSQL (migration 006), so a button pressed on a reply of one
 * process is answered by any other. Expired sessions are deleted every `cleanupEvery` saves.
 */
export class PostgresPageSessions<Page> {
  private saves = 0;

  constructor(
    private readonly pool: Pool,
    private readonly options: { cleanupEvery?: number; onError?: (error: unknown) => void } = {},
  ) {}

  async save(sessionId: string, session: StoredPageSession<Page>): Promise<void> {
    this.saves += 1;
    if (this.saves % (this.options.cleanupEvery ?? 200) === 0) {
      void this.pool
        .query('DELETE FROM page_sessions WHERE expires_at < now()')
        .catch((error: unknown) => this.options.onError?.(error));
    }
    await this.pool.query(
      `INSERT INTO page_sessions (session_id, owner_id, pages, expires_at)
         VALUES ($1, $2, $3::jsonb, to_timestamp($4::float8 / 1000))`,
      [sessionId, session.ownerId, JSON.stringify(session.pages), session.expiresAt],
    );
  }

  async load(sessionId: string): Promise<StoredPageSession<Page> | null> {
    const { rows } = await this.pool.query<{ owner_id: string; pages: Page[]; expires_at: number }>(
      `SELECT owner_id, pages, extract(epoch from expires_at)::float8 * 1000 AS expires_at
         FROM page_sessions WHERE session_id = $1`,
      [sessionId],
    );
    const row = rows[0];
    return row ? { ownerId: row.owner_id, pages: row.pages, expiresAt: row.expires_at } : null;
  }
}
