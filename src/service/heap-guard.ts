import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

// Live data past this share of the old generation's limit after a full collection: the next
// few thousand articles would end in V8's out-of-memory crash, which names nothing and loses
// the build. The limit V8 reports includes the young generation (three 16 MB semi-spaces on
// 64-bit Node 20), which never holds what a build keeps.
const LIMIT_SHARE = 0.85;
const YOUNG_GENERATION_BYTES = 48 * 1024 ** 2;

export class HeapLimitError extends Error {}

/**
 * Watches the heap while a build runs: after each full collection (what is left is live data),
 * a heap past 85% of its limit aborts `signal` with a HeapLimitError naming the limit and how
 * to raise it, so the build stops with that error (its extraction workers ended) instead of
 * V8's crash.
 */
export interface HeapGuard {
  signal: AbortSignal;
  /** Throws the HeapLimitError once the heap has been seen too full. */
  check(): void;
  stop(): void;
}

export function watchHeap(): HeapGuard {
  const controller = new AbortController();
  const observer = new PerformanceObserver((list) => {
    const major = list
      .getEntries()
      .some(
        (entry: PerformanceEntry) =>
          (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
          constants.NODE_PERFORMANCE_GC_MAJOR,
      );
    if (!major || controller.signal.aborted) return;
    const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
    const oldLimit = limit - YOUNG_GENERATION_BYTES;
    if (used <= LIMIT_SHARE * oldLimit) return;
    controller.abort(new HeapLimitError(describeHeap(used, oldLimit)));
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    signal: controller.signal,
    check() {
      controller.signal.throwIfAborted();
    },
    stop: () => observer.disconnect(),
  };
}

export function describeHeap(used: number, limit: number): string {
  const megabytes = (bytes: number): number => Math.round(bytes / 1024 ** 2);
  const suggested = Math.ceil((megabytes(limit) * 2) / 1024) * 1024;
  return (
    `the index needs more memory than Node's heap limit: ${megabytes(used)} MB in use of ${megabytes(limit)} MB ` +
    `after a full collection. Start briefbot with a larger heap (HEAP_MB=${suggested} npm start, or ` +
    `NODE_OPTIONS=--max-old-space-size=${suggested}), or index a smaller folder.`
  );
}
