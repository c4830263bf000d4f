// The stat thread's side (see stat-thread.ts): lstat calls, or a whole walk of the corpus folder.
import { parentPort } from 'node:worker_threads';
import { encodeStats, encodeWalk, lstatHere, StatThread, type StatRequest } from './stat-thread.js';
import { walkFiles } from './walk-files.js';

// A thread of its own for half of a large folder's lstat calls, started with the first walk.
let helper: StatThread | null = null;

parentPort!.on('message', (request: StatRequest) => {
  if (request.kind === 'lstat') {
    const { stats, errors } = encodeStats(lstatHere(request.paths));
    parentPort!.postMessage({ id: request.id, stats, errors }, [stats.buffer as ArrayBuffer]);
    return;
  }
  // The walk itself runs here, sharing a large folder's lstat calls with the helper.
  walkFiles(request.root, { extraRoots: request.extraRoots, lstatHelper: (helper ??= new StatThread()) }).then(
    (walk) => {
      const encoded = encodeWalk(walk);
      parentPort!.postMessage({ id: request.id, walk: encoded }, [encoded.numbers.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) }),
  );
});
