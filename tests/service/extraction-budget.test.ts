import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { weekdayLine } from '../support/event-loop-lag.js';

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

describe('a file whose extraction takes too long', () => {
  it('is skipped with its reason at start and on reload, and the rest serve', async () => {
    await writeFile(path.join(corpusDir, 'flood.txt'), `A flattened page\n\n${weekdayLine(3_000_000)}\n`);
    const service = await createBriefingService({ corpusDir, workers: 1, extractionBudgetMs: 300 });
    expect(service.overview().skipped).toEqual([
      {
        path: 'flood.txt',
        reason: expect.stringMatching(/^(reading|extraction) took over 0.3 s \(the file is skipped\)$/),
      },
    ]);
    expect(
      service
        .listArticles()
        .map((article) => article.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect((await service.ask('who', 'Anna de Vries')).answers.length).toBeGreaterThan(0);

    await writeFile(path.join(corpusDir, 'flood-2.txt'), `Another flattened page\n\n${weekdayLine(3_000_000)}\n`);
    await writeFile(
      path.join(corpusDir, 'd.txt'),
      'Port story d\n\nHarbour master Kees Jansen said on Monday ships were moving.\n',
    );
    const report = await service.reload();
    expect(report.added).toEqual(['d']);
    expect(report.skipped.map((file) => file.path)).toEqual(['flood-2.txt', 'flood.txt']);
    expect((await service.ask('who', 'Kees Jansen')).answers.length).toBeGreaterThan(0);
    // An unchanged file is not read again, so it is not extracted again either.
    const again = await service.reload();
    expect(again.skipped.map((file) => file.path)).toEqual(['flood-2.txt', 'flood.txt']);
    await service.close?.();
  }, 60_000);
});
