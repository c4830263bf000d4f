/**
 * Work written as a generator that yields between its steps, so one piece of code serves a
 * caller that runs it straight through (a start, a test) and one that must keep the event loop
 * free (a large reload while the bot serves questions), without two copies of the work.
 */
export type Steps<T> = Generator<void, T, undefined>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps for about `sliceMs` at a time, letting I/O and questions through in between. */
export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs = 20): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
