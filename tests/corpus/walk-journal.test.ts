// The stat thread's journal: a walk that follows on from the last one stats only what the
// system reported changed, and comes to what a whole walk finds; anything the journal may
// have missed gets a whole walk.
import { appendFile, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FileRecord } from '../../src/corpus/article.js';
import { matchDelta, matchPrevious } from '../../src/corpus/reuse-previous-load.js';
import { StatThread } from '../../src/corpus/stat-thread.js';
import { walkFiles, type NumberedWalk } from '../../src/corpus/walk-files.js';

let folder: string;
let thread: StatThread;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'briefbot-journal-'));
  thread = new StatThread();
});
afterEach(async () => {
  await thread.close();
  await rm(folder, { recursive: true, force: true });
});

// Every file written long ago, as a corpus left alone is: a file modified within moments of
// a walk is named again by the next one (walk-files.ts's isRacy), whichever way it is walked.
const LONG_AGO = 1_600_000_000;
const write = async (relative: string, text = relative): Promise<void> => {
  await mkdir(path.dirname(path.join(folder, relative)), { recursive: true });
  await writeFile(path.join(folder, relative), text);
  await utimes(path.join(folder, relative), LONG_AGO, LONG_AGO);
};
const append = async (relative: string, text: string): Promise<void> => {
  await appendFile(path.join(folder, relative), text);
  await utimes(path.join(folder, relative), LONG_AGO, LONG_AGO);
};

/** The walk after `first`, checked against a whole walk of the folder; the records it leads to. */
async function followOn(
  previous: NumberedWalk,
  records: FileRecord[],
): Promise<{ walk: NumberedWalk & { followed?: boolean }; records: FileRecord[] }> {
  const next = await thread.walk(folder, [], previous.id);
  if (!next || !('since' in next)) throw new Error('the walk after is told as a delta');
  const whole = await walkFiles(folder);
  const matched = matchDelta(records, next.changed, next.gone);
  expect(matched).toEqual(matchPrevious(whole.files, records));
  const bySkip = (a: { path: string }, b: { path: string }): number => a.path.localeCompare(b.path);
  expect([...next.skipped].sort(bySkip)).toEqual([...whole.skipped].sort(bySkip));
  return { walk: next, records: matchPrevious(whole.files, []).records };
}

it('follows additions, edits and removals in nested folders, new folders included', async () => {
  await Promise.all(['top.txt', 'a/x.txt', 'b/y.txt', 'b/deeper/z.txt'].map((name) => write(name)));
  const first = await thread.walk(folder, []);
  if (!first || !('files' in first)) throw new Error('the first walk is a whole one');
  let records = matchPrevious(first.files, []).records;

  await write('a/new.txt');
  await append('top.txt', ', longer now');
  await rm(path.join(folder, 'b'), { recursive: true });
  await write('c/z.txt');
  await write('c/d/w.txt');
  await write('.hidden.txt');
  const second = await followOn(first, records);
  expect(second.walk.followed).toBe(true);
  expect('since' in second.walk && second.walk.changed.map((file) => file.path)).toEqual([
    'a/new.txt',
    'c/d/w.txt',
    'c/z.txt',
    'top.txt',
  ]);
  expect('since' in second.walk && second.walk.gone).toEqual(['b/deeper/z.txt', 'b/y.txt']);
  records = second.records;

  // The folders made since the first walk are watched too.
  await write('c/d/w2.txt');
  await rm(path.join(folder, 'a', 'x.txt'));
  const third = await followOn(second.walk, records);
  expect(third.walk.followed).toBe(true);
  expect('since' in third.walk && third.walk.changed.map((file) => file.path)).toEqual(['c/d/w2.txt']);
  expect('since' in third.walk && third.walk.gone).toEqual(['a/x.txt']);
});

it('walks the whole folder once a symbolic link is met, so a change where it leads is found', async () => {
  await write('real/story.txt');
  await symlink(path.join(folder, 'real'), path.join(folder, 'linked'));
  const first = await thread.walk(folder, []);
  if (!first || !('files' in first)) throw new Error('the first walk is a whole one');
  await append('real/story.txt', ' and more');
  const second = await followOn(first, matchPrevious(first.files, []).records);
  expect(second.walk.followed).toBe(false);
  // The folder is walked once, under the name the walk meets first.
  expect('since' in second.walk && second.walk.changed.map((file) => file.path)).toEqual(['linked/story.txt']);
});

it('walks the whole folder when the folder itself was replaced by another of the same name', async () => {
  await write('corpus/old.txt');
  const corpus = path.join(folder, 'corpus');
  const first = await thread.walk(corpus, []);
  if (!first || !('files' in first)) throw new Error('the first walk is a whole one');
  await rm(corpus, { recursive: true });
  await write('corpus/new.txt');
  const next = await thread.walk(corpus, [], first.id);
  if (!next || !('since' in next)) throw new Error('the walk after is told as a delta');
  expect(next.followed).toBe(false);
  expect(next.changed.map((file) => file.path)).toEqual(['new.txt']);
  expect(next.gone).toEqual(['old.txt']);
});
