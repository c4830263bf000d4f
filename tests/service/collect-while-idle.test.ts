// After a start's restore, the full collection it owes runs while the loop is idle rather than
// in the first reload: collectWhileIdle must start one itself and wait for its end.
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { collectWhileIdle } from '../../src/service/collect-while-idle.js';

const isFull = (entry: PerformanceEntry) =>
  (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;

it('starts a full collection in an idle process and resolves once it has ended, the loop free meanwhile', async () => {
  const ended: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (isFull(entry)) ended.push(entry.startTime + entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  // Let a collection already under way end first, so the one counted is the call's own.
  await new Promise((resolve) => setTimeout(resolve, 50));
  ended.length = 0;
  let turns = 0;
  const ticker = setInterval(() => turns++, 1);
  const called = performance.now();
  await collectWhileIdle();
  const resolved = performance.now();
  clearInterval(ticker);
  // The entry reaches this observer on the same turn as collectWhileIdle's, or the next.
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  expect(ended.filter((time) => time >= called && time <= resolved).length).toBeGreaterThan(0);
  // Not the time cap (at least a second), which is what resolves when no collection ends.
  expect(resolved - called).toBeLessThan(1000);
  // Timers ran while it waited: the collection went on between turns, not in one block.
  expect(turns).toBeGreaterThan(0);
});
