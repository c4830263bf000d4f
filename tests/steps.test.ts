import { describe, expect, it } from 'vitest';
import { runSteps, runStepsInSlices, type Steps } from '../src/steps.js';

function* countTo(limit: number, trace: string[]): Steps<number> {
  let total = 0;
  for (let step = 1; step <= limit; step++) {
    trace.push(`step ${step}`);
    total += step;
    yield;
  }
  return total;
}

describe('steps', () => {
  it.each([0, 1, 5])('runs %i steps straight through to their result', (limit) => {
    const trace: string[] = [];
    expect(runSteps(countTo(limit, trace))).toBe((limit * (limit + 1)) / 2);
    expect(trace).toHaveLength(limit);
  });

  it('gives the event loop a turn between slices and reaches the same result', async () => {
    const trace: string[] = [];
    const timer = setInterval(() => trace.push('tick'), 0);
    function* slowSteps(): Steps<number> {
      let total = 0;
      for (let step = 1; step <= 4; step++) {
        const until = performance.now() + 5;
        while (performance.now() < until); // a step of real work, longer than the slice
        trace.push(`step ${step}`);
        total += step;
        yield;
      }
      return total;
    }
    try {
      expect(await runStepsInSlices(slowSteps(), 1)).toBe(10);
    } finally {
      clearInterval(timer);
    }
    const between = trace.slice(trace.indexOf('step 1'), trace.indexOf('step 4'));
    expect(between).toContain('tick');
  });

  it('runs a quick build in one slice, without waiting for the event loop', async () => {
    const trace: string[] = [];
    let ticked = false;
    setImmediate(() => {
      ticked = true;
    });
    expect(await runStepsInSlices(countTo(100, trace), 1_000)).toBe(5050);
    expect(ticked).toBe(false);
  });
});
