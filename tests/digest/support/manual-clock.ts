import type { Clock } from '../../../src/digest/clock.js';

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * A clock that moves only when told. `advanceTo` fires the due timers in time order, setting
 * the time to each one's due instant, and awaits `settle` after each so async work finishes
 * before time moves on. Tests never wait for real time.
 */
export class ManualClock implements Clock {
  private time: number;
  private timers: Timer[] = [];
  private counter = 0;

  constructor(
    start: Date | string,
    private readonly settle: () => Promise<void> = flushPromises,
  ) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(milliseconds: number, callback: () => void): () => void {
    const timer = { at: this.time + Math.max(0, milliseconds), order: (this.counter += 1), callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer);
    };
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  async advanceTo(target: Date | string, settle = this.settle): Promise<void> {
    const end = new Date(target).getTime();
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
      await settle();
    }
    this.time = Math.max(this.time, end);
  }

  advance(milliseconds: number, settle = this.settle): Promise<void> {
    return this.advanceTo(new Date(this.time + milliseconds), settle);
  }
}

export async function flushPromises(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setImmediate(resolve));
}
