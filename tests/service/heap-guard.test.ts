// A heap close to its limit turns into a clear error, not V8's crash: a process with a small
// heap keeps more and more live data, checking the guard after each step.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeHeap } from '../../src/service/heap-guard.js';

const SCRIPT = `
import { watchHeap, HeapLimitError } from './src/service/heap-guard.ts';
const guard = watchHeap();
const kept = [];
try {
  for (let step = 0; step < 500000; step++) {
    kept.push(Array.from({ length: 2000 }, (_, index) => ({ step, index })));
    await new Promise((resolve) => setImmediate(resolve));
    guard.check();
  }
  console.log('never stopped');
} catch (error) {
  console.log(error instanceof HeapLimitError && guard.signal.reason === error ? 'stopped: ' + error.message : 'other: ' + error.message);
}
process.exit(0);
`;

it('stops a growing heap with a clear error before the out-of-memory crash', () => {
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=192', '--import', 'tsx', '--input-type=module', '-e', SCRIPT],
    { encoding: 'utf8', timeout: 60_000 },
  );
  // Small steps: the guard hears of each full collection a tick later, and on a loaded machine
  // ten thousand objects a step once reached V8's own crash first (empty output, see stderr).
  expect(result.stdout, result.stderr.slice(-400)).toMatch(
    /^stopped: the index needs more memory than Node's heap limit: \d+ MB in use of \d+ MB/,
  );
  expect(result.status).toBe(0);
}, 60_000);

it('says how to raise the limit', () => {
  expect(describeHeap(1900 * 1024 ** 2, 2048 * 1024 ** 2)).toContain(
    'HEAP_MB=4096 npm start, or NODE_OPTIONS=--max-old-space-size=4096',
  );
});
