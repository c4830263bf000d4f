import type { EventEmitter } from 'node:events';

/**
 * Resolves once the condition holds, checked on every 'change' the emitter signals and on a
 * timer too, because some conditions change on the bot's side after the fake answered.
 */
export function waitUntil(
  changes: EventEmitter,
  condition: () => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      clearInterval(poll);
      changes.off('change', onChange);
      if (error) reject(error);
      else resolve();
    };
    const onChange = (): void => {
      if (condition()) finish();
    };
    const timer = setTimeout(() => finish(new Error(`fake Discord: timed out waiting for ${describe()}`)), timeoutMs);
    const poll = setInterval(onChange, 20);
    changes.on('change', onChange);
  });
}
