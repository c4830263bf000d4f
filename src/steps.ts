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

/** Steps running in slices on their own, which a reader that cannot wait finishes at once. */
export interface BackgroundSteps<T> {
  /** Settles once every step has run: their result, or the error a step threw. */
  readonly done: Promise<T>;
  /** True once every step has run. */
  isDone(): boolean;
  /** Runs what is left now, on this turn, and gives the result (or throws the step's error). */
  finish(): T;
}

/**
 * Runs the steps in slices of about `sliceMs` from the next turn on, as runStepsInSlices does,
 * except that `finish` can take the rest at once: a synchronous reader gets the result, never
 * a half-made one.
 */
export function startStepsInBackground<T>(steps: Steps<T>, sliceMs = 20): BackgroundSteps<T> {
  // Let go once they have run, with all they held.
  let pending: Steps<T> | null = steps;
  let outcome: { value: T } | { error: unknown } | null = null;
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | null = null;
  const done = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  // Reported to whoever awaits `done` or calls `finish`; unread, it is no crash.
  done.catch(() => undefined);
  const runStep = (): boolean => {
    try {
      const step = pending!.next();
      if (!step.done) return false;
      outcome = { value: step.value };
      settle!.resolve(step.value);
    } catch (error) {
      outcome = { error };
      settle!.reject(error);
    }
    pending = null;
    return true;
  };
  const runSlice = (): void => {
    const sliceStart = performance.now();
    while (!outcome && !runStep())
      if (performance.now() - sliceStart > sliceMs) {
        setImmediate(runSlice);
        return;
      }
  };
  setImmediate(runSlice);
  return {
    done,
    isDone: () => outcome !== null,
    finish() {
      while (!outcome) runStep();
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}
