// The stat thread's side (see stat-thread.ts): lstat calls, or a whole walk of the corpus folder.
import { parentPort } from 'node:worker_threads';
import { encodeStats, encodeWalk, lstatHere, StatThread, type StatRequest } from './stat-thread.js';
import { diffWalks, walkFiles, type NumberedWalk, type WalkedFile } from './walk-files.js';

// A thread of its own for half of a large folder's lstat calls, started with the first walk.
let helper: StatThread | null = null;
// The last walk, so that the next one of the same folder can be told as what changed since.
let last: { id: number; folder: string; files: WalkedFile[] } | null = null;
let walks = 0;

parentPort!.on('message', (request: StatRequest) => {
  if (request.kind === 'lstat') {
    const { stats, errors } = encodeStats(lstatHere(request.paths));
    parentPort!.postMessage({ id: request.id, stats, errors }, [stats.buffer as ArrayBuffer]);
    return;
  }
  // The walk itself runs here, sharing a large folder's lstat calls with the helper.
  walkFiles(request.root, { extraRoots: request.extraRoots, lstatHelper: (helper ??= new StatThread()) }).then(
    (walk) => {
      const folder = JSON.stringify([request.root, request.extraRoots]);
      const id = ++walks;
      const numbered: NumberedWalk =
        last && request.since === last.id && last.folder === folder
          ? { id, since: last.id, ...diffWalks(last.files, walk.files), skipped: walk.skipped }
          : { id, ...walk };
      last = { id, folder, files: walk.files };
      const encoded = encodeWalk(numbered);
      parentPort!.postMessage({ id: request.id, walk: encoded }, [encoded.numbers.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) }),
  );
});
