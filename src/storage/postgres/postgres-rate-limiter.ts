import type { Pool } from 'pg';

export interface PostgresRateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  /** The database could not be asked: the question is allowed (a limit is no reason to fail it). */
  onError?: (error: unknown) => void;
  /** Every how many takes of this process the full buckets are deleted. */
  cleanupEvery?: number;
}

export type SharedRateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * The per-user token bucket of src/discord/rate-limiter.ts, in PostgreSQL (migration 006), so
 * a user's questions are counted across every process. One statement refills and takes,
 * atomically on the user's row, on the database's clock (the processes' clocks never meet).
 */
export class PostgresRateLimiter {
  private takes = 0;

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresRateLimiterOptions,
  ) {}

  async take(userId: string): Promise<SharedRateDecision> {
    const { capacity, refillPerSecond } = this.options;
    this.takes += 1;
    if (this.takes % (this.options.cleanupEvery ?? 500) === 0) void this.forgetFullBuckets();
    try {
      // The level now: what was left plus the refill since, at most the capacity.
      const level = 'least($2::float8, b.tokens + extract(epoch from now() - b.updated_at)::float8 * $3::float8)';
      const { rows } = await this.pool.query<{ tokens: number; allowed: boolean }>(
        `INSERT INTO rate_buckets AS b (user_id, tokens, updated_at, allowed)
           VALUES ($1, $2::float8 - 1, now(), true)
         ON CONFLICT (user_id) DO UPDATE
           SET tokens = ${level} - CASE WHEN ${level} >= 1 THEN 1 ELSE 0 END,
               allowed = ${level} >= 1,
               updated_at = now()
         RETURNING tokens, allowed`,
        [userId, capacity, refillPerSecond],
      );
      const row = rows[0]!;
      if (row.allowed) return { allowed: true };
      return { allowed: false, retryAfterMs: Math.ceil((1 - row.tokens) / (refillPerSecond / 1000)) };
    } catch (error) {
      this.options.onError?.(error);
      return { allowed: true };
    }
  }

  private async forgetFullBuckets(): Promise<void> {
    const { capacity, refillPerSecond } = this.options;
    await this.pool
      .query("DELETE FROM rate_buckets WHERE updated_at < now() - $1::float8 * interval '1 second'", [
        capacity / refillPerSecond,
      ])
      .catch((error: unknown) => this.options.onError?.(error));
  }
}
