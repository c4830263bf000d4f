/** Time as the scheduler sees it, injected so tests can move it instead of waiting. */
export interface Clock {
  now(): Date;
  /** Calls back once after `milliseconds`; returns a function that cancels it. */
  setTimer(milliseconds: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(milliseconds, callback) {
    const timer = setTimeout(callback, Math.max(0, milliseconds));
    // A pending digest timer must not keep a stopping process alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
