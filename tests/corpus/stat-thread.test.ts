import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lstatHere, StatThread } from '../../src/corpus/stat-thread.js';
import { walkFiles } from '../../src/corpus/walk-files.js';
import { ageFiles } from '../support/age-files.js';
import { matchDelta, matchPrevious } from '../../src/corpus/reuse-previous-load.js';

let root: string;
const thread = new StatThread();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefbot-stat-'));
  // Enough files in one folder for the walk to share them with the thread.
  await Promise.all(Array.from({ length: 2500 }, (_, index) => writeFile(path.join(root, `story-${index}.txt`), 'x'.repeat(index % 97))));
  await mkdir(path.join(root, 'nested'));
  await writeFile(path.join(root, 'nested', 'inner.txt'), 'inner');
  await symlink(path.join(root, 'nested'), path.join(root, 'linked-folder'));
  await symlink(path.join(root, 'story-1.txt'), path.join(root, 'linked-story.txt'));
  await symlink(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
  execFileSync('mkfifo', [path.join(root, 'pipe')]);
});
afterAll(async () => {
  await thread.close();
  await rm(root, { recursive: true, force: true });
});

describe('stat thread', () => {
  it('walks a large folder to the same files and skips as the calling thread alone', async () => {
    const alone = await walkFiles(root);
    const shared = await walkFiles(root, { statThread: thread });
    expect({ ...shared, startedMs: 0 }).toEqual({ ...alone, startedMs: 0 });
    expect(shared.files).toHaveLength(2500 + 1 + 1);
    expect(shared.files.find((file) => file.path === 'story-96.txt')?.size).toBe(96);
    expect(shared.skipped).toEqual(expect.arrayContaining([
      { path: 'dangling.txt', reason: 'cannot be read (ENOENT)' },
      { path: 'pipe', reason: 'not a regular file' },
    ]));
  });

  it('walks the whole folder on the thread, to what the calling thread finds', async () => {
    const onThread = await thread.walk(root, []);
    expect(onThread).toEqual({ id: expect.any(Number), ...(await walkFiles(root)), startedMs: expect.any(Number) });
  });

  it.each([
    ['a file', 'story-5.txt', { kind: 'file', size: 5 }],
    ['a folder', 'nested', { kind: 'directory' }],
    ['a link, not followed', 'linked-story.txt', { kind: 'link' }],
    ['a pipe', 'pipe', { kind: 'other' }],
    ['a missing path', 'missing.txt', { kind: 'error', code: 'ENOENT' }],
  ])('says what lstat says of %s, as the calling thread does', async (_, name, expected) => {
    const [stat] = await thread.lstatMany([path.join(root, name)]);
    expect(stat).toMatchObject(expected);
    expect(stat).toEqual(lstatHere([path.join(root, name)])[0]);
  });

  it('answers from the calling thread when the thread is closed under a request, and starts no thread after', async () => {
    const own = new StatThread();
    const request = own.lstatMany([path.join(root, 'story-7.txt')]);
    await own.close();
    expect(await request).toEqual([expect.objectContaining({ kind: 'file', size: 7 })]);
    const threads = (own as unknown as { worker: unknown }).worker;
    expect(await own.lstatMany([path.join(root, 'story-8.txt')])).toEqual([expect.objectContaining({ kind: 'file', size: 8 })]);
    expect((own as unknown as { worker: unknown }).worker).toBe(threads);
    expect(threads).toBeNull();
  });
});

describe('a walk told as a delta from the previous one', () => {
  it('names only what changed, and matches the previous records as a whole walk would', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'briefbot-walk-delta-'));
    const own = new StatThread();
    try {
      await Promise.all(['a.txt', 'c.txt', 'e.txt', 'g.txt'].map((name) => writeFile(path.join(folder, name), name)));
      ageFiles(folder);
      const first = await own.walk(folder, []);
      if (!first || !('files' in first)) throw new Error('the first walk is a whole one');
      const { records } = matchPrevious(first.files, []);
      await writeFile(path.join(folder, 'c.txt'), 'c, longer now');
      await rm(path.join(folder, 'e.txt'));
      await writeFile(path.join(folder, 'b.txt'), 'new');
      await writeFile(path.join(folder, 'h.txt'), 'new at the end');
      const second = await own.walk(folder, [], first.id);
      if (!second || !('since' in second)) throw new Error('the second walk is a delta');
      expect(second.since).toBe(first.id);
      expect(second.changed.map((file) => file.path)).toEqual(['b.txt', 'c.txt', 'h.txt']);
      expect(second.gone).toEqual(['e.txt']);
      const whole = await walkFiles(folder);
      expect(matchDelta(records, second.changed, second.gone)).toEqual(matchPrevious(whole.files, records));
      // Another number than the thread's last walk gets a whole walk back.
      const third = await own.walk(folder, [], first.id);
      expect(third && 'files' in third ? third.files : null).toEqual(whole.files);
    } finally {
      await own.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('names a same-size edit made within the clock tick of the previous walk', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'briefbot-walk-racy-'));
    const own = new StatThread();
    // Whole seconds, as a file system with a coarse clock stamps both writes.
    const tick = Math.floor(Date.now() / 1000);
    try {
      await writeFile(path.join(folder, 'a.txt'), 'one');
      utimesSync(path.join(folder, 'a.txt'), tick, tick);
      const first = await own.walk(folder, []);
      if (!first) throw new Error('the thread walks');
      await writeFile(path.join(folder, 'a.txt'), 'two');
      utimesSync(path.join(folder, 'a.txt'), tick, tick);
      const second = await own.walk(folder, [], first.id);
      if (!second || !('since' in second)) throw new Error('the second walk is a delta');
      expect(second.changed.map((file) => file.path)).toEqual(['a.txt']);
    } finally {
      await own.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
