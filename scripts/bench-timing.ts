/** Timing helpers shared by the benchmark's two processes. */

/** A full collection when node runs with --expose-gc (npm run bench does), else nothing. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times each query, `rounds` times over, after a short warm-up (as a serving process's JIT is
 * warm): more timings make the tail, which single GC pauses decide, a steadier figure.
 */
export function time(queries: readonly string[], run: (query: string) => unknown, rounds = 1): number[] {
  for (const query of queries.slice(0, 20)) run(query);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      timings.push(performance.now() - start);
    }
  }
  return timings;
}

/** The same for answers that are promises (the service's `ask`): each one awaited before the next. */
export async function timeAsync(
  queries: readonly string[],
  run: (query: string) => Promise<unknown>,
  rounds = 1,
): Promise<number[]> {
  for (const query of queries.slice(0, 20)) await run(query);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      await run(query);
      timings.push(performance.now() - start);
    }
  }
  return timings;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Resident memory of the process at rest: after a full collection and half a second idle (and
 * another collection), so what a burst of work left for the collector does not count as kept.
 */
export async function residentMb(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 500));
  collectGarbage();
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
}

export function log(text: string): void {
  process.stderr.write(`${text}\n`);
}
