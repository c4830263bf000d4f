// The stat thread's side (see stat-thread.ts): lstat calls, a whole walk of the corpus folder, or
// the hash of a range of a file the calling thread has open (a snapshot's part).
// Plain JavaScript, so it starts without a loader: a TypeScript worker costs its thread about
// 30 MB more for the loader alone. The walk is walk-files.ts's walkHere, told again here; the
// stat thread's tests compare the two on links, loops, pipes and dangling entries.
import { Buffer } from 'node:buffer';
import { lstatSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { followOn, WalkJournal } from './walk-journal.mjs';

const KINDS = ['file', 'directory', 'link', 'other', 'error'];
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const OUTSIDE_REASON = 'symbolic link to a place outside the corpus folder (not followed)';
// Below this many files in one folder, the round trip to the helper costs more than it saves.
const SHARE_FROM = 2000;

function lstatOne(target) {
  try {
    const info = lstatSync(target);
    if (info.isFile()) return { kind: 'file', size: info.size, modifiedMs: info.mtimeMs };
    return { kind: info.isDirectory() ? 'directory' : info.isSymbolicLink() ? 'link' : 'other' };
  } catch (error) {
    return { kind: 'error', code: error?.code ?? String(error) };
  }
}

function encodeStats(stats) {
  const numbers = new Float64Array(stats.length * 3);
  const errors = [];
  stats.forEach((stat, index) => {
    numbers[index * 3] = KINDS.indexOf(stat.kind);
    if (stat.kind === 'file') {
      numbers[index * 3 + 1] = stat.size;
      numbers[index * 3 + 2] = stat.modifiedMs;
    } else if (stat.kind === 'error') errors.push([index, stat.code]);
  });
  return { stats: numbers, errors };
}

function decodeStats(stats, errors) {
  const decoded = new Array(stats.length / 3);
  for (let index = 0; index < decoded.length; index++) {
    const kind = KINDS[stats[index * 3]];
    if (kind === 'file') decoded[index] = { kind, size: stats[index * 3 + 1], modifiedMs: stats[index * 3 + 2] };
    else if (kind === 'error') decoded[index] = { kind, code: errors.get(index) ?? 'unknown error' };
    else decoded[index] = { kind };
  }
  return decoded;
}

/** A thread of this same module for half of a large folder's lstat calls, started with the first large folder. */
let helper = null;
let helperFailed = false;
let helperRequests = 0;
const helperPending = new Map();

function lstatShared(paths) {
  if (helperFailed) return Promise.resolve(paths.map(lstatOne));
  if (!helper) {
    helper = new Worker(new URL(import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    helper.unref();
    helper.on('message', ({ id, stats, errors }) => {
      const resolve = helperPending.get(id);
      helperPending.delete(id);
      resolve?.(decodeStats(stats, new Map(errors)));
    });
    const fail = () => {
      helperFailed = true;
      const waiting = [...helperPending.entries()];
      helperPending.clear();
      for (const [, resolve] of waiting) resolve(null);
    };
    helper.on('error', fail);
    helper.on('exit', fail);
  }
  const id = helperRequests++;
  return new Promise((resolve) => {
    helperPending.set(id, (stats) => resolve(stats ?? paths.map(lstatOne)));
    helper.postMessage({ id, kind: 'lstat', paths });
  });
}

function errorCode(error) {
  return error?.code ?? (error instanceof Error ? error.message : String(error));
}

function visibleName(name) {
  return name.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), (character) => {
    if (character === '\t') return '\\t';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

function isInsideRoots(real, roots) {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));
}

function isHidden(relative) {
  const slash = relative.lastIndexOf('/');
  return relative[slash + 1] === '.';
}

function followLink(absolute, roots) {
  try {
    const real = realpathSync(absolute);
    if (!isInsideRoots(real, roots)) return { kind: 'outside' };
    const info = statSync(real);
    if (info.isFile()) return { kind: 'file', size: info.size, modifiedMs: info.mtimeMs };
    return { kind: info.isDirectory() ? 'directory' : 'other' };
  } catch (error) {
    return { kind: 'error', code: errorCode(error) };
  }
}

/**
 * The walk of `root`; given `only` (paths relative to it), of those entries alone, each as the
 * walk of its folder would place it, and of the folders among them. `hooks.folder` is told
 * each folder before it is listed, `hooks.link` each symbolic link met.
 */
async function walk(root, extraRoots, hooks = {}, only = null) {
  const startedMs = Date.now();
  const files = [];
  const skipped = [];
  const visited = new Set();
  const rootReal = realpathSync(root);
  const roots = [rootReal, ...extraRoots];

  async function visit(absolute, relative) {
    let real;
    try {
      real = realpathSync(absolute);
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    if (!isInsideRoots(real, roots)) {
      skipped.push({ path: relative, reason: OUTSIDE_REASON });
      return;
    }
    if (visited.has(real)) {
      skipped.push({ path: relative || '.', reason: 'folder already indexed (symbolic link loop)' });
      return;
    }
    visited.add(real);
    hooks.folder?.(real, relative);
    let names;
    try {
      names = readdirSync(absolute).filter((name) => {
        if (!CONTROL_CHARACTERS.test(name)) return true;
        const shown = visibleName(name);
        skipped.push({ path: relative ? `${relative}/${shown}` : shown, reason: 'file name holds control characters' });
        return false;
      });
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    const absolutes = names.map((name) => `${absolute}${path.sep}${name}`);
    const relativeOf = (index) => (relative ? `${relative}/${names[index]}` : names[index]);
    const here = names.length >= SHARE_FROM ? names.length >> 1 : names.length;
    const shared = here < names.length ? lstatShared(absolutes.slice(here)) : null;
    const folders = [];
    for (let index = 0; index < here; index++)
      place(absolutes[index], relativeOf(index), lstatOne(absolutes[index]), folders);
    if (shared) {
      const stats = await shared;
      for (let index = here; index < names.length; index++)
        place(absolutes[index], relativeOf(index), stats[index - here], folders);
    }
    for (const [folder, folderRelative] of folders) await visit(folder, folderRelative);
  }

  function place(absolute, relative, stat, folders) {
    if (stat.kind === 'link') hooks.link?.();
    const followed = stat.kind === 'link' ? followLink(absolute, roots) : stat;
    if (isHidden(relative)) {
      const what = followed.kind === 'directory' ? 'hidden folder' : 'hidden file';
      skipped.push({ path: relative, reason: `${what} (names starting with a dot are not read)` });
    } else if (followed.kind === 'outside') skipped.push({ path: relative, reason: OUTSIDE_REASON });
    else if (followed.kind === 'directory') folders.push([absolute, relative]);
    else if (followed.kind === 'file') files.push({ path: relative, size: followed.size, modifiedMs: followed.modifiedMs });
    else if (followed.kind === 'error') skipped.push({ path: relative, reason: `cannot be read (${followed.code})` });
    else skipped.push({ path: relative, reason: 'not a regular file' });
  }

  if (only) {
    const folders = [];
    for (const relative of only) {
      const name = relative.slice(relative.lastIndexOf('/') + 1);
      if (CONTROL_CHARACTERS.test(name)) {
        const parent = relative.slice(0, relative.length - name.length);
        skipped.push({ path: `${parent}${visibleName(name)}`, reason: 'file name holds control characters' });
        continue;
      }
      const absolute = `${rootReal}${path.sep}${relative.split('/').join(path.sep)}`;
      const stat = lstatOne(absolute);
      // Gone: the caller drops what was there.
      if (stat.kind !== 'error' || stat.code !== 'ENOENT') place(absolute, relative, stat, folders);
    }
    for (const [folder, folderRelative] of folders) await visit(folder, folderRelative);
  } else await visit(rootReal, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, startedMs };
}

// walk-files.ts's isRacy: a file modified this close to the previous walk's start may have
// changed again since within the file system's tick, its size and time as they were (whole
// seconds may hide two; a finer time, the kernel's coarse clock).
const racyWindowMs = (modifiedMs) => (modifiedMs % 1000 === 0 ? 2000 : 50);

/**
 * The files of `next` new or different from `previous` (or modified so near its start, at
 * `previousStartedMs`, that it cannot tell), and the paths gone: both sorted by path.
 */
function diffWalks(previous, previousStartedMs, next) {
  const changed = [];
  const gone = [];
  let cursor = 0;
  for (const file of next) {
    while (cursor < previous.length && previous[cursor].path < file.path) gone.push(previous[cursor++].path);
    const before = cursor < previous.length && previous[cursor].path === file.path ? previous[cursor++] : null;
    if (
      !before ||
      before.size !== file.size ||
      before.modifiedMs !== file.modifiedMs ||
      before.modifiedMs >= previousStartedMs - racyWindowMs(before.modifiedMs)
    )
      changed.push(file);
  }
  while (cursor < previous.length) gone.push(previous[cursor++].path);
  return { changed, gone };
}

function encodeFiles(files) {
  const numbers = new Float64Array(files.length * 2);
  files.forEach((file, index) => {
    numbers[index * 2] = file.size;
    numbers[index * 2 + 1] = file.modifiedMs;
  });
  // NUL joins the paths: no file name can hold it.
  return { paths: files.map((file) => file.path).join('\u0000'), numbers };
}

// The last walk, so that the next one of the same folder can be told as what changed since.
let last = null;
let walks = 0;
const journal = new WalkJournal();

/**
 * A walk that follows on from the last one of the same folder stats only what the journal
 * names (walk-journal.mjs); any other walks the whole folder, arming the journal as it goes.
 */
async function walkOrFollow(request) {
  const folder = JSON.stringify([request.root, request.extraRoots]);
  if (last && request.since === last.id && last.folder === folder) {
    // The events of changes made before this request are read before the journal is.
    const dirty = (await journal.barrier()) ? journal.take(folder, request.root) : null;
    if (dirty) {
      const hooks = journal.hooks();
      const partial = await walk(request.root, request.extraRoots, hooks, dirty);
      if (!journal.broken) return { ...followOn(last, dirty, partial), followed: true };
    }
  }
  journal.reset(folder, request.root);
  try {
    return await walk(request.root, request.extraRoots, journal.hooks());
  } finally {
    endHelper();
  }
}

/**
 * The helper serves whole walks only (a walk that follows the journal stats a few names here),
 * and those come at a start and after the journal may have missed something: between them it
 * would hold its thread's memory for nothing. The next whole walk starts another.
 */
function endHelper() {
  const ending = helper;
  if (!ending) return;
  helper = null;
  ending.removeAllListeners();
  ending.on('error', () => undefined);
  void ending.terminate();
  const waiting = [...helperPending.values()];
  helperPending.clear();
  for (const resolve of waiting) resolve(null);
}

// Read a megabyte at a time into one buffer: hashing a 30 MB part holds no 30 MB copy.
const HASH_CHUNK = 1024 * 1024;
let hashChunk = null;

/** The CRC-32 of `length` bytes at `offset` of an open file (the calling thread's descriptor), as partChecksum gives it. */
function hashRange(fd, offset, length) {
  hashChunk ??= Buffer.allocUnsafeSlow(HASH_CHUNK);
  let checksum = 0;
  for (let done = 0; done < length; ) {
    const bytesRead = readSync(fd, hashChunk, 0, Math.min(HASH_CHUNK, length - done), offset + done);
    if (bytesRead === 0) throw new Error('shorter than its size');
    checksum = crc32(hashChunk.subarray(0, bytesRead), checksum);
    done += bytesRead;
  }
  return checksum.toString(16).padStart(8, '0');
}

parentPort.on('message', (request) => {
  if (request.kind === 'hash') {
    // The calling thread may have hashed the range itself meanwhile: then there is nothing to do.
    if (Atomics.compareExchange(request.claims, request.slot, 0, 1) !== 0) {
      parentPort.postMessage({ id: request.id, hash: null });
      return;
    }
    try {
      parentPort.postMessage({ id: request.id, hash: hashRange(request.fd, request.offset, request.length) });
    } catch (error) {
      parentPort.postMessage({ id: request.id, error: String(error?.code ?? error) });
    }
    return;
  }
  if (request.kind === 'lstat') {
    const { stats, errors } = encodeStats(request.paths.map(lstatOne));
    parentPort.postMessage({ id: request.id, stats, errors }, [stats.buffer]);
    return;
  }
  walkOrFollow(request).then(
    (result) => {
      const folder = JSON.stringify([request.root, request.extraRoots]);
      const id = ++walks;
      const delta = last && request.since === last.id && last.folder === folder ? diffWalks(last.files, last.startedMs, result.files) : null;
      last = { id, folder, files: result.files, skipped: result.skipped, startedMs: result.startedMs };
      const { paths, numbers } = encodeFiles(delta ? delta.changed : result.files);
      const encoded = { id, paths, numbers, skipped: result.skipped, startedMs: result.startedMs };
      if (delta) Object.assign(encoded, { since: request.since, gone: delta.gone, followed: result.followed === true });
      parentPort.postMessage({ id: request.id, walk: encoded }, [numbers.buffer]);
    },
    (error) => parentPort.postMessage({ id: request.id, error: String(error) }),
  );
});
