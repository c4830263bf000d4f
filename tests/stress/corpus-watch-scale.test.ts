import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingService, ReloadReport } from '../../src/service/briefing-service.js';
import { watchCorpus } from '../../src/service/watch-corpus.js';

/**
 * 200,000 files under the corpus folder: Node's recursive watch took one system watch a file,
 * hit the limit (ENOSPC, "reload failed") and grew the process by gigabytes. One watch a folder
 * stays far below the limit and costs little memory.
 */
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefbot-watch-scale-'));
  for (let folder = 0; folder < 200; folder += 1) {
    const dir = path.join(root, `folder-${folder}`);
    mkdirSync(dir);
    for (let file = 0; file < 1000; file += 1) writeFileSync(path.join(dir, `story-${file}.txt`), 'x');
  }
}, 300_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
}, 300_000);

describe('the folder watch over 200,000 files', () => {
  it('watches them within the system limit and little memory, and sees a change', async () => {
    let reloads = 0;
    const service = {
      isReloading: () => false,
      async reload(): Promise<ReloadReport> {
        reloads += 1;
        return { added: ['new'], changed: [], removed: [], skipped: [], articles: 1, milliseconds: 1 };
      },
    } as unknown as BriefingService;
    const errors: Error[] = [];
    const notices: string[] = [];
    global.gc?.();
    const before = process.memoryUsage().rss;
    const watch = watchCorpus(service, root, {
      debounceMs: 50,
      onError: (error) => errors.push(error),
      onNotice: (text) => notices.push(text),
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    writeFileSync(path.join(root, 'folder-7', 'breaking.txt'), 'news');
    const deadline = Date.now() + 10_000;
    while (reloads === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    watch.close();
    console.log(`watching 200,000 files in 200 folders: RSS +${grownMb.toFixed(0)} MB`);
    expect(errors).toEqual([]);
    expect(notices).toEqual([]);
    expect(reloads).toBe(1);
    expect(grownMb).toBeLessThan(100);
  }, 120_000);
});
