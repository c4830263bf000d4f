import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

// Past V8's soft limit on memory held outside its heap (64 MB above the low point since its last
// full collection), which makes it start an incremental full collection. Never written to, so
// never resident; freed by the next collection that finds it dropped.
const NUDGE_BYTES = 65 * 1024 * 1024;

/**
 * Starts the full collection a restore leaves owed, and resolves once a full collection has
 * ended, with the event loop free meanwhile: V8 marks on its helper threads and in short steps
 * between tasks. Left alone, the old generation crossed V8's limit in whatever allocated next
 * (the first reload after a start), which then held most of the marking.
 *
 * Should no full collection end (a V8 that no longer starts one for this), it resolves after
 * a time that grows with the heap, about what marking it would take on a loaded machine.
 */
export function collectWhileIdle(): Promise<void> {
  const capMs = 1000 + (2 * getHeapStatistics().used_heap_size) / 1024 ** 2;
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(isFullCollection)) finish();
    });
    // Held, not unref'd: the collection's entry is delivered on a turn that would not keep the process alive.
    const timer = setTimeout(finish, capMs);
    function finish(): void {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ entryTypes: ['gc'] });
    new ArrayBuffer(NUDGE_BYTES);
  });
}

function isFullCollection(entry: PerformanceEntry): boolean {
  return (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}
