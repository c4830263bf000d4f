import { describe, expect, it } from 'vitest';
import { runSteps, runStepsInSlices, startStepsInBackground, type Steps } from '../src/steps.js';

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

  it('runs steps in the background from the next turn, in slices, to the same result', async () => {
    const trace: string[] = [];
    const timer = setInterval(() => trace.push('tick'), 0);
    function* slowSteps(): Steps<number> {
      for (let step = 1; step <= 4; step++) {
        const until = performance.now() + 5;
        while (performance.now() < until); // a step of real work, longer than the slice
        trace.push(`step ${step}`);
        yield;
      }
      return 10;
    }
    try {
      const work = startStepsInBackground(slowSteps(), 1);
      expect(trace).toEqual([]);
      expect(work.isDone()).toBe(false);
      expect(await work.done).toBe(10);
      expect(work.isDone()).toBe(true);
      expect(work.finish()).toBe(10);
    } finally {
      clearInterval(timer);
    }
    expect(trace.slice(trace.indexOf('step 1'), trace.indexOf('step 4'))).toContain('tick');
  });

  it('finishes background steps at once for a reader that cannot wait, and reports a failed step to both', async () => {
    const trace: string[] = [];
    const work = startStepsInBackground(countTo(5, trace));
    expect(work.finish()).toBe(15);
    expect(trace).toHaveLength(5);
    expect(await work.done).toBe(15);
    function* failing(): Steps<number> {
      yield;
      throw new Error('the part does not fit');
    }
    const failed = startStepsInBackground(failing());
    await expect(failed.done).rejects.toThrow('the part does not fit');
    expect(failed.isDone()).toBe(true);
    expect(() => failed.finish()).toThrow('the part does not fit');
  });
});
