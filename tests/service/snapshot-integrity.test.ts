import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService, type ServiceEvent } from '../../src/service/create-briefing-service.js';
import { ageFiles } from '../support/age-files.js';

let corpusDir: string;
let cacheDir: string;
beforeEach(() => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'briefbot-snapcorpus-'));
  cpSync('corpus', corpusDir, { recursive: true });
  ageFiles(corpusDir);
  cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-snapcache-'));
});
afterEach(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

const QUESTIONS = [
  ['who', 'Shamkhani'],
  ['when', 'Daesh flushed out of Al-Bukamal'],
  ['quote', 'Rouhani'],
  ['search', 'Shanghai Cooperation Organization'],
] as const;

function answersOf(service: BriefingService): Promise<unknown[]> {
  return Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));
}

async function start(events: ServiceEvent[] = []): Promise<BriefingService> {
  return createBriefingService({
    corpusDir,
    cacheDir,
    workers: 0,
    snapshotDelayMs: 0,
    onEvent: (event) => events.push(event),
  });
}

/** Builds cold once; returns the snapshot's path and the cold answers. */
async function coldSnapshot(): Promise<{ file: string; answers: unknown[] }> {
  const events: ServiceEvent[] = [];
  const cold = await start(events);
  await cold.close?.();
  const saved = events.find((event) => event.kind === 'snapshot-saved');
  if (saved?.kind !== 'snapshot-saved') throw new Error('no snapshot saved');
  return { file: saved.path, answers: await answersOf(cold) };
}

describe('a damaged snapshot', () => {
  it('of 40 single-bit flips, none crashes a start or loads silently: each is named, moved aside and rebuilt', async () => {
    const { file, answers } = await coldSnapshot();
    const original = readFileSync(file);
    for (let flip = 0; flip < 40; flip++) {
      // Spread over the whole file, header included, a different bit each time.
      const offset = Math.floor(((flip + 0.5) / 40) * original.length);
      const damaged = Buffer.from(original);
      damaged[offset]! ^= 1 << (flip % 8);
      writeFileSync(file, damaged);
      const events: ServiceEvent[] = [];
      const service = await start(events);
      expect(await answersOf(service), `flip at ${offset}`).toEqual(answers);
      const unused = events.find((event) => event.kind === 'snapshot-unused');
      expect(unused, `flip at ${offset}`).toMatchObject({
        kind: 'snapshot-unused',
        path: file,
        movedTo: `${file}.corrupt`,
      });
      expect(
        events.some((event) => event.kind === 'snapshot-loaded'),
        `flip at ${offset}`,
      ).toBe(false);
      await service.close?.();
      // Rebuilt: the next start loads the new snapshot.
      expect(readFileSync(file).equals(original)).toBe(true);
    }
  }, 120_000);

  it("sweeps temporary files that a killed write left behind, and keeps another live process's", async () => {
    await coldSnapshot();
    const stale = [`snapshot-x.v8.${process.pid}.tmp`, 'snapshot-x.v8.999999.tmp', 'snapshot-y.v8.7.tmp.x'];
    for (const name of stale) writeFileSync(path.join(cacheDir, name), Buffer.alloc(1024));
    // pid 1 is alive: a snapshot another process is writing right now.
    writeFileSync(path.join(cacheDir, 'snapshot-x.v8.1.tmp'), 'in progress');
    const service = await start();
    await service.close?.();
    const left = readdirSync(cacheDir);
    for (const name of stale.slice(0, 2)) expect(left).not.toContain(name);
    expect(left).toContain('snapshot-x.v8.1.tmp');
    expect(left).toContain('snapshot-y.v8.7.tmp.x');
  });

  it('survives a full disk: a clear failure, no temporary file left, the previous snapshot kept', async () => {
    const { file } = await coldSnapshot();
    const before = readFileSync(file);
    const events: ServiceEvent[] = [];
    const service = await start(events);
    // The next write's temporary file (a reload writes its change as a delta beside the
    // snapshot) leads to /dev/full, where every write fails with ENOSPC.
    const temporary = `${file}.delta.${process.pid}.tmp`;
    symlinkSync('/dev/full', temporary);
    writeFileSync(
      path.join(corpusDir, 'new.txt'),
      'Port strike ends\n\nUnion leader Jan Bakker said on Friday the strike was over.\n',
    );
    await service.reload();
    await service.close?.();
    const failed = events.find((event) => event.kind === 'snapshot-failed');
    expect(failed).toMatchObject({
      kind: 'snapshot-failed',
      reason: expect.stringMatching(/no space left on the device \(ENOSPC\)/),
    });
    expect(existsSync(temporary)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.each([
    ['a folder', (target: string) => mkdirSync(target)],
    ['a named pipe', (target: string) => execFileSync('mkfifo', [target])],
    ['a link to /dev/zero', (target: string) => symlinkSync('/dev/zero', target)],
    [
      'a link to a huge sparse file',
      (target: string) => {
        writeFileSync(`${target}.sparse`, '');
        execFileSync('truncate', ['-s', '64G', `${target}.sparse`]);
        symlinkSync(`${target}.sparse`, target);
      },
    ],
  ])(
    'in the place of %s is read with a limit, never blocks, and is moved aside',
    async (_, make) => {
      const { file, answers } = await coldSnapshot();
      rmSync(file);
      make(file);
      const events: ServiceEvent[] = [];
      const heapBefore = process.memoryUsage().rss;
      const service = await start(events);
      expect(process.memoryUsage().rss - heapBefore).toBeLessThan(500 * 1024 * 1024);
      expect(await answersOf(service)).toEqual(answers);
      expect(events.find((event) => event.kind === 'snapshot-unused')).toMatchObject({ path: file });
      await service.close?.();
      expect(events.some((event) => event.kind === 'snapshot-saved')).toBe(true);
      rmSync(`${file}.sparse`, { force: true });
    },
    20_000,
  );
});
