/**
 * A token bucket per user: `capacity` questions at once, refilled at `refillPerSecond`.
 * Buckets that have refilled completely are forgotten, so memory follows active users only.
 */
export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** In memory (one process) or in the database (shared, src/storage/postgres/postgres-rate-limiter.ts). */
export interface RateLimiter {
  take(userId: string): RateDecision | Promise<RateDecision>;
}

/** The one-process limiter: answers at once. */
export interface MemoryRateLimiter extends RateLimiter {
  take(userId: string): RateDecision;
}

export const defaultRateLimit: RateLimiterOptions = { capacity: 5, refillPerSecond: 0.25 };

export function createRateLimiter(options: RateLimiterOptions = defaultRateLimit): MemoryRateLimiter {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  const refillPerMs = options.refillPerSecond / 1000;

  function level(userId: string, at: number): { tokens: number; updatedAt: number } {
    const bucket = buckets.get(userId);
    if (!bucket) return { tokens: options.capacity, updatedAt: at };
    return { tokens: Math.min(options.capacity, bucket.tokens + (at - bucket.updatedAt) * refillPerMs), updatedAt: at };
  }

  function forgetFullBuckets(at: number): void {
    for (const [userId] of buckets) {
      if (level(userId, at).tokens >= options.capacity) buckets.delete(userId);
    }
  }

  return {
    take(userId) {
      const at = now();
      if (buckets.size > 10_000) forgetFullBuckets(at);
      const bucket = level(userId, at);
      if (bucket.tokens < 1) {
        buckets.set(userId, bucket);
        return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / refillPerMs) };
      }
      buckets.set(userId, { tokens: bucket.tokens - 1, updatedAt: at });
      return { allowed: true };
    },
  };
}
