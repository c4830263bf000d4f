/**
 * Watches this thread's event loop: a timer every 5 ms notes the longest gap between two of its
 * runs, so a test can say the serving thread was never held for long while work went on.
 */
export function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** One paragraph of a page flattened into a line without full stops, full of weekdays. */
export function weekdayLine(length: number): string {
  const words = [
    'the',
    'council',
    'met',
    'on',
    'Monday',
    'and',
    'Tuesday',
    'said',
    'Ahmed',
    'Khan',
    'would',
    'visit',
    'on',
    'Friday',
  ];
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${words[index % words.length]} `;
  return text;
}
