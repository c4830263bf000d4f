import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, watch as watchPath } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingService, ReloadReport } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { watchCorpus, type CorpusWatch } from '../../src/service/watch-corpus.js';

let root: string;
let watch: CorpusWatch | null = null;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefbot-watch-'));
});
afterEach(() => {
  watch?.close();
  watch = null;
  rmSync(root, { recursive: true, force: true });
});

const story = (person: string): string =>
  `Port story about ${person}\n\nHarbour master ${person} said on Monday the ships were moving again.\n`;

async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A service that only counts reloads and says what changed since the last one, from the folder. */
function countingService(): BriefingService & { reloads: number } {
  const service = {
    reloads: 0,
    isReloading: () => false,
    async reload(): Promise<ReloadReport> {
      service.reloads += 1;
      return { added: ['x'], changed: [], removed: [], skipped: [], articles: 1, milliseconds: 1 };
    },
  };
  return service as unknown as BriefingService & { reloads: number };
}

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
}

describe('the folder watch', () => {
  it('follows a corpus folder replaced by a link, and keeps reloading from its new real path', async () => {
    const corpusDir = path.join(root, 'corpus');
    mkdirSync(corpusDir);
    writeFileSync(path.join(corpusDir, 'a.txt'), story('Jan Bakker'));
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'b.txt'), story('Anna de Vries'));
    const service = await createBriefingService({ corpusDir, workers: 0 });
    const notices: string[] = [];
    watch = watchCorpus(service, corpusDir, {
      debounceMs: 50,
      rearmCheckMs: 100,
      onNotice: (text) => notices.push(text),
    });

    renameSync(corpusDir, path.join(root, 'corpus-old'));
    symlinkSync(elsewhere, corpusDir);
    await eventually(() => service.article('b') !== undefined);
    expect(service.article('a')).toBeUndefined();
    expect(notices.join('\n')).toContain(`now leads to ${elsewhere}`);

    writeFileSync(path.join(elsewhere, 'c.txt'), story('Kees Jansen'));
    await eventually(() => service.article('c') !== undefined);
  });

  it('watches one folder at a time, not one file at a time', async () => {
    for (const folder of ['x', 'y', 'y/z']) mkdirSync(path.join(root, folder), { recursive: true });
    for (let index = 0; index < 300; index += 1)
      writeFileSync(path.join(root, ['x', 'y', 'y/z'][index % 3]!, `${index}.txt`), 'x');
    const watched: string[] = [];
    watch = watchCorpus(countingService(), root, {
      watch: ((target: string, ...rest: unknown[]) => {
        watched.push(target);
        return (watchPath as (...args: unknown[]) => ReturnType<typeof watchPath>)(target, ...rest);
      }) as typeof watchPath,
    });
    expect(watched.sort()).toEqual([root, path.join(root, 'x'), path.join(root, 'y'), path.join(root, 'y/z')].sort());
  });

  it.each([
    [
      'when a watch is refused',
      (folder: string) => {
        void folder;
        throw enospc();
      },
    ],
    [
      'when a watcher reports it later',
      (folder: string, options: unknown, listener: () => void) => {
        const watcher = watchPath(folder, options as { persistent: boolean }, listener);
        setTimeout(() => watcher.emit('error', enospc()), 20);
        return watcher;
      },
    ],
  ])("falls back to polling at the system's watch limit (ENOSPC) %s, and says so", async (_, fakeWatch) => {
    const service = countingService();
    const notices: string[] = [];
    const errors: Error[] = [];
    const reports: ReloadReport[] = [];
    watch = watchCorpus(service, root, {
      pollMs: 50,
      debounceMs: 20,
      watch: fakeWatch as unknown as typeof watchPath,
      onNotice: (text) => notices.push(text),
      onError: (error) => errors.push(error),
      onReload: (report) => reports.push(report),
    });
    await eventually(() => service.reloads >= 3);
    expect(notices).toEqual([
      "the system's limit on watched files was reached (ENOSPC): looking at the corpus folder every 0.05 s instead",
    ]);
    expect(errors).toEqual([]);
    expect(reports.length).toBeGreaterThan(0);
  });
});
