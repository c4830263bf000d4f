import { lstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SkippedFile } from './article.js';
import type { NumberedWalk, WalkDelta } from './walk-files.js';

/** What lstat says of one path, in the walk's terms. */
export type EntryStat =
  | { kind: 'file'; size: number; modifiedMs: number }
  | { kind: 'directory' | 'link' | 'other' }
  | { kind: 'error'; code: string };

const KINDS = ['file', 'directory', 'link', 'other', 'error'] as const;

/** What the thread is asked (stat-worker.mjs answers). */
type StatRequest =
  | { id: number; kind: 'lstat'; paths: readonly string[] }
  | { id: number; kind: 'walk'; root: string; extraRoots: readonly string[]; since?: number }
  | { id: number; kind: 'hash'; fd: number; offset: number; length: number; claims: Int32Array; slot: number };

/** A walk as it crosses threads: the paths in one string, size and modification time in one transferable buffer. */
export interface EncodedWalk {
  /** The thread's number for this walk. */
  id: number;
  /** The files' paths joined by NUL, which no file name can hold (with `since`, the changed files alone). */
  paths: string;
  numbers: Float64Array;
  skipped: SkippedFile[];
  startedMs: number;
  /** Set when the files are told as a delta from that earlier walk, with the paths gone. */
  since?: number;
  gone?: string[];
  /** Set when the thread stat-ed only what its journal of changes named (walk-journal.mjs). */
  followed?: boolean;
}

// A young generation as small as the thread's short-lived work needs: V8's default, sized for
// the serving thread, kept tens of megabytes resident for each of the two threads.
const STAT_THREAD_LIMITS = { maxYoungGenerationSizeMb: 4 };

type StatResponse =
  | { id: number; stats: Float64Array; errors: Array<[number, string]> }
  | { id: number; walk: EncodedWalk }
  | { id: number; hash: string | null }
  | { id: number; error: string };

/**
 * A second thread for the file system's metadata: the walk of the corpus folder (a readdir and
 * an lstat a file: about 60 ms for 20,000 files on this kind of machine, growing with the files) runs
 * there whole, so a reload or a start never holds the event loop for it. The thread starts on
 * first use (or `start`) and holds the process open only while a request is out. If it fails,
 * the work is done on the calling thread, then and after: nothing depends on it.
 */
export class StatThread {
  private worker: Worker | null = null;
  // Once closed, or once the thread has failed, every later call stays on the calling thread:
  // a thread that cannot start would otherwise be started again on every walk.
  private retired = false;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (response: StatResponse) => void; reject: (error: Error) => void }>();

  /** Starts the thread ahead of its first request (its module takes a moment to load). */
  start(): void {
    if (!this.retired) this.startWorker();
  }

  async lstatMany(paths: readonly string[]): Promise<EntryStat[]> {
    if (this.retired) return lstatHere(paths);
    try {
      const response = await this.request({ id: this.nextId++, kind: 'lstat', paths });
      if (!('stats' in response)) throw new Error('the stat thread answered something else');
      return decodeStats(response.stats, new Map(response.errors));
    } catch {
      this.retired = true;
      return lstatHere(paths);
    }
  }

  /**
   * The walk of `root` done on the thread; null when the thread cannot do it (the caller walks).
   * Given `since`, the number of the thread's previous walk of the same folder, the answer may
   * be a delta from it: on a large folder, decoding the whole list again would hold this thread.
   */
  async walk(root: string, extraRoots: readonly string[], since?: number): Promise<NumberedWalk | null> {
    if (this.retired) return null;
    let response: StatResponse;
    try {
      response = await this.request({ id: this.nextId++, kind: 'walk', root, extraRoots, since });
    } catch {
      this.retired = true;
      return null;
    }
    // An error of the walk itself (the root gone) is the walk's to report, as on the calling thread.
    if ('error' in response) return null;
    if (!('walk' in response)) return null;
    return decodeWalk(response.walk);
  }

  /**
   * The CRC-32 (8 hex digits, as snapshot-parts.ts's partChecksum) of `length` bytes at `offset`
   * of a file this thread has open, read there through the same descriptor (keep it open until
   * this resolves); null when the thread
   * cannot (the caller hashes), or when it finds `claims[slot]` already taken by the caller
   * (it takes it, 0 to 1, before reading).
   */
  async hashRange(fd: number, offset: number, length: number, claims: Int32Array, slot: number): Promise<string | null> {
    if (this.retired) return null;
    try {
      const response = await this.request({ id: this.nextId++, kind: 'hash', fd, offset, length, claims, slot });
      return 'hash' in response ? response.hash : null;
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    this.retired = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the stat thread was closed'));
    await worker?.terminate();
  }

  private request(message: StatRequest): Promise<StatResponse> {
    const worker = this.startWorker();
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      worker.ref();
      worker.postMessage(message);
    });
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./stat-worker.mjs', import.meta.url), { resourceLimits: STAT_THREAD_LIMITS });
    worker.unref();
    worker.on('message', (response: StatResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      waiting?.resolve(response);
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      this.retired = true;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the stat thread exited')));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }
}

function decodeStats(stats: Float64Array, errors: ReadonlyMap<number, string>): EntryStat[] {
  const decoded: EntryStat[] = new Array(stats.length / 3);
  for (let index = 0; index < decoded.length; index++) {
    const kind = KINDS[stats[index * 3]!]!;
    if (kind === 'file') decoded[index] = { kind, size: stats[index * 3 + 1]!, modifiedMs: stats[index * 3 + 2]! };
    else if (kind === 'error') decoded[index] = { kind, code: errors.get(index) ?? 'unknown error' };
    else decoded[index] = { kind };
  }
  return decoded;
}

function decodeWalk(walk: EncodedWalk): NumberedWalk {
  const paths = walk.paths === '' ? [] : walk.paths.split('\u0000');
  const files = paths.map((path, index) => ({
    path,
    size: walk.numbers[index * 2]!,
    modifiedMs: walk.numbers[index * 2 + 1]!,
  }));
  if (walk.since === undefined) return { id: walk.id, files, skipped: walk.skipped, startedMs: walk.startedMs };
  const delta: WalkDelta = {
    since: walk.since,
    changed: files,
    gone: walk.gone ?? [],
    skipped: walk.skipped,
    startedMs: walk.startedMs,
    followed: walk.followed === true,
  };
  return { id: walk.id, ...delta };
}

/** The same answer on this thread. */
export function lstatHere(paths: readonly string[]): EntryStat[] {
  return paths.map(lstatOne);
}

export function lstatOne(path: string): EntryStat {
  try {
    const info = lstatSync(path);
    if (info.isFile()) return { kind: 'file', size: info.size, modifiedMs: info.mtimeMs };
    return { kind: info.isDirectory() ? 'directory' : info.isSymbolicLink() ? 'link' : 'other' };
  } catch (error) {
    return { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
