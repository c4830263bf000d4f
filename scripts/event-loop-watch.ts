/**
 * The longest time this thread's event loop was held, watched by a timer every 5 ms: what a
 * question arriving at the worst moment would wait before it is even read.
 */
export interface EventLoopWatch {
  /** The longest gap since the last `take` (or the start), and a new window begins. */
  take(): number;
  stop(): number;
}

export function watchEventLoop(): EventLoopWatch {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  timer.unref();
  const take = (): number => {
    const now = performance.now();
    const result = Math.max(longest, now - last);
    longest = 0;
    last = now;
    return result;
  };
  return {
    take,
    stop() {
      clearInterval(timer);
      return take();
    },
  };
}
