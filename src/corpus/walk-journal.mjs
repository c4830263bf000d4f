// The stat thread's journal of changes (see stat-worker.mjs): a watch a folder the last walk
// listed, noting each name the system reports changed, so that the next walk of the same folder
// stats those names alone rather than every file (a one-file reload of a 20,000-file folder
// waited about 60 ms for a whole walk; 176,000 files, half a second). Plain JavaScript, as the
// thread's module is.
//
// A whole walk is made instead whenever the journal may have missed something: the folder is
// on a file system whose changes may come from elsewhere without an event (a network share, a
// FUSE mount: only local file systems are trusted), a watch failed or reported an error or a
// change without a name, the walk met a symbolic link (a change where it leads is not reported
// here), a changed name holds control characters, there are more folders than watches are
// given, or more changes than a follow-on walk is worth. The journal is armed anew by each whole walk.
import { openSync, realpathSync, statfsSync, statSync, unlinkSync, watch, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const MAX_FOLDERS = 1000;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_CHANGES = 5000;
// statfs's type numbers of local file systems: ext2/3/4, xfs, btrfs, tmpfs, overlayfs, zfs, f2fs.
const LOCAL_FILE_SYSTEMS = new Set([0xef53, 0x58465342, 0x9123683e, 0x01021994, 0x794c7630, 0x2fc12fc1, 0xf2f52010]);

// Longest wait for the system's events of changes made before a walk was asked for.
const BARRIER_MS = 500;

export class WalkJournal {
  constructor() {
    this.watchers = new Map();
    this.changed = new Set();
    this.folder = null;
    this.root = null;
    this.broken = true;
    this.sentinel = null;
  }

  /** Forgets everything and begins again for a whole walk of `root` (`folder` names it with its extra roots). */
  reset(folder, root) {
    this.closeWatchers();
    this.changed = new Set();
    this.folder = folder;
    this.root = identityOf(root);
    this.broken = this.root === null || !isLocal(root);
  }

  /** What the walk tells the journal: each folder to watch, each link met. */
  hooks() {
    return { folder: (real, relative) => this.arm(real, relative), link: () => this.break() };
  }

  /**
   * The paths noted since the last walk of `folder` (at `root`), sorted, and the journal
   * emptied; null when it cannot be trusted (the caller walks the whole folder).
   */
  take(folder, root) {
    // The corpus folder itself has no watch above it: replaced by a link or by another folder
    // of the same name, it is walked whole.
    if (this.broken || folder !== this.folder || identityOf(root) !== this.root) return null;
    const changed = [...this.changed].sort();
    this.changed = new Set();
    return changed;
  }

  /**
   * Resolves once every event of a change made before the call has been noted (true), or
   * false when that cannot be known. The system reports a thread's watches in the order the
   * changes happened, but a walk asked for just after a change can arrive here before its
   * event: so a file of this thread's own, watched too, is written, and its event awaited.
   * The file is unlinked once open and watched, so nothing is left behind, however the
   * process ends.
   */
  barrier() {
    if (this.broken) return Promise.resolve(false);
    return new Promise((resolve) => {
      try {
        if (!this.sentinel) {
          const file = path.join(tmpdir(), `.briefbot-walk-journal-${process.pid}-${threadId}`);
          writeFileSync(file, '');
          this.sentinel = { fd: openSync(file, 'r+'), waiting: [], watcher: null };
          this.sentinel.watcher = watch(file, { persistent: false }, () => {
            const waiting = this.sentinel.waiting;
            this.sentinel.waiting = [];
            for (const done of waiting) done(true);
          });
          this.sentinel.watcher.on('error', () => this.break());
          unlinkSync(file);
        }
        const timer = setTimeout(() => resolve(false), BARRIER_MS);
        this.sentinel.waiting.push((reached) => {
          clearTimeout(timer);
          resolve(reached);
        });
        writeSync(this.sentinel.fd, '.', 0);
      } catch {
        resolve(false);
      }
    });
  }

  arm(real, relative) {
    if (this.broken) return;
    if (this.watchers.size >= MAX_FOLDERS && !this.watchers.has(real)) return this.break();
    this.watchers.get(real)?.close();
    try {
      const watcher = watch(real, { persistent: false }, (_type, name) => this.note(relative, name));
      watcher.on('error', () => this.break());
      this.watchers.set(real, watcher);
    } catch {
      this.break();
    }
  }

  note(relative, name) {
    if (this.broken) return;
    // A name the walk would show escaped is left to a whole walk, which reports it once.
    if (typeof name !== 'string' || name === '' || CONTROL_CHARACTERS.test(name)) return this.break();
    this.changed.add(relative ? `${relative}/${name}` : name);
    if (this.changed.size > MAX_CHANGES) this.break();
  }

  break() {
    this.broken = true;
    this.changed = new Set();
    this.closeWatchers();
  }

  closeWatchers() {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers = new Map();
  }
}

/**
 * The folder's real path, device and inode numbers and birth time (an inode number is soon
 * given again to a folder made anew), or null when it cannot be read or has no birth time.
 */
function identityOf(root) {
  try {
    const real = realpathSync(root);
    const { dev, ino, birthtimeMs } = statSync(real);
    return birthtimeMs > 0 ? `${dev}:${ino}:${birthtimeMs}:${real}` : null;
  } catch {
    return null;
  }
}

function isLocal(root) {
  try {
    return LOCAL_FILE_SYSTEMS.has(Number(statfsSync(root).type));
  } catch {
    return false;
  }
}

/**
 * The whole walk the last one and the entries walked again (`partial`, a walk of the paths
 * `changed` alone) make: whatever the last walk had at or under a changed path is replaced.
 */
export function followOn(last, changed, partial) {
  const paths = new Set(changed);
  const under = (entry) => {
    for (let at = entry.path.length; at > 0; at = entry.path.lastIndexOf('/', at - 1))
      if (paths.has(entry.path.slice(0, at))) return true;
    return false;
  };
  const files = last.files.filter((file) => !under(file)).concat(partial.files);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const skipped = last.skipped.filter((entry) => !under(entry)).concat(partial.skipped);
  return { files, skipped, startedMs: partial.startedMs };
}
