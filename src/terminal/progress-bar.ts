import type { ProgressEvent } from '../service/create-briefing-service.js';

const WIDTH = 30;
const LABELS: Record<ProgressEvent['stage'], string> = { load: 'Reading  ', extract: 'Indexing ' };

/** A progress bar on a terminal stream, redrawn at most every 1% so it costs nothing. */
export function createProgressBar(stream: NodeJS.WriteStream): (event: ProgressEvent) => void {
  let lastShown = '';
  return (event) => {
    if (!stream.isTTY && event.done !== event.total) return;
    const ratio = event.total === 0 ? 1 : event.done / event.total;
    const key = `${event.stage}:${Math.floor(ratio * 100)}`;
    if (key === lastShown) return;
    lastShown = key;
    const filled = Math.round(ratio * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const line = `${LABELS[event.stage]}${bar} ${event.done}/${event.total}`;
    stream.write(stream.isTTY ? `\r${line}${event.done === event.total ? '\n' : ''}` : `${line}\n`);
  };
}
