import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { watchEventLoop, weekdayLine } from '../support/event-loop-lag.js';

let corpusDir: string;
beforeEach(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-budget-'));
  for (const [name, person] of [
    ['a', 'Jan Bakker'],
    ['b', 'Anna de Vries'],
    ['c', 'Piet Smit'],
  ])
    await writeFile(
      path.join(corpusDir, `${name}.txt`),
      `Port strike story ${name}\n\nUnion leader ${person} said on Friday the strike at the port was over.\n`,
    );
});
afterEach(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

// A file of its own: run after other large tests in one process, the collector's pauses over
// their garbage would be measured too.
describe('a long article added by a reload', () => {
  it('is extracted off the serving thread', async () => {
    const service = await createBriefingService({ corpusDir, workers: 1 });
    // About two seconds of extraction: held on this thread before, the whole time.
    await writeFile(path.join(corpusDir, 'long.txt'), `A long page\n\n${weekdayLine(1_500_000)}\n`);
    const lag = watchEventLoop();
    const started = performance.now();
    const report = await service.reload();
    const took = performance.now() - started;
    const longestGap = lag.stop();
    expect(report.skipped).toEqual([]);
    expect(report.added).toEqual(['long']);
    expect((await service.ask('when', 'council met Ahmed Khan')).answers.length).toBeGreaterThan(0);
    // What stays here (reading the file, indexing its passages, the tables) is a small part of
    // the reload: held on this thread, the extraction would make one gap of nearly all of it. A
    // share, not a figure in milliseconds, holds on a busy machine too.
    expect(longestGap).toBeLessThan(took * 0.5);
    await service.close?.();
  }, 60_000);
});
