import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { isProcessRunning } from '../process-alive.js';

/**
 * One writer for a digest store. Two processes on one store (a deploy overlap) would each
 * post the digest of a slot, and one could write back an older high water. The lock is a file
 * beside the store, created exclusively, naming its holder; the holder touches it every
 * `refreshMs`. It is stale when its holder is a process of this host that is gone (kill -9),
 * or when nobody has touched it for `staleMs` (a holder on another host, a process that died
 * with its pid reused).
 */
export interface LockHolder {
  pid: number;
  host: string;
  instance: string;
  since: string;
}

export interface StoreLock {
  readonly path: string;
  /** Stops refreshing and removes the lock if it is still this process's. */
  release(): void;
}

export type LockAttempt = { acquired: true; lock: StoreLock } | { acquired: false; holder: LockHolder | null };

export interface LockOptions {
  staleMs?: number;
  refreshMs?: number;
  /** Called if another process took the lock over (this one was stalled past `staleMs`). */
  onLost?: (holder: LockHolder | null) => void;
}

export const DEFAULT_LOCK_STALE_MS = 90_000;

export function lockPathOf(storePath: string): string {
  return `${storePath}.lock`;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.instance === 'string'
      ? (parsed as LockHolder)
      : null;
  } catch {
    return null;
  }
}

function isStale(path: string, holder: LockHolder | null, staleMs: number): boolean {
  let touched: number;
  try {
    touched = statSync(path).mtimeMs;
  } catch {
    return true;
  }
  if (Date.now() - touched > staleMs) return true;
  return holder !== null && holder.host === hostname() && holder.pid !== process.pid && !isProcessRunning(holder.pid);
}

function createExclusive(path: string, holder: LockHolder): boolean {
  let file: number;
  try {
    file = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(file, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(file);
  }
  return true;
}

/** Takes the lock if it is free or stale; otherwise says who holds it. */
export function tryLockStore(storePath: string, options: LockOptions = {}): LockAttempt {
  const path = lockPathOf(storePath);
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const self: LockHolder = {
    pid: process.pid,
    host: hostname(),
    instance: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
  mkdirSync(dirname(path), { recursive: true });
  if (!createExclusive(path, self)) {
    const holder = readHolder(path);
    if (!isStale(path, holder, staleMs)) return { acquired: false, holder };
    // Moved aside, then checked: if another process replaced the stale lock in between, the
    // lock just moved is that process's, and it goes back.
    const aside = `${path}.stale-${self.instance}`;
    try {
      renameSync(path, aside);
    } catch {
      return { acquired: false, holder: readHolder(path) };
    }
    const moved = readHolder(aside);
    if (moved?.instance !== holder?.instance) {
      renameSync(aside, path);
      return { acquired: false, holder: moved };
    }
    unlinkSync(aside);
    if (!createExclusive(path, self)) return { acquired: false, holder: readHolder(path) };
  }
  const refresh = setInterval(
    () => {
      const current = readHolder(path);
      if (current?.instance !== self.instance) {
        clearInterval(refresh);
        options.onLost?.(current);
        return;
      }
      try {
        const now = new Date();
        utimesSync(path, now, now);
      } catch {
        // A missed touch costs nothing until staleMs passes.
      }
    },
    options.refreshMs ?? Math.max(10, Math.floor(staleMs / 3)),
  );
  refresh.unref();
  return {
    acquired: true,
    lock: {
      path,
      release() {
        clearInterval(refresh);
        if (readHolder(path)?.instance === self.instance) {
          try {
            unlinkSync(path);
          } catch {
            // Gone already.
          }
        }
      },
    },
  };
}
