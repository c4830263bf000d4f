// The bench's watcher: a timer every 5 ms notes the longest gap, so a test can say the serving
// thread was never held for long while work went on.
export { watchEventLoop } from '../../scripts/event-loop-watch.js';

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
