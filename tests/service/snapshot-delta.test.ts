// A reload writes only what it changed (a delta beside the whole snapshot), and the next start
// takes the changed articles' extractions from it instead of extracting them again, answering
// as a cold build of the same files does.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BriefingService } from '../../src/service/briefing-service.js';
import {
  createBriefingService,
  type ProgressEvent,
  type ServiceEvent,
} from '../../src/service/create-briefing-service.js';
import { readSnapshot } from '../../src/service/snapshot.js';
import { readDelta } from '../../src/service/snapshot-delta.js';

let corpusDir: string;
let cacheDir: string;
beforeEach(() => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'briefbot-deltacorpus-'));
  cpSync('corpus', corpusDir, { recursive: true });
  cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-deltacache-'));
});
afterEach(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

const QUESTIONS = [
  ['who', 'Jan Bakker'],
  ['quote', 'Bakker'],
  ['search', 'grain silos Rotterdam'],
  ['when', 'dockers ended the strike'],
  ['who', 'Shamkhani'],
] as const;

const answersOf = (service: BriefingService): Promise<unknown[]> =>
  Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));

function start(events: ServiceEvent[] = [], progress: ProgressEvent[] = []): Promise<BriefingService> {
  return createBriefingService({
    corpusDir,
    cacheDir,
    workers: 0,
    snapshotDelayMs: 0,
    onEvent: (event) => events.push(event),
    onProgress: (event) => progress.push(event),
  });
}

const STORY = `Dockers end strike at Rotterdam port

Date: 10:00, 06-03-2020.

ROTTERDAM. March 6. Wirenews - Dockers at Rotterdam ended a week-long strike on Friday, union leader Jan Bakker said. "The grain silos are full again," Bakker told reporters.
`;

it('writes a reload as a delta, and a start restores the snapshot and its delta without extracting again', async () => {
  const first = await start();
  await first.close?.();
  const [snapshotFile] = readdirSync(cacheDir).filter((name) => name.endsWith('.v8'));
  const snapshotBytes = readFileSync(path.join(cacheDir, snapshotFile!));

  const events: ServiceEvent[] = [];
  const serving = await start(events);
  writeFileSync(path.join(corpusDir, 'rotterdam.txt'), STORY);
  await serving.reload();
  await serving.close?.();
  expect(events.map((event) => event.kind)).toEqual(['snapshot-loaded', 'snapshot-delta-saved']);
  // The whole snapshot was not written again.
  expect(readFileSync(path.join(cacheDir, snapshotFile!)).equals(snapshotBytes)).toBe(true);

  const progress: ProgressEvent[] = [];
  const warm = await start([], progress);
  expect(progress.filter((event) => event.stage === 'extract' && event.total > 0)).toEqual([]);
  const cold = await createBriefingService({ corpusDir, workers: 0 });
  expect(await answersOf(warm)).toEqual(await answersOf(cold));
  expect(await answersOf(warm)).toEqual(await answersOf(serving));
  await warm.close?.();
});

it('ignores a delta that follows another snapshot', async () => {
  const first = await start();
  await first.close?.();
  const serving = await start();
  writeFileSync(path.join(corpusDir, 'rotterdam.txt'), STORY);
  await serving.reload();
  await serving.close?.();
  // A cold build replaces the snapshot: the delta left beside it no longer follows it.
  const deltaFile = readdirSync(cacheDir).find((name) => name.endsWith('.delta'))!;
  const delta = readFileSync(path.join(cacheDir, deltaFile));
  rmSync(path.join(cacheDir, deltaFile.replace(/\.delta$/, '')));
  const rebuilt = await start();
  await rebuilt.close?.();
  writeFileSync(path.join(cacheDir, deltaFile), delta);

  const read = await readSnapshot(cacheDir, corpusDir);
  if (!read.snapshot) throw new Error('no snapshot');
  expect(await readDelta(cacheDir, corpusDir, read.id)).toBeNull();
  const warm = await start();
  expect(await answersOf(warm)).toEqual(await answersOf(rebuilt));
  await warm.close?.();
});
