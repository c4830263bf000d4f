import { lstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** What lstat says of one path, in the walk's terms. */
export type EntryStat =
  | { kind: 'file'; size: number; modifiedMs: number }
  | { kind: 'directory' | 'link' | 'other' }
  | { kind: 'error'; code: string };

const KINDS = ['file', 'directory', 'link', 'other', 'error'] as const;

/**
 * A second thread for the walk's lstat calls. Stat-ing 20,000 files is ~60 ms of system calls
 * on this kind of machine, all of a one-file reload's floor; split over two cores it is ~35.
 * The thread starts on first use and holds the process open only while a request is out.
 * If it fails, the paths are stat-ed on the calling thread, then and after: the walk never
 * depends on it.
 */
export class StatThread {
  private worker: Worker | null = null;
  // Once closed, or once the thread has failed, every later call stays on the calling thread:
  // a thread that cannot start would otherwise be started again on every walk.
  private retired = false;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (stats: EntryStat[]) => void; reject: (error: Error) => void }>();

  async lstatMany(paths: readonly string[]): Promise<EntryStat[]> {
    if (this.retired) return lstatHere(paths);
    try {
      return await this.request(paths);
    } catch {
      this.retired = true;
      return lstatHere(paths);
    }
  }

  async close(): Promise<void> {
    this.retired = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the stat thread was closed'));
    await worker?.terminate();
  }

  private request(paths: readonly string[]): Promise<EntryStat[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, paths });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./stat-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, stats, errors }: { id: number; stats: Float64Array; errors: Array<[number, string]> }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      waiting?.resolve(decodeStats(stats, new Map(errors)));
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
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
